extension PartRenderer {
    /// Prints what a sheet prints where its rows land: a row's number, a mark of repeated rows, a typed cell.
    mutating func render(_ node: SheetNode, into output: inout [UInt8]) {
        switch node {
        case .rowNumber(let row):
            output.append(digitsOf: number(ofRow: row))
        case .rows(let mark, let bytes):
            rows.pass(mark)
            output.append(contentsOf: bytes)
            // Every mark stands between rows: what was printed before it is whole rows and the sheet's start.
            spoolRows(&output)
        case .cell(let cell):
            render(cell, into: &output)
        }
    }

    private mutating func number(ofRow row: Int) -> Int {
        let wasWithin = rows.largest <= CellReference.lastRow
        let number = rows.row(row)
        if wasWithin, number > CellReference.lastRow {
            problems.append(RenderError.Problem(.tooManyRows, part: part,
                "the filled sheet would have more than \(CellReference.lastRow) rows, as many as Excel shows"))
        }
        return number
    }

    /// A cell's text is rendered first, then the cell is written as the text turns out.
    private mutating func render(_ cell: TypedCell, into output: inout [UInt8]) {
        var text = cellText
        cellText = []
        text.removeAll(keepingCapacity: true)
        defer { cellText = text }
        if let slot = cell.value {
            if let value = evaluate(slot) { dialect.encode(value, &text) }
        } else {
            render(cell.body, into: &text)
        }
        let string = cell.value == nil ? text[...] : nil
        let written = string.map { TypedCell.text(ofInlineString: $0, in: text) } ?? text[...]
        cell.write(written, string: string, row: number(ofRow: cell.row), to: &output)
    }
}
