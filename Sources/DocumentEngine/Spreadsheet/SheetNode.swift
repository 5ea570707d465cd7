/// What a compiled sheet (XLSX) prints that depends on the data: the number each row gets once the
/// sections above it have repeated theirs, and cells typed as their values turn out. Rendering them
/// in place leaves `SheetRewriter` only the references outside the rows to move, so a sheet of
/// 100,000 cells is not read again after it is rendered (`SheetNodeCompiler` makes them).
enum SheetNode: Sendable {
    /// The output number of template row `n`: in `<row r="…">` and in each cell's reference.
    case rowNumber(Int)
    /// One of `RepeatedRows`' marks: followed by the renderer's `SheetRowCursor`, and printed as
    /// `bytes` only in a sheet whose rows hold formulas (they tell each formula which copy it is in);
    /// otherwise the cursor's layout is all that finishing needs, and nothing is printed.
    case rows(RowsMark, bytes: [UInt8])
    /// A cell filled from tags.
    case cell(TypedCell)
}

/// Where a mark of `RepeatedRows` stands: before a section over rows, at the start of each of its copies, after it.
enum RowsMark: Sendable, Equatable {
    case block(first: Int, last: Int)
    case copy
    case end

    /// The mark a processing instruction's text says: `F L`, `copy` or `end`.
    init?(text: some StringProtocol) {
        if text == RepeatedRows.copyMark {
            self = .copy
        } else if text == RepeatedRows.endMark {
            self = .end
        } else {
            let numbers = text.split(separator: " ").compactMap { Int($0) }
            guard numbers.count == 2 else { return nil }
            self = .block(first: numbers[0], last: numbers[1])
        }
    }
}
