/// A text as the spec syntax writes it: as it is where the parser would read it back unchanged, else
/// in double quotes with escapes.
public enum SpecScalarText {
    /// Where a scalar stands decides which characters would end it.
    public enum Context: Sendable {
        /// After `key: ` or `- ` on a line: a `: ` or ` #` would end it.
        case block
        /// Inside `[…]` or `{…}`: so would a comma or a bracket.
        case inline
    }

    /// `text`, quoted only where it must be: «10 «А» класс» stays as it is, «Цель: успеваемость» and
    /// «- первый» are quoted, a line break becomes `\n`. Scanned byte by byte: an import of thousands
    /// of rows writes every value through here.
    public static func written(_ text: String, in context: Context = .block) -> String {
        guard needsQuotes(text, in: context) else { return text }
        var escaped = "\""
        for character in text.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\t": escaped += "\\t"
            case "\r": escaped += "\\r"
            default:
                if character.value < 0x20 || character.value == 0x7F || (0x80...0x9F).contains(character.value)
                    || character == "\u{FEFF}" || character == "\u{2028}" || character == "\u{2029}"
                {
                    let hex = String(character.value, radix: 16, uppercase: true)
                    escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escaped.unicodeScalars.append(character)
                }
            }
        }
        return escaped + "\""
    }

    private static let specialFirst = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
    private static let inlineEnders = Set(",[]{}".utf8)

    private static func needsQuotes(_ text: String, in context: Context) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return true }
        if specialFirst.contains(first) || isBlank(first) || isBlank(last) || last == UInt8(ascii: ":") { return true }
        var previous = first
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            // Control characters (a line break, a tab) and the lone CR are written as escapes.
            if byte < 0x20 || byte == 0x7F { return true }
            if context == .inline && inlineEnders.contains(byte) { return true }
            if previous == UInt8(ascii: ":") && (byte == UInt8(ascii: " ") || (context == .inline && byte == UInt8(ascii: ","))) { return true }
            if previous == UInt8(ascii: " ") && byte == UInt8(ascii: "#") { return true }
            // Characters the decoder refuses or a viewer hides, found in their UTF-8 (one pass over a
            // Russian name, not a second over its scalars): U+0080–U+009F, U+FEFF, U+2028, U+2029.
            if previous == 0xC2 && (0x80...0x9F).contains(byte) { return true }
            if beforePrevious == 0xEF && previous == 0xBB && byte == 0xBF { return true }
            if beforePrevious == 0xE2 && previous == 0x80 && (byte == 0xA8 || byte == 0xA9) { return true }
            beforePrevious = previous
            previous = byte
        }
        // Whitespace beyond ASCII at either end (a no-break space) is trimmed by the parser too. ASCII
        // whitespace was found above: Unicode's tables are asked only of a letter beyond ASCII.
        let ends = (text.unicodeScalars.first!, text.unicodeScalars.last!)
        return (ends.0.value >= 0x80 && ends.0.properties.isWhitespace) || (ends.1.value >= 0x80 && ends.1.properties.isWhitespace)
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
