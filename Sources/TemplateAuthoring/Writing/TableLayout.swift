/// A table's cells placed on its column grid, with the places covered by spanning cells,
/// which both formats write explicitly (Word as `w:vMerge` continuations, ODF as covered cells).
struct TableLayout {
    enum Slot {
        /// A cell starting here; `column` is its first grid column.
        case cell(TableCell, column: Int)
        /// The continuation of a cell from a row above that spans down over this row.
        case continuation(TableCell, column: Int, isLast: Bool)
    }

    let widths: [Double]
    let rows: [[Slot]]

    init(_ table: Table, textWidth: Double) throws(AuthoringError) {
        widths = try ColumnWidth.resolve(table.columns, textWidth: textWidth)
        let columnCount = widths.count
        guard columnCount > 0 else { throw AuthoringError("a table has no columns") }
        guard table.headerRows <= table.rows.count else {
            throw AuthoringError("a table has \(table.headerRows) header rows but only \(table.rows.count) rows")
        }
        // For every grid place: the cell covering it, from which row it started.
        var covering = [[(cell: TableCell, startRow: Int, startColumn: Int)?]](
            repeating: Array(repeating: nil, count: columnCount), count: table.rows.count)
        for (rowIndex, row) in table.rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while column < columnCount, covering[rowIndex][column] != nil { column += 1 }
                guard cell.columnSpan >= 1, cell.rowSpan >= 1 else {
                    throw AuthoringError("row \(rowIndex + 1) of a table has a cell spanning less than one place")
                }
                guard column + cell.columnSpan <= columnCount else {
                    throw AuthoringError("row \(rowIndex + 1) of a table has more cells than its \(columnCount) columns")
                }
                guard rowIndex + cell.rowSpan <= table.rows.count else {
                    throw AuthoringError("a cell in row \(rowIndex + 1) spans below the end of its table")
                }
                for spannedRow in rowIndex..<rowIndex + cell.rowSpan {
                    for spannedColumn in column..<column + cell.columnSpan {
                        guard covering[spannedRow][spannedColumn] == nil else {
                            throw AuthoringError("two cells overlap in row \(spannedRow + 1), column \(spannedColumn + 1) of a table")
                        }
                        covering[spannedRow][spannedColumn] = (cell, rowIndex, column)
                    }
                }
                column += cell.columnSpan
            }
        }
        var rows: [[Slot]] = []
        for rowIndex in covering.indices {
            var slots: [Slot] = []
            for column in 0..<columnCount {
                guard let place = covering[rowIndex][column] else {
                    throw AuthoringError("row \(rowIndex + 1) of a table leaves column \(column + 1) without a cell")
                }
                guard place.startColumn == column else { continue }
                if place.startRow == rowIndex {
                    slots.append(.cell(place.cell, column: column))
                } else {
                    slots.append(.continuation(place.cell, column: column, isLast: place.startRow + place.cell.rowSpan - 1 == rowIndex))
                }
            }
            rows.append(slots)
        }
        self.rows = rows
    }

    /// Centimetres a cell starting at `column` covers.
    func width(of cell: TableCell, at column: Int) -> Double {
        widths[column..<column + cell.columnSpan].reduce(0, +)
    }

    var totalWidth: Double { widths.reduce(0, +) }
}
