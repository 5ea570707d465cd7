/// Follows a sheet being rendered through the copies of its repeated rows, and tells the row each
/// template row becomes where it is printed: rows are printed in order, so the number of a row
/// depends only on the sections printed before it. What it passes makes the sheet's `SheetLayout`,
/// which finishing reads instead of marks in the sheet.
struct SheetRowCursor {
    /// Output row minus template row, for the rows printed now.
    private var offset = 0
    private var open: [(height: Int, copies: Int)] = []
    /// The largest row number printed.
    private(set) var largest = 0
    /// The sections over rows passed so far; `layout` once the sheet is printed.
    private var passed = SheetLayout()
    /// Whether any section over rows was passed.
    private(set) var passedSections = false

    /// Where the sheet's rows went, read when it is printed.
    var layout: SheetLayout {
        var layout = passed
        layout.finishPassing()
        return layout
    }

    mutating func pass(_ mark: RowsMark) {
        passed.pass(mark, at: nil)
        passedSections = true
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
