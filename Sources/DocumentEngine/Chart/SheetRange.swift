/// Where a chart's series or categories stand in its workbook, as the chart's formula names them:
/// `Лист1!$B$2:$B$4`, `'Data 1'!$A$2`.
struct SheetRange: Equatable, Sendable {
    /// The sheet's name as Excel shows it (quotes taken off).
    var sheet: String
    var range: CellRange
    /// The formula's text before the cells (`'Data 1'!`), written back as it was.
    private var prefix: String

    /// Reads a formula of one sheet and one range of whole cells; nil for anything else (LibreOffice
    /// writes `categories` or `0` where it has no workbook).
    init?(formula: String) {
        guard let bang = formula.lastIndex(of: "!"), let range = CellRange(formula[formula.index(after: bang)...]),
            range.start.row != nil, range.start.column != nil, range.end.row != nil, range.end.column != nil
        else { return nil }
        var sheet = String(formula[..<bang])
        if sheet.count >= 2, sheet.first == "'", sheet.last == "'" {
            sheet = String(sheet.dropFirst().dropLast()).replacing("''", with: "'")
        }
        guard !sheet.isEmpty else { return nil }
        self.sheet = sheet
        self.range = range
        self.prefix = String(formula[...bang])
    }

    var formula: String { prefix + range.description }

    /// Whether the cells run along a row (series in rows) rather than down a column.
    var runsAlongRow: Bool { range.start.row == range.end.row && range.start.column != range.end.column }

    /// The range from the same first cell, `count` cells long in its direction (at least one).
    func resized(to count: Int) -> SheetRange {
        var resized = self
        let length = max(count, 1) - 1
        if runsAlongRow {
            resized.range.end = CellReference(column: range.start.column! + length, columnFixed: range.end.columnFixed,
                row: range.start.row, rowFixed: range.end.rowFixed)
        } else {
            resized.range.end = CellReference(column: range.start.column, columnFixed: range.end.columnFixed,
                row: range.start.row! + length, rowFixed: range.end.rowFixed)
        }
        return resized
    }

    /// The cell `offset` places from the first, in the range's direction.
    func cell(at offset: Int) -> CellReference {
        runsAlongRow
            ? CellReference(column: range.start.column! + offset, row: range.start.row)
            : CellReference(column: range.start.column, row: range.start.row! + offset)
    }

    /// Whether the cell lies in the range.
    func contains(_ cell: CellReference) -> Bool {
        guard let row = cell.row, let column = cell.column else { return false }
        return (min(range.start.row!, range.end.row!)...max(range.start.row!, range.end.row!)).contains(row)
            && (min(range.start.column!, range.end.column!)...max(range.start.column!, range.end.column!)).contains(column)
    }

    /// Whether any cell of the range lies in these rows and columns.
    func overlaps(rows: ClosedRange<Int>, columns: ClosedRange<Int>) -> Bool {
        (min(range.start.row!, range.end.row!)...max(range.start.row!, range.end.row!)).overlaps(rows)
            && (min(range.start.column!, range.end.column!)...max(range.start.column!, range.end.column!)).overlaps(columns)
    }
}
