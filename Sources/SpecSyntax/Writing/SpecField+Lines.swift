extension SpecField {
    /// The field as lines of a spec, its key indented by `indent` spaces; an empty value writes nothing.
    /// Lists and fields laid out as blocks go on the lines below, two spaces deeper.
    public func lines(indent: Int) -> [String] {
        guard !value.isEmpty else { return [] }
        let margin = String(repeating: " ", count: indent)
        let key = margin + SpecScalarText.written(self.key) + ":"
        switch value {
        case .text(let text):
            return [key + " " + SpecScalarText.written(text)]
        case .list(_, .inline), .fields(_, .inline):
            return [key + " " + value.inline]
        case .list(let items, .block):
            return [key] + items.flatMap { $0.itemLines(indent: indent + 2) }
        case .fields(let fields, .block):
            return [key] + fields.flatMap { $0.lines(indent: indent + 2) }
        }
    }
}

extension SpecValue {
    /// The value on one line: `[s2, s4]`, `{ kind: passport, number: "000001" }`.
    public var inline: String {
        switch self {
        case .text(let text):
            return SpecScalarText.written(text, in: .inline)
        case .list(let items, _):
            return "[" + items.filter { !$0.isEmpty }.map(\.inline).joined(separator: ", ") + "]"
        case .fields(let fields, _):
            let written = fields.filter { !$0.value.isEmpty }
                .map { SpecScalarText.written($0.key, in: .inline) + ": " + $0.value.inline }
            return written.isEmpty ? "{}" : "{ " + written.joined(separator: ", ") + " }"
        }
    }

    /// The value as an item of a block list, its dash indented by `indent` spaces: `- text`,
    /// `- key: value` with the other fields under the first, `- { … }`.
    public func itemLines(indent: Int) -> [String] {
        let dash = String(repeating: " ", count: indent) + "- "
        switch self {
        case .text(let text):
            return [dash + SpecScalarText.written(text)]
        case .fields(let fields, .block):
            let lines = fields.flatMap { $0.lines(indent: indent + 2) }
            guard let first = lines.first else { return [dash + "{}"] }
            return [dash + first.dropFirst(indent + 2)] + lines.dropFirst()
        case .list(let items, .block) where !items.isEmpty:
            let lines = items.flatMap { $0.itemLines(indent: indent + 2) }
            return [dash + lines[0].dropFirst(indent + 2)] + lines.dropFirst()
        default:
            return [dash + inline]
        }
    }
}
