/// `'single'` (where `''` is a quote) and `"double"` (with backslash escapes) strings, which may
/// run across lines: a line break folds to a space, an empty line to a line break.
extension Parser {
    mutating func readQuoted(_ cursor: inout Cursor) -> SpecNode {
        let start = location(cursor)
        let opening = cursor
        let quote = peek(cursor)!
        advance(&cursor)
        var text = ""
        var pendingBreaks = 0
        while true {
            guard let scalar = peek(cursor) else {
                error(line: opening.line, column: opening.column,
                    "unterminated \(quote == "\"" ? "double" : "single")-quoted string that starts here; close it with \(quote)",
                    russian: "Кавычка \(quote), открытая здесь, не закрыта. Закройте текст такой же кавычкой \(quote).")
                return SpecNode(location: start, kind: .scalar(SpecScalar(text: text, style: quote == "\"" ? .doubleQuoted : .singleQuoted)))
            }
            if scalar == "\n" {
                // Trailing spaces before a break go; leading spaces after it go too.
                while text.last == " " || text.last == "\t" { text.removeLast() }
                pendingBreaks += 1
                advance(&cursor)
                while let next = peek(cursor), next == " " || next == "\t" { advance(&cursor) }
                continue
            }
            if pendingBreaks > 0 {
                text += pendingBreaks == 1 ? " " : String(repeating: "\n", count: pendingBreaks - 1)
                pendingBreaks = 0
            }
            if scalar == quote {
                if quote == "'", peek(cursor, offset: 1) == "'" {
                    text.unicodeScalars.append("'")
                    advance(&cursor)
                    advance(&cursor)
                    continue
                }
                advance(&cursor)
                break
            }
            if quote == "\"", scalar == "\\" {
                readEscape(&cursor, into: &text)
                continue
            }
            text.unicodeScalars.append(scalar)
            advance(&cursor)
        }
        return SpecNode(location: start, kind: .scalar(SpecScalar(text: text, style: quote == "\"" ? .doubleQuoted : .singleQuoted)))
    }

    private static let simpleEscapes: [Unicode.Scalar: String] = [
        "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
        "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
        "L": "\u{2028}", "P": "\u{2029}",
    ]

    private mutating func readEscape(_ cursor: inout Cursor, into text: inout String) {
        let backslash = cursor
        advance(&cursor)
        guard let code = peek(cursor) else { return }
        if code == "\n" {
            // A backslash at a line's end joins the lines without a space.
            advance(&cursor)
            while let next = peek(cursor), next == " " || next == "\t" { advance(&cursor) }
            return
        }
        if let replacement = Self.simpleEscapes[code] {
            text += replacement
            advance(&cursor)
            return
        }
        let digits = code == "x" ? 2 : code == "u" ? 4 : code == "U" ? 8 : 0
        guard digits > 0 else {
            error(line: backslash.line, column: backslash.column, "unknown escape “\\\(code)” in a double-quoted string; write \\\\ for a backslash",
                russian: "Неизвестное сочетание «\\\(code)» в тексте в двойных кавычках. Обратную косую черту пишите как \\\\.")
            advance(&cursor)
            return
        }
        advance(&cursor)
        var hex = ""
        for _ in 0..<digits {
            guard let digit = peek(cursor), digit.properties.isASCIIHexDigit else { break }
            hex.unicodeScalars.append(digit)
            advance(&cursor)
        }
        guard hex.count == digits, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            error(line: backslash.line, column: backslash.column, "the escape “\\\(code)\(hex)” needs \(digits) hexadecimal digits of a valid character",
                russian: "В сочетании «\\\(code)\(hex)» нужно \(digits) шестнадцатеричных цифр существующего знака. Исправьте его.")
            return
        }
        text.unicodeScalars.append(scalar)
    }
}
