/// One workbook of the built-in catalogue: sheets of cells, described once and written as XLSX
/// (and, from the same description, in any other spreadsheet format a writer is made for).
public struct AuthoredWorkbook: Sendable, Equatable {
    /// The workbook's title in its properties (not shown on any sheet).
    public var title: String
    /// The sheets, in the order of their tabs.
    public var sheets: [AuthoredSheet]

    /// A workbook of `sheets` titled `title`.
    public init(title: String, sheets: [AuthoredSheet]) {
        self.title = title
        self.sheets = sheets
    }
}

/// One sheet: its columns' widths, its rows from the first, and how it is viewed and printed.
public struct AuthoredSheet: Sendable, Equatable {
    /// The name on the tab: at most 31 characters, none of `\ / ? * [ ] :`.
    public var name: String
    /// Each column's width, from column A, in characters of the default font.
    public var columnWidths: [Double]
    /// The rows from row 1 down; an empty row is a row without cells.
    public var rows: [SheetRow]
    /// Rows kept in view while the rest scrolls (a frozen header), from the top.
    public var frozenRows: Int
    /// The header row (from 1) of a table with a filter on every column: the filter takes in that
    /// row and every row below it.
    public var filterRow: Int?
    /// Printed across the page rather than along it.
    public var landscape: Bool
    /// Charts standing on the sheet, drawn from its cells.
    public var charts: [SheetChart]

    /// A sheet named `name` of these columns and rows.
    public init(name: String, columnWidths: [Double], rows: [SheetRow], frozenRows: Int = 0, filterRow: Int? = nil,
        landscape: Bool = true, charts: [SheetChart] = [])
    {
        self.name = name
        self.columnWidths = columnWidths
        self.rows = rows
        self.frozenRows = frozenRows
        self.filterRow = filterRow
        self.landscape = landscape
        self.charts = charts
    }
}

/// One row of cells from column A on.
public struct SheetRow: Sendable, Equatable {
    /// The cells from column A; a column left empty is a `SheetCell.empty`.
    public var cells: [SheetCell]
    /// The row's height in points, for a row of wrapped text: Excel and LibreOffice open an XLSX at
    /// the heights it gives, and fit no row to its text. Nil: the sheet's default (15 pt).
    public var height: Double?

    /// A row of these cells, `height` points high if given.
    public init(_ cells: [SheetCell], height: Double? = nil) {
        self.cells = cells
        self.height = height
    }

    /// A row of these cells, `height` points high if given.
    public init(_ cells: SheetCell..., height: Double? = nil) { self.init(cells, height: height) }

    /// A row with nothing in it, to space tables apart.
    public static let blank = SheetRow([])
}
