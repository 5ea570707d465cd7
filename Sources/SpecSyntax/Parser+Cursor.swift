/// A position that runs across lines, for values that may: quoted strings and flow collections.
struct Cursor {
    var line: Int
    var column: Int
}

extension Parser {
    /// The character at the cursor; a line's end reads as "\n"; nil past the last line.
    func peek(_ cursor: Cursor) -> Unicode.Scalar? {
        guard cursor.line < lines.count else { return nil }
        let scalars = lines[cursor.line].scalars
        return cursor.column < scalars.count ? scalars[cursor.column] : "\n"
    }

    func peek(_ cursor: Cursor, offset: Int) -> Unicode.Scalar? {
        var moved = cursor
        for _ in 0..<offset { advance(&moved) }
        return peek(moved)
    }

    func advance(_ cursor: inout Cursor) {
        guard cursor.line < lines.count else { return }
        if cursor.column < lines[cursor.line].scalars.count {
            cursor.column += 1
        } else {
            cursor.line += 1
            cursor.column = 0
        }
    }

    func location(_ cursor: Cursor) -> SourceLocation { location(line: cursor.line, column: cursor.column) }

    /// Skips spaces, line breaks and `#` comments between the parts of a flow collection.
    func skipFlowSpace(_ cursor: inout Cursor) {
        while let scalar = peek(cursor) {
            if scalar == " " || scalar == "\t" || scalar == "\n" {
                advance(&cursor)
            } else if scalar == "#" {
                cursor.column = lines[cursor.line].scalars.count
            } else {
                return
            }
        }
    }
}
