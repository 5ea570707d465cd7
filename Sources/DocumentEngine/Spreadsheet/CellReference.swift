/// A cell's address in A1 style (`B5`, `$B$5`): column letters and a row number, each either
/// relative or fixed with `$`. A part may be missing: `B:B` names columns, `5:5` rows.
struct CellReference: Equatable, Sendable {
    var column: Int?
    var columnFixed = false
    var row: Int?
    var rowFixed = false

    /// Excel's largest sheet: 16,384 columns (XFD) by 1,048,576 rows.
    static let lastColumn = 16_384
    static let lastRow = 1_048_576

    init(column: Int?, columnFixed: Bool = false, row: Int?, rowFixed: Bool = false) {
        self.column = column
        self.columnFixed = columnFixed
        self.row = row
        self.rowFixed = rowFixed
    }

    /// Reads `B5`, `$B$5`, `B` or `$5` (the last two only when `partial`); nil for anything else,
    /// such as a name that merely starts with letters.
    init?<Scalars: Collection>(_ scalars: Scalars, partial: Bool = false) where Scalars.Element == Unicode.Scalar {
        var index = scalars.startIndex
        func dollar() -> Bool {
            guard index < scalars.endIndex, scalars[index] == "$" else { return false }
            index = scalars.index(after: index)
            return true
        }
        columnFixed = dollar()
        var column = 0
        var letters = 0
        while index < scalars.endIndex, let value = Self.letterValue(scalars[index]) {
            column = column * 26 + value
            letters += 1
            index = scalars.index(after: index)
            guard letters <= 3 else { return nil }
        }
        rowFixed = dollar()
        if letters == 0 && columnFixed && rowFixed { return nil }  // `$$5`
        var row = 0
        var digits = 0
        while index < scalars.endIndex, (0x30...0x39).contains(scalars[index].value) {
            row = row * 10 + Int(scalars[index].value - 0x30)
            digits += 1
            index = scalars.index(after: index)
            guard digits <= 7 else { return nil }
        }
        guard index == scalars.endIndex else { return nil }
        if letters == 0 {
            // Only a row (`5`, `$5`): the `$` read as the column's belongs to the row.
            guard partial, digits > 0, row >= 1, row <= Self.lastRow else { return nil }
            self.column = nil
            self.row = row
            rowFixed = columnFixed || rowFixed
            columnFixed = false
            return
        }
        guard column <= Self.lastColumn else { return nil }
        self.column = column
        if digits == 0 {
            guard partial, !rowFixed else { return nil }
            self.row = nil
            return
        }
        guard row >= 1, row <= Self.lastRow else { return nil }
        self.row = row
    }

    init?(_ text: String, partial: Bool = false) { self.init(text.unicodeScalars, partial: partial) }

    /// What stands before the row number of one cell's address as written (`B` of `B5`, `$B$` of
    /// `$B$5`), to be followed by another row; nil when the bytes are not one cell's address.
    static func columnPart(ofCell bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let cell = CellReference(bytes.lazy.map { Unicode.Scalar($0) }), cell.column != nil, cell.row != nil,
            let digits = bytes.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        return bytes[..<digits]
    }

    private static func letterValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x41...0x5A: Int(scalar.value) - 0x40
        case 0x61...0x7A: Int(scalar.value) - 0x60
        default: nil
        }
    }

    static func letters(ofColumn column: Int) -> String { ColumnLetters.of(column) }

    var description: String {
        var text = ""
        if let column { text += (columnFixed ? "$" : "") + Self.letters(ofColumn: column) }
        if let row { text += (rowFixed ? "$" : "") + String(row) }
        return text
    }

    /// The same place with its row number changed.
    func moved(toRow row: Int) -> CellReference {
        var moved = self
        moved.row = row
        return moved
    }
}

/// A rectangle of cells (`A4:F10`), a single cell (`B5`, when both ends are one), whole rows
/// (`5:7`) or whole columns (`A:C`), as `ref` and `sqref` attributes hold them.
struct CellRange: Equatable, Sendable {
    var start: CellReference
    var end: CellReference

    init(start: CellReference, end: CellReference) {
        self.start = start
        self.end = end
    }

    init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let cell = CellReference(String(parts[0])), cell.row != nil else { return nil }
            self.init(start: cell, end: cell)
        case 2:
            guard let start = CellReference(String(parts[0]), partial: true), let end = CellReference(String(parts[1]), partial: true),
                (start.row == nil) == (end.row == nil), (start.column == nil) == (end.column == nil)
            else { return nil }
            self.init(start: start, end: end)
        default:
            return nil
        }
    }

    var isSingleCell: Bool { start == end && start.row != nil && start.column != nil }

    var description: String { isSingleCell ? start.description : start.description + ":" + end.description }
}
