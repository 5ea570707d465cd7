/// `[a, b]` and `{ key: value, other: [1, 2] }`, nested, possibly across lines.
extension Parser {
    mutating func parseFlowNode(_ cursor: inout Cursor, depth: Int) -> SpecNode {
        skipFlowSpace(&cursor)
        guard let first = peek(cursor) else {
            return SpecNode(location: location(cursor), kind: .null)
        }
        if depth > SpecParser.maximumDepth {
            error(line: cursor.line, column: cursor.column, "nesting deeper than \(SpecParser.maximumDepth) levels is not supported",
                russian: "Вложенность глубже \(SpecParser.maximumDepth) уровней не поддерживается. Упростите запись.")
            abandonFlow(&cursor)
            return SpecNode(location: location(cursor), kind: .null)
        }
        switch first {
        case "[": return parseFlowSequence(&cursor, depth: depth)
        case "{": return parseFlowMapping(&cursor, depth: depth)
        case "\"", "'": return readQuoted(&cursor)
        case "&", "*", "!":
            error(line: cursor.line, column: cursor.column, "anchors, aliases and tags are not supported; write the value out",
                russian: "Ссылки и метки («&», «*», «!») не поддерживаются. Напишите значение полностью.")
            _ = readFlowPlain(&cursor)
            return SpecNode(location: location(cursor), kind: .null)
        default:
            let start = location(cursor)
            let text = readFlowPlain(&cursor)
            return SpecNode(location: start, kind: text.isEmpty ? .null : .scalar(SpecScalar(text: text, style: .plain)))
        }
    }

    private mutating func parseFlowSequence(_ cursor: inout Cursor, depth: Int) -> SpecNode {
        let opening = cursor
        advance(&cursor)
        var items: [SpecNode] = []
        while true {
            skipFlowSpace(&cursor)
            if flowAbandoned { break }
            guard let scalar = peek(cursor) else {
                error(line: opening.line, column: opening.column, "an unclosed “[” that starts here; close the list with “]”",
                    russian: "Список, начатый здесь скобкой «[», не закрыт. Закройте его скобкой «]».")
                break
            }
            if scalar == "]" {
                advance(&cursor)
                break
            }
            if scalar == "," || scalar == "}" {
                error(line: cursor.line, column: cursor.column, "unexpected “\(scalar)” in a list",
                    russian: "Лишний знак «\(scalar)» в списке. Уберите его.")
                advance(&cursor)
                continue
            }
            items.append(parseFlowNode(&cursor, depth: depth + 1))
            skipFlowSpace(&cursor)
            if flowAbandoned { break }
            if peek(cursor) == "," { advance(&cursor) }
            else if let next = peek(cursor), next != "]" {
                error(line: opening.line, column: opening.column, "an unclosed “[” that starts here (“\(next)” found where “,” or “]” was expected); close the list with “]”",
                    russian: "Список, начатый здесь скобкой «[», не закрыт: там, где ожидалась «,» или «]», стоит «\(next)». Закройте список скобкой «]».")
                abandonFlow(&cursor)
                break
            }
        }
        return SpecNode(location: location(opening), kind: .sequence(items))
    }

