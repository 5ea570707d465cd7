/// Puts one entry into a list of a spec (a participant into `participants`, a pair into `pairs`) by
/// editing only the lines of that entry: every other line, its comments and its spacing, is written
/// back byte for byte.
///
/// Within a replaced entry the fields that keep their value keep their lines too (with their comments);
/// a changed field is written anew at the entry's own indentation, a group of fields laid out as a
/// block (a representative) is merged the same way, a field left empty is removed, and a new field
/// goes after the others. The result is parsed again and must read back as the entry given, or
/// nothing is returned.
public enum SpecListEdit {
    /// An edited spec: its bytes, and where the entry put stands in its list.
    public struct Edited: Sendable, Equatable {
        /// The whole spec, edited.
        public var bytes: [UInt8]
        /// The entry's index in its list, from 0.
        public var position: Int

        /// `bytes`, with the entry at `position`.
        public init(bytes: [UInt8], position: Int) {
            self.bytes = bytes
            self.position = position
        }
    }

    /// The spec's `bytes` with `entry` in the list under the top-level `key`: in place of the item whose
    /// `id` is `id`, or after the last item when `id` is nil. `file` names the spec in diagnostics.
    public static func put(_ entry: [SpecField], inList key: String, replacing id: String?, in bytes: [UInt8], file: String)
        throws(SpecEditError) -> Edited
    {
        let text = SpecLines(bytes)
        let lineEnd = text.lineEnd
        let value = SpecValue.fields(entry, .block)
        var output = text.lines.map { $0.content + $0.end }
        let position: Int
        if let list = try ListLines(key, in: bytes, text: text, file: file) {
            let items = list.items, dashLines = list.dashLines, listEntry = list.entry, listEnd = list.end
            func end(ofItem number: Int) -> Int { list.end(ofItem: number, in: text) }
            if let id {
                guard let number = items.firstIndex(where: { $0["id"].map(SpecValue.init)?.text == id }) else { throw .noEntry(id) }
                let first = dashLines[number], last = end(ofItem: number)
                let dashIndent = text[first].content.prefix { $0 == UInt8(ascii: " ") }.count
                let merged = EntryMerge(text: text, lineEnd: lineEnd).item(items[number], lines: first...last, fields: entry, dashIndent: dashIndent)
                output.replaceSubrange((first - 1)..<last, with: merged)
                position = number
            } else if list.isBlock {
                let last = end(ofItem: items.count - 1)
                output.insert(contentsOf: newItem(entry, like: items[0], dashLine: text[dashLines[0]]).map { Array($0.utf8) + lineEnd }, at: last)
                position = items.count
            } else {
                // `participants:` with nothing under it, or `participants: []`: the key's lines become the list.
                let keyLine = listEntry.keyLocation.line
                let last = text.lastMeaningful(from: keyLine, through: listEnd)
                let keyIndent = listEntry.keyLocation.column - 1
                let lines = [String(repeating: " ", count: keyIndent) + SpecScalarText.written(key) + ":"]
                    + value.itemLines(indent: keyIndent + 2)
                output.replaceSubrange((keyLine - 1)..<last, with: lines.map { Array($0.utf8) + lineEnd })
                position = 0
            }
        } else {
            guard id == nil else { throw .noEntry(id!) }
            let lines = [SpecScalarText.written(key) + ":"] + value.itemLines(indent: 2)
            output += lines.map { Array($0.utf8) + lineEnd }
            position = 0
        }
        for index in output.indices.dropLast() where !output[index].hasLineEnd {
            output[index] += lineEnd
        }
        let edited = output.flatMap { $0 }
        try check(edited, has: value, at: position, inList: key, file: file)
        return Edited(bytes: edited, position: position)
    }

    /// The spec's `bytes` without the item of the list under `key` whose `id` is `id`: its lines, from
    /// its dash to its last meaningful line, are taken out and every other line is kept byte for byte
    /// (a comment above the next item stays). `position` is where the item stood. The result is parsed
    /// again and must hold the list's other items as they were, or nothing is returned.
    public static func remove(_ id: String, inList key: String, in bytes: [UInt8], file: String) throws(SpecEditError) -> Edited {
        let text = SpecLines(bytes)
        guard let list = try ListLines(key, in: bytes, text: text, file: file) else { throw .noEntry(id) }
        guard let number = list.items.firstIndex(where: { $0["id"].map(SpecValue.init)?.text == id }) else { throw .noEntry(id) }
        var output = text.lines.map { $0.content + $0.end }
        output.removeSubrange((list.dashLines[number] - 1)..<list.end(ofItem: number, in: text))
        let edited = output.flatMap { $0 }
        var kept = list.items.map(SpecValue.init)
        kept.remove(at: number)
        let root: SpecNode
        do throws(SpecSyntaxError) {
            root = try SpecParser.parse(edited, file: file)
        } catch {
            throw .notReadBack(error.description)
        }
        let items = (root[key]?.items ?? []).map(SpecValue.init)
        guard items.count == kept.count, zip(items, kept).allSatisfy({ $0.means($1) }) else {
            throw .notReadBack("the other entries would not read back as they were")
        }
        return Edited(bytes: edited, position: number)
    }

