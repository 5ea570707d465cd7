/// A merged range of a sheet, read for its values: every cell it covers shows the first cell's
/// value, as the eye reads a merged header.
struct MergedCells {
    /// From 1, as shown.
    var rows: ClosedRange<Int>
    /// From 0 for column A.
    var columns: ClosedRange<Int>

    /// Ranges larger than any header are left as they are: spreading them would only fill memory.
    static let largest = 10_000

    init?(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        guard rows.count * columns.count <= Self.largest, rows.lowerBound >= 1, columns.lowerBound >= 0 else { return nil }
        self.rows = rows
        self.columns = columns
    }

    /// An XLSX `mergeCell`'s `ref` (`A3:A4`); nil for anything but a rectangle of cells.
    init?(_ range: CellRange?) {
        guard let range, let firstRow = range.start.row, let lastRow = range.end.row,
              let firstColumn = range.start.column, let lastColumn = range.end.column,
              firstRow <= lastRow, firstColumn <= lastColumn
        else { return nil }
        self.init(rows: firstRow...lastRow, columns: (firstColumn - 1)...(lastColumn - 1))
    }

    /// Gives each empty cell of the range the value of its first cell.
    func spread(in sheet: inout [Int: [WorkbookCell]]) {
        guard let cells = sheet[rows.lowerBound], columns.lowerBound < cells.count, cells[columns.lowerBound] != .empty else { return }
        let value = cells[columns.lowerBound]
        for row in rows {
            var target = sheet[row] ?? []
            if target.count <= columns.upperBound { target += Array(repeating: .empty, count: columns.upperBound - target.count + 1) }
            for column in columns where target[column] == .empty { target[column] = value }
            sheet[row] = target
        }
    }
}
