import MentorDocs

/// A cell of a spreadsheet, as messages name it: `journal.xlsx:Согласия:7:F`.
public struct SheetPlace: Sendable, Hashable, CustomStringConvertible {
    /// The spreadsheet file, as it was given.
    public var file: String
    /// The sheet's name on its tab.
    public var sheet: String
    /// The row, from 1.
    public var row: Int
    /// The column, from 1 (A).
    public var column: Int

    /// The cell in `column` (from 1) of `row` (from 1) of `sheet` in `file`.
    public init(file: String, sheet: String, row: Int, column: Int) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// `A` for column 1, `AA` for 27.
    public var columnLetters: String { ColumnLetters.of(column) }

    public var description: String { "\(file):\(sheet):\(row):\(columnLetters)" }
}