    private mutating func parseFlowMapping(_ cursor: inout Cursor, depth: Int) -> SpecNode {
        let opening = cursor
        advance(&cursor)
        var entries: [SpecEntry] = []
        var seen: [String: SourceLocation] = [:]
        while true {
            skipFlowSpace(&cursor)
            if flowAbandoned { break }
            guard let scalar = peek(cursor) else {
                error(line: opening.line, column: opening.column, "an unclosed “{” that starts here; close it with “}”",
                    russian: "Группа полей, начатая здесь скобкой «{», не закрыта. Закройте её скобкой «}».")
                break
            }
            if scalar == "}" {
                advance(&cursor)
                break
            }
            if scalar == "," || scalar == "]" {
                error(line: cursor.line, column: cursor.column, "unexpected “\(scalar)” in “{ … }”",
                    russian: "Лишний знак «\(scalar)» внутри «{ … }». Уберите его.")
                advance(&cursor)
                continue
            }
            let keyLocation = location(cursor)
            let keyStart = cursor
            let keyNode = scalar == "\"" || scalar == "'" ? readQuoted(&cursor) : {
                let text = readFlowPlain(&cursor, isKey: true)
                return SpecNode(location: keyLocation, kind: .scalar(SpecScalar(text: text, style: .plain)))
            }()
            let key = keyNode.scalar?.text ?? ""
            skipFlowSpace(&cursor)
            guard peek(cursor) == ":" else {
                if keyStart.line == cursor.line, keyStart.column == cursor.column {
                    // Nothing could be read as a key: a bracket or a colon out of place.
                    error(line: opening.line, column: opening.column, "an unclosed “{” that starts here (“\(peek(cursor).map(String.init) ?? "")” found where a key was expected); close it with “}”",
                        russian: "Группа полей, начатая здесь скобкой «{», не закрыта: там, где ожидалось название поля, стоит «\(peek(cursor).map(String.init) ?? "")». Закройте группу скобкой «}».")
                    abandonFlow(&cursor)
                    break
                }
                diagnostics.append(SpecDiagnostic(.syntax, location: keyLocation, message: "the key “\(key)” has no value; write “\(key): value”",
                    russian: "У поля «\(key)» нет значения. Напишите «\(key): значение»."))
                if peek(cursor) == "," { advance(&cursor) }
                continue
            }
            advance(&cursor)
            let value: SpecNode
            skipFlowSpace(&cursor)
            if let next = peek(cursor), next == "," || next == "}" {
                value = SpecNode(location: location(cursor), kind: .null)
            } else {
                value = parseFlowNode(&cursor, depth: depth + 1)
            }
            if let first = seen[key] {
                diagnostics.append(SpecDiagnostic(.syntax, location: keyLocation, message: "duplicate key “\(key)” (first defined at \(first.line):\(first.column))",
                    russian: "Поле «\(key)» указано дважды (первый раз — строка \(first.line), позиция \(first.column)). Оставьте одно."))
            } else {
                seen[key] = keyLocation
                entries.append(SpecEntry(key: key, keyLocation: keyLocation, value: value))
            }
            skipFlowSpace(&cursor)
            if flowAbandoned { break }
            if peek(cursor) == "," { advance(&cursor) }
            else if let next = peek(cursor), next != "}" {
                error(line: opening.line, column: opening.column, "an unclosed “{” that starts here (“\(next)” found where “,” or “}” was expected); close it with “}”",
                    russian: "Группа полей, начатая здесь скобкой «{», не закрыта: там, где ожидалась «,» или «}», стоит «\(next)». Закройте группу скобкой «}».")
                abandonFlow(&cursor)
                break
            }
        }
        return SpecNode(location: location(opening), kind: .mapping(entries))
    }

    /// After an error a flow collection cannot recover from: the rest of the line is skipped and
    /// the enclosing collections end without reporting themselves unclosed too.
    private mutating func abandonFlow(_ cursor: inout Cursor) {
        flowAbandoned = true
        if cursor.line < lines.count { cursor.column = lines[cursor.line].scalars.count }
    }

    /// Plain text inside a flow collection: up to `,`, a bracket, or (for a key) `: `.
    private mutating func readFlowPlain(_ cursor: inout Cursor, isKey: Bool = false) -> String {
        var text = ""
        while let scalar = peek(cursor) {
            if scalar == "," || scalar == "]" || scalar == "}" || scalar == "[" || scalar == "{" { break }
            if scalar == ":" {
                let next = peek(cursor, offset: 1)
                if next == " " || next == "\n" || next == "," || next == "}" || next == "]" || next == nil { break }
            }
            if scalar == "#", text.last == " " { break }
            if scalar == "\n" {
                text += " "
                advance(&cursor)
                while let next = peek(cursor), next == " " || next == "\t" { advance(&cursor) }
                continue
            }
            text.unicodeScalars.append(scalar)
            advance(&cursor)
        }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
