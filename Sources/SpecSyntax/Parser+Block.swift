/// Block structure: mappings and sequences whose nesting is decided by indentation.
extension Parser {
    /// The node on the lines indented deeper than `parentIndent`, or nil when there is none.
    mutating func parseBlockNode(parentIndent: Int, depth: Int) -> SpecNode? {
        skipIgnorable()
        guard !isAtEnd, lines[index].indent > parentIndent, !Self.isDocumentMarker(lines[index]) else { return nil }
        let line = lines[index]
        if depth > SpecParser.maximumDepth {
            error(line: index, column: line.start, "nesting deeper than \(SpecParser.maximumDepth) levels is not supported",
                russian: "Вложенность глубже \(SpecParser.maximumDepth) уровней не поддерживается. Упростите запись.")
            skipLines(deeperThan: parentIndent)
            return SpecNode(location: location(line: index - 1, column: line.start), kind: .null)
        }
        if isSequenceItem(line) { return parseSequence(indent: line.indent, depth: depth) }
        if findKey(onLine: index) != nil { return parseMapping(indent: line.indent, depth: depth) }
        return parseInlineValue(line: index, column: line.start, ownerIndent: parentIndent, depth: depth)
    }

    func isSequenceItem(_ line: Line) -> Bool {
        let content = line.content
        guard content.first == "-" else { return false }
        let next = content.dropFirst().first
        return next == nil || next == " " || next == "\t"
    }

    mutating func skipLines(deeperThan indent: Int) {
        while !isAtEnd, isIgnorable(lines[index]) || lines[index].indent > indent { index += 1 }
    }

    /// The next line of the block at `indent`, or nil where the block ends (the end of the text, a line
    /// indented less, a document marker). A line indented deeper is reported and skipped with its block.
    private mutating func nextLine(ofBlockAt indent: Int, overIndented message: (Line) -> (english: String, russian: String)) -> Line? {
        while true {
            skipIgnorable()
            guard !isAtEnd else { return nil }
            let line = lines[index]
            if line.indent < indent || Self.isDocumentMarker(line) { return nil }
            guard line.indent > indent else { return line }
            let words = message(line)
            refuseLine(line, ofBlockAt: indent, words.english, russian: words.russian)
        }
    }

    /// Reports the line and skips it, with whatever is indented under it.
    private mutating func refuseLine(_ line: Line, ofBlockAt indent: Int, _ message: String, russian: String) {
        error(line: index, column: line.start, message, russian: russian)
        index += 1
        skipLines(deeperThan: indent)
    }

    // MARK: Mappings

    private mutating func parseMapping(indent: Int, depth: Int) -> SpecNode {
        let start = location(line: index, column: lines[index].start)
        var entries: [SpecEntry] = []
        var seen: [String: SourceLocation] = [:]
        while let line = nextLine(ofBlockAt: indent, overIndented: {
            ("this line is indented by \($0.indent) spaces, which matches none of the keys above it; align it with the key it belongs with",
             "У этой строки отступ \($0.indent) пробелов, он не совпадает ни с одним полем выше. Выровняйте строку по полю, к которому она относится.")
        }) {
            if isSequenceItem(line) {
                refuseLine(line, ofBlockAt: indent, "a list item where a “key: value” line was expected; indent the list under its key",
                    russian: "Здесь ожидалась строка вида «поле: значение», а стоит элемент списка. Сдвиньте список вправо под его поле.")
                continue
            }
            guard let key = findKey(onLine: index) else {
                refuseLine(line, ofBlockAt: indent, "expected “key: value” here; a line of a group needs a key followed by a colon",
                    russian: "Здесь ожидалась строка вида «поле: значение». Напишите название поля и двоеточие после него.")
                continue
            }
            let keyLocation = location(line: index, column: key.column)
            if key.text == "<<" {
                error(line: index, column: key.column, "merge keys (“<<”) are not supported; write the fields out",
                    russian: "Слияние полей («<<») не поддерживается. Перепишите поля полностью.")
            } else if let first = seen[key.text] {
                error(line: index, column: key.column, "duplicate key “\(key.text)” (first defined at \(first.line):\(first.column))",
                    russian: "Поле «\(key.text)» указано дважды (первый раз — строка \(first.line), позиция \(first.column)). Оставьте одно.")
            }
            let value = parseValue(line: index, column: key.valueStart, ownerIndent: indent, depth: depth + 1)
            if seen[key.text] == nil {
                seen[key.text] = keyLocation
                entries.append(SpecEntry(key: key.text, keyLocation: keyLocation, value: value))
            }
        }
        return SpecNode(location: start, kind: .mapping(entries))
    }

