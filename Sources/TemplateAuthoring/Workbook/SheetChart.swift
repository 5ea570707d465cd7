/// A bar chart standing on a sheet, drawn from a table of the same sheet: a bar per row of the
/// table's body, named by its first column, and a series per column of figures, named by the
/// table's header. The chart refers to the cells, so the spreadsheet draws what they hold; when
/// the body is a row repeated for each item of a list, the engine stretches the chart's ranges
/// over every row filled.
public struct SheetChart: Sendable, Equatable {
    /// The title, which way the bars run, the size (its `series` are not used: the header names them).
    public var looks: Chart
    /// The table's header row, from 1: it names the series.
    public var headerRow: Int
    /// The rows of the table's body, from 1, as the template has them.
    public var rows: ClosedRange<Int>
    /// The column naming each bar, from 1 (A).
    public var categoriesColumn: Int
    /// The columns of figures, from 1, one series each.
    public var seriesColumns: [Int]
    /// The row, from 1, of the cell whose top left corner the chart's stands on.
    public var row: Int
    /// The column, from 1 (A), of that cell.
    public var column: Int

    /// A chart of the table whose header is `headerRow` and body `rows`, standing at `row`, `column`.
    public init(_ looks: Chart, headerRow: Int, rows: ClosedRange<Int>, categoriesColumn: Int = 1, seriesColumns: [Int], row: Int,
        column: Int = 1)
    {
        self.looks = looks
        self.headerRow = headerRow
        self.rows = rows
        self.categoriesColumn = categoriesColumn
        self.seriesColumns = seriesColumns
        self.row = row
        self.column = column
    }

    /// The chart as the writers draw it: the series named by the header's cells of `sheet`.
    func drawn(on sheet: AuthoredSheet) -> Chart {
        var chart = looks
        chart.series = seriesColumns.map { column in
            guard sheet.rows.indices.contains(headerRow - 1), sheet.rows[headerRow - 1].cells.indices.contains(column - 1),
                case .text(let name) = sheet.rows[headerRow - 1].cells[column - 1].content
            else { return "" }
            return name
        }
        return chart
    }
}