    /// A new item's lines, its dash and keys placed as in `model`, the list's first item: `-   id: s3`
    /// under `-   id: s1`.
    private static func newItem(_ entry: [SpecField], like model: SpecNode, dashLine: SpecLines.Line) -> [String] {
        let dashIndent = dashLine.content.prefix { $0 == UInt8(ascii: " ") }.count
        guard let keyColumn = model.entries.first?.keyLocation.column, model.entries[0].keyLocation.line == model.location.line,
            keyColumn - 1 > dashIndent, keyColumn - 1 <= dashLine.content.count
        else { return SpecValue.fields(entry, .block).itemLines(indent: dashIndent) }
        let keyIndent = keyColumn - 1
        let prefix = String(decoding: dashLine.content.prefix(keyIndent), as: UTF8.self)
        guard prefix.utf8.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }) else {
            return SpecValue.fields(entry, .block).itemLines(indent: dashIndent)
        }
        var lines = entry.flatMap { $0.lines(indent: keyIndent) }
        guard !lines.isEmpty else { return [prefix + "{}"] }
        lines[0] = prefix + lines[0].dropFirst(keyIndent)
        return lines
    }

    /// The line of an item's dash: the item's own line, or above it for a `-` alone on its line.
    fileprivate static func dashLine(of item: SpecNode, in text: SpecLines) -> Int {
        var line = item.location.line
        while line > 1, text[line].content.first(where: { $0 != UInt8(ascii: " ") }) != UInt8(ascii: "-") { line -= 1 }
        return line
    }

    /// The edit reads back as what was asked, or it is not made.
    private static func check(_ bytes: [UInt8], has value: SpecValue, at position: Int, inList key: String, file: String) throws(SpecEditError) {
        let root: SpecNode
        do throws(SpecSyntaxError) {
            root = try SpecParser.parse(bytes, file: file)
        } catch {
            throw .notReadBack(error.description)
        }
        let items = root[key]?.items ?? []
        guard position < items.count, SpecValue(items[position]).means(value) else {
            throw .notReadBack("the entry written does not read back as the values given")
        }
    }
}

/// Where a top-level list and its items stand in a spec's lines.
private struct ListLines {
    /// The list's entry of the top-level mapping.
    let entry: SpecEntry
    let items: [SpecNode]
    /// The line of each item's dash.
    let dashLines: [Int]
    /// The last line before the next top-level key (or the file's last).
    let end: Int
    /// Whether the items are written as lines of their own (`- id: …`), or there are none.
    let isBlock: Bool

    /// The list under `key`; nil when the spec has no such key. A spec that does not parse, a key that
    /// holds something else, and a list written on one line are errors.
    init?(_ key: String, in bytes: [UInt8], text: SpecLines, file: String) throws(SpecEditError) {
        let root: SpecNode
        do throws(SpecSyntaxError) {
            root = try SpecParser.parse(bytes, file: file)
        } catch {
            throw .unreadable(error)
        }
        guard case .mapping(let rootEntries) = root.kind else { throw .notAList(key) }
        guard let index = rootEntries.firstIndex(where: { $0.key == key }) else { return nil }
        entry = rootEntries[index]
        end = index + 1 < rootEntries.count ? rootEntries[index + 1].keyLocation.line - 1 : text.lines.count
        items = entry.value.items
        dashLines = items.map { SpecListEdit.dashLine(of: $0, in: text) }
        switch entry.value.kind {
        case .sequence: isBlock = !items.isEmpty && dashLines[0] > entry.keyLocation.line
        case .null: isBlock = false
        default: throw .notAList(key)
        }
        if !isBlock && !items.isEmpty { throw .inlineList(key) }
    }

    /// The last meaningful line of item `number`: trailing blank and comment lines belong to what follows.
    func end(ofItem number: Int, in text: SpecLines) -> Int {
        let next = number + 1 < items.count ? dashLines[number + 1] - 1 : end
        return text.lastMeaningful(from: dashLines[number], through: next)
    }
}

extension [UInt8] {
    fileprivate var hasLineEnd: Bool { last == 0x0A || last == 0x0D }
}