    /// The value after a key's colon: on the same line, or on the lines indented under the key.
    private mutating func parseValue(line: Int, column: Int, ownerIndent: Int, depth: Int) -> SpecNode {
        let scalars = lines[line].scalars
        var column = column
        while column < scalars.count, scalars[column] == " " || scalars[column] == "\t" { column += 1 }
        if column < scalars.count, scalars[column] != "#" {
            return parseInlineValue(line: line, column: column, ownerIndent: ownerIndent, depth: depth)
        }
        let empty = SpecNode(location: location(line: line, column: min(column, scalars.count)), kind: .null)
        index = line + 1
        skipIgnorable()
        guard !isAtEnd else { return empty }
        let next = lines[index]
        if next.indent > ownerIndent { return parseBlockNode(parentIndent: ownerIndent, depth: depth) ?? empty }
        // `key:` followed by `- item` lines at the key's own indentation, as YAML allows.
        if next.indent == ownerIndent, isSequenceItem(next) { return parseSequence(indent: ownerIndent, depth: depth) }
        return empty
    }

    // MARK: Sequences

    private mutating func parseSequence(indent: Int, depth: Int) -> SpecNode {
        let start = location(line: index, column: lines[index].start)
        var items: [SpecNode] = []
        while let line = nextLine(ofBlockAt: indent, overIndented: { _ in
            ("this line is indented more than the list item above it; align it with that item's fields",
             "У этой строки отступ больше, чем у элемента списка над ней. Выровняйте её по полям этого элемента.")
        }) {
            guard isSequenceItem(line) else { break }
            var column = line.start + 1
            while column < line.scalars.count, line.scalars[column] == " " { column += 1 }
            let dash = location(line: index, column: line.start)
            if column >= line.scalars.count || line.scalars[column] == "#" {
                index += 1
            } else {
                // The item's content is read as a line of its own, indented to where it starts.
                lines[index].start = column
            }
            items.append(parseBlockNode(parentIndent: indent, depth: depth + 1) ?? SpecNode(location: dash, kind: .null))
        }
        return SpecNode(location: start, kind: .sequence(items))
    }

    // MARK: Keys

    struct Key {
        var text: String
        var column: Int
        /// Just after the colon.
        var valueStart: Int
    }

    /// The key of a `key: value` line, if the line is one.
    func findKey(onLine lineIndex: Int) -> Key? {
        let line = lines[lineIndex]
        let scalars = line.scalars
        var column = line.start
        guard column < scalars.count else { return nil }
        let first = scalars[column]
        if first == "[" || first == "{" || first == "#" || first == "|" || first == ">" { return nil }
        if first == "\"" || first == "'" {
            guard let end = closingQuote(in: scalars, from: column) else { return nil }
            var after = end + 1
            while after < scalars.count, scalars[after] == " " { after += 1 }
            guard after < scalars.count, scalars[after] == ":",
                after + 1 == scalars.count || scalars[after + 1] == " " || scalars[after + 1] == "\t"
            else { return nil }
            let raw = String(String.UnicodeScalarView(scalars[(column + 1)..<end]))
            let text = first == "'" ? raw.replacing("''", with: "'") : Self.unescapedSimply(raw)
            return Key(text: text, column: column, valueStart: after + 1)
        }
        while column < scalars.count {
            let scalar = scalars[column]
            if scalar == "#", column > line.start, scalars[column - 1] == " " { return nil }
            if scalar == ":", column + 1 == scalars.count || scalars[column + 1] == " " || scalars[column + 1] == "\t" {
                var end = column
                while end > line.start, scalars[end - 1] == " " { end -= 1 }
                guard end > line.start else { return nil }
                return Key(text: String(String.UnicodeScalarView(scalars[line.start..<end])), column: line.start, valueStart: column + 1)
            }
            column += 1
        }
        return nil
    }

    /// The index of the quote closing the one at `start` on the same line.
    private func closingQuote(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let quote = scalars[start]
        var column = start + 1
        while column < scalars.count {
            let scalar = scalars[column]
            if quote == "\"", scalar == "\\" {
                column += 2
                continue
            }
            if scalar == quote {
                if quote == "'", column + 1 < scalars.count, scalars[column + 1] == "'" {
                    column += 2
                    continue
                }
                return column
            }
            column += 1
        }
        return nil
    }

    private static func unescapedSimply(_ text: String) -> String {
        text.replacing("\\\"", with: "\"").replacing("\\\\", with: "\\")
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
