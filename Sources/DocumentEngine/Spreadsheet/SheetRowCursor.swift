/// Follows a sheet being rendered through the copies of its repeated rows, and tells the row each
/// template row becomes where it is printed: rows are printed in order, so the number of a row
/// depends only on the sections printed before it (as `SheetLayout` works it out from the marks afterwards).
struct SheetRowCursor {
    /// Output row minus template row, for the rows printed now.
    private var offset = 0
    private var open: [(height: Int, copies: Int)] = []
    /// The largest row number printed.
    private(set) var largest = 0

    mutating func pass(_ mark: RowsMark) {
        switch mark {
        case .block(let first, let last):
            open.append((last - first + 1, 0))
        case .copy:
            guard let block = open.last else { return }
            // Each copy after the first starts below the last row of the one before, nested copies and all.
            if block.copies > 0 { offset += block.height }
            open[open.count - 1].copies += 1
        case .end:
            guard let block = open.popLast() else { return }
            if block.copies == 0 { offset -= block.height }
        }
    }

    /// The output row of template row `row` printed now.
    mutating func row(_ row: Int) -> Int {
        let output = row + offset
        if output > largest { largest = output }
        return output
    }
}