/// Why an entry could not be put into a spec.
public enum SpecEditError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The spec does not parse; its problems.
    case unreadable(SpecSyntaxError)
    /// The top-level key holds something other than a list.
    case notAList(String)
    /// The list is written on one line (`[…]`), whose items cannot be edited line by line.
    case inlineList(String)
    /// No item of the list has this id.
    case noEntry(String)
    /// The edited text does not read back as the values given (a bug of the writer, never written).
    case notReadBack(String)

    public var description: String {
        switch self {
        case .unreadable(let error): error.description
        case .notAList(let key): "“\(key)” in the spec is not a list of entries"
        case .inlineList(let key): "“\(key)” is written as a list on one line ([…]); write each entry on lines of its own (“- id: …”) to edit it here"
        case .noEntry(let id): "the spec has no entry with the id “\(id)”"
        case .notReadBack(let detail): "the edited spec would not read back as written (\(detail)); nothing is changed"
        }
    }

    public static func == (left: SpecEditError, right: SpecEditError) -> Bool { left.description == right.description }
}

/// The lines of one replaced entry: kept where a field keeps its value, written anew where it changed.
private struct EntryMerge {
    let text: SpecLines
    let lineEnd: [UInt8]

    /// The item on `lines` (from its dash), holding `fields` now.
    func item(_ node: SpecNode, lines: ClosedRange<Int>, fields: [SpecField], dashIndent: Int) -> [[UInt8]] {
        guard isBlockMapping(node, below: nil) else {
            return SpecValue.fields(fields, .block).itemLines(indent: dashIndent).map(newLine)
        }
        let keyIndent = node.entries[0].keyLocation.column - 1
        let dashPrefix = Array(text[lines.lowerBound].content.prefix(keyIndent))
        var merged = mapping(node, lines: lines, fields: fields, indent: keyIndent)
        guard let first = merged.firstIndex(where: { !SpecLines.Line(content: $0, end: []).isIgnorable }) else {
            return [dashPrefix + Array("{}".utf8) + lineEnd]
        }
        // The dash goes on the first line that holds a field; comments above it follow it.
        var line = merged.remove(at: first)
        line.replaceSubrange(0..<min(keyIndent, line.count), with: dashPrefix)
        merged.insert(line, at: 0)
        return merged
    }

    /// A block mapping's lines, `lines` starting at its first key (or at comments above it).
    private func mapping(_ node: SpecNode, lines: ClosedRange<Int>, fields: [SpecField], indent: Int) -> [[UInt8]] {
        let entries = node.entries
        var output: [[UInt8]] = []
        var used: Set<String> = []
        let firstKey = entries[0].keyLocation.line
        for line in lines.lowerBound..<max(firstKey, lines.lowerBound) { output.append(raw(line)) }
        for (index, entry) in entries.enumerated() {
            let start = entry.keyLocation.line
            let next = index + 1 < entries.count ? entries[index + 1].keyLocation.line - 1 : lines.upperBound
            let end = text.lastMeaningful(from: start, through: next)
            if let field = fields.first(where: { $0.key == entry.key }), !used.contains(entry.key) {
                used.insert(entry.key)
                if SpecValue(entry.value).means(field.value) {
                    output += (start...end).map(raw)
                } else if case .fields(let nested, .block) = field.value, !field.value.isEmpty,
                    isBlockMapping(entry.value, below: start), end > start
                {
                    output.append(raw(start))
                    output += mapping(entry.value, lines: (start + 1)...end, fields: nested, indent: entry.value.entries[0].keyLocation.column - 1)
                } else {
                    output += field.lines(indent: indent).map(newLine)
                }
            }
            if end < next { output += ((end + 1)...next).map(raw) }
        }
        for field in fields where !used.contains(field.key) {
            used.insert(field.key)
            output += field.lines(indent: indent).map(newLine)
        }
        return output
    }

    /// A mapping written as `key: value` lines (not `{ … }`), each key on a line of its own, below
    /// the line `below` when one is given.
    private func isBlockMapping(_ node: SpecNode, below line: Int?) -> Bool {
        guard case .mapping(let entries) = node.kind, !entries.isEmpty else { return false }
        if let line, node.location.line <= line { return false }
        let scalars = Array(String(decoding: text[node.location.line].content, as: UTF8.self).unicodeScalars)
        let column = node.location.column - 1
        if column < scalars.count, scalars[column] == "{" { return false }
        let keyLines = entries.map(\.keyLocation.line)
        return zip(keyLines, keyLines.dropFirst()).allSatisfy { $0 < $1 }
    }

    private func raw(_ number: Int) -> [UInt8] { text[number].content + text[number].end }

    private func newLine(_ line: String) -> [UInt8] { Array(line.utf8) + lineEnd }
}
