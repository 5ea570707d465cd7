/// Characters of Russian typesetting that are easy to get wrong in source code.
public enum Typography {
    /// Between «№» and its number, initials and a surname, a number and its unit.
    public static let noBreakSpace = "\u{00A0}"
    /// «152‑ФЗ» that never breaks across lines (written as `w:noBreakHyphen` in DOCX).
    public static let noBreakHyphen = "\u{2011}"
    /// Between words in a sentence: « — ».
    public static let dash = "\u{00A0}\u{2014} "
    /// Starts an item of a list.
    public static let listDash = "\u{2013} "

    /// «№ 152-ФЗ» with the spaces and hyphen that keep it on one line.
    public static func number(_ number: String) -> String {
        "№" + noBreakSpace + String(number.map { $0 == "-" ? Character(noBreakHyphen) : $0 })
    }
}
