/// A value that starts on a line: plain text, quoted text, a block scalar or a flow collection.
extension Parser {
    mutating func parseInlineValue(line: Int, column: Int, ownerIndent: Int, depth: Int) -> SpecNode {
        let first = lines[line].scalars[column]
        switch first {
        case "&", "*", "!":
            let what = first == "&" ? "anchors (“&name”)" : first == "*" ? "aliases (“*name”)" : "tags (“!name”)"
            let russian = first == "&" ? "Метки («&имя»)" : first == "*" ? "Ссылки («*имя»)" : "Теги («!имя»)"
            error(line: line, column: column, "\(what) are not supported; write the value out",
                russian: "\(russian) не поддерживаются. Напишите значение полностью.")
            index = line + 1
            skipLines(deeperThan: ownerIndent)
            return SpecNode(location: location(line: line, column: column), kind: .null)
        case "|", ">":
            return parseBlockScalar(line: line, column: column, ownerIndent: ownerIndent)
        case "[", "{":
            var cursor = Cursor(line: line, column: column)
            flowAbandoned = false
            let node = parseFlowNode(&cursor, depth: depth)
            finishInline(at: cursor)
            return node
        case "\"", "'":
            var cursor = Cursor(line: line, column: column)
            let node = readQuoted(&cursor)
            finishInline(at: cursor)
            return node
        default:
            return parsePlain(line: line, column: column, ownerIndent: ownerIndent)
        }
    }

    /// After a value read with the cursor: the rest of its line may hold only a comment.
    private mutating func finishInline(at cursor: Cursor) {
        guard cursor.line < lines.count else {
            index = lines.count
            return
        }
        let scalars = lines[cursor.line].scalars
        var column = cursor.column
        while column < scalars.count, scalars[column] == " " || scalars[column] == "\t" { column += 1 }
        if column < scalars.count, scalars[column] != "#" {
            error(line: cursor.line, column: column, "unexpected text after the value; put it in quotes with the rest, or on a line of its own",
                russian: "После значения стоит лишний текст. Возьмите всё значение в кавычки или перенесите текст на отдельную строку.")
        }
        index = cursor.line + 1
    }

    // MARK: Plain scalars

    /// Plain text to the end of the line (a ` #` starts a comment), continued on following lines
    /// indented deeper than its key, folded with spaces.
    private mutating func parsePlain(line: Int, column: Int, ownerIndent: Int) -> SpecNode {
        let start = location(line: line, column: column)
        var text = plainText(lines[line].scalars, from: column)
        index = line + 1
        var blankLines = 0
        while !isAtEnd {
            let next = lines[index]
            if next.content.isEmpty {
                blankLines += 1
                index += 1
                continue
            }
            if next.indent <= ownerIndent || next.content.first == "#" || Self.isDocumentMarker(next) { break }
            if isSequenceItem(next) || findKey(onLine: index) != nil {
                error(line: index, column: next.start, "this line is indented under a key that already has a value on its own line; move the value down, or align this line with the key",
                    russian: "Эта строка сдвинута под поле, у которого значение уже написано в его строке. Перенесите значение вниз или выровняйте эту строку по полю.")
                index += 1
                skipLines(deeperThan: ownerIndent)
                break
            }
            text += blankLines > 0 ? String(repeating: "\n", count: blankLines) : " "
            text += plainText(next.scalars, from: next.start)
            blankLines = 0
            index += 1
        }
        if blankLines > 0 {
            // The blank lines belong to what follows: step back so positions stay right.
            index -= blankLines
        }
        return SpecNode(location: start, kind: .scalar(SpecScalar(text: text, style: .plain)))
    }

    private func plainText(_ scalars: [Unicode.Scalar], from column: Int) -> String {
        var end = column
        while end < scalars.count {
            if scalars[end] == "#", end > column, scalars[end - 1] == " " || scalars[end - 1] == "\t" { break }
            end += 1
        }
        while end > column, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        return String(String.UnicodeScalarView(scalars[column..<end]))
    }
}
