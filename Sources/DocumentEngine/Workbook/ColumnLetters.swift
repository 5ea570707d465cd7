/// The names spreadsheets give their columns: 1 is A, 26 is Z, 27 is AA — for messages that name a
/// cell (`Согласия:7:F`) and for writers of sheets.
public enum ColumnLetters {
    /// The letters of column `column`, counted from 1; empty for 0 or less.
    public static func of(_ column: Int) -> String {
        var column = column
        var letters: [Character] = []
        while column > 0 {
            letters.append(Character(Unicode.Scalar(UInt8(0x41 + (column - 1) % 26))))
            column = (column - 1) / 26
        }
        return String(letters.reversed())
    }
}
