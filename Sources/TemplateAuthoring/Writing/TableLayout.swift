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

    /// `fontSize` is the document's, in points: columns are widened from their neighbours until
    /// their longest word fits, so no word breaks in the middle.
    init(_ table: Table, textWidth: Double, fontSize: Double = BaseFont.form.size) throws(AuthoringError) {
        let resolved = try ColumnWidth.resolve(table.columns, textWidth: textWidth)
        let columnCount = resolved.count
        guard columnCount > 0 else { throw AuthoringError(.tableStructure, "a table has no columns") }
        guard table.headerRows <= table.rows.count else {
            throw AuthoringError(.tableStructure, "a table has \(table.headerRows) header rows but only \(table.rows.count) rows")
        }
        // For every grid place: the cell covering it, from which row it started.
        var covering = [[(cell: TableCell, startRow: Int, startColumn: Int)?]](
            repeating: Array(repeating: nil, count: columnCount), count: table.rows.count)
        for (rowIndex, row) in table.rows.enumerated() {
            var column = 0
            for cell in row.cells {
                while column < columnCount, covering[rowIndex][column] != nil { column += 1 }
                guard cell.columnSpan >= 1, cell.rowSpan >= 1 else {
                    throw AuthoringError(.tableStructure, "row \(rowIndex + 1) of a table has a cell spanning less than one place")
                }
                guard column + cell.columnSpan <= columnCount else {
                    throw AuthoringError(.tableStructure, "row \(rowIndex + 1) of a table has more cells than its \(columnCount) columns")
                }
                guard rowIndex + cell.rowSpan <= table.rows.count else {
                    throw AuthoringError(.tableStructure, "a cell in row \(rowIndex + 1) spans below the end of its table")
                }
                for spannedRow in rowIndex..<rowIndex + cell.rowSpan {
                    for spannedColumn in column..<column + cell.columnSpan {
                        guard covering[spannedRow][spannedColumn] == nil else {
                            throw AuthoringError(.tableStructure, "two cells overlap in row \(spannedRow + 1), column \(spannedColumn + 1) of a table")
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
                    throw AuthoringError(.tableStructure, "row \(rowIndex + 1) of a table leaves column \(column + 1) without a cell")
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
        widths = try Self.widened(resolved, toFit: rows, padding: table.cellPadding, fontSize: fontSize)
    }

    /// The widths with every column at least as wide as its longest word (in cells of that
    /// column alone) and its padding; what a column gains is taken from those with room to spare,
    /// in proportion to that room, so the table keeps its width.
    private static func widened(_ widths: [Double], toFit rows: [[Slot]], padding: Double, fontSize: Double) throws(AuthoringError) -> [Double] {
        var needed = Array(repeating: 0.0, count: widths.count)
        for case .cell(let cell, let column) in rows.joined() where cell.columnSpan == 1 {
            let word = WordWidths.widest(in: cell.paragraphs, fontSize: fontSize)
            if word > 0 { needed[column] = max(needed[column], word + 2 * padding) }
        }
        let shortfall = zip(widths, needed).reduce(0.0) { $0 + max(0, $1.1 - $1.0) }
        guard shortfall > 0 else { return widths }
        let room = zip(widths, needed).reduce(0.0) { $0 + max(0, $1.0 - $1.1) }
        guard room >= shortfall else {
            throw AuthoringError(.tableTooNarrow, "a table's words need \(Units.decimal(needed.reduce(0, +))) cm but the table is \(Units.decimal(widths.reduce(0, +))) cm wide")
        }
        return zip(widths, needed).map { width, need in
            width < need ? need : width - (width - need) * shortfall / room
        }
    }

    /// Centimetres a cell starting at `column` covers.
    func width(of cell: TableCell, at column: Int) -> Double {
        widths[column..<column + cell.columnSpan].reduce(0, +)
    }

    var totalWidth: Double { widths.reduce(0, +) }
}
