/// A value to write into a spec, as its fields hold it: text, a list, or named fields, each with how it
/// is laid out on the page. Positions and quoting are the writer's business, not the value's.
public indirect enum SpecValue: Sendable, Equatable {
    /// How a list or a group of fields is written.
    public enum Layout: Sendable, Equatable {
        /// On lines of their own, indented under the key: `plan:` then `- what: …` lines.
        case block
        /// On the key's line: `[s2, s4]`, `{ number: 1, date: 2026-08-27 }`.
        case inline
    }

    /// A single value: `Лебедев Лев Романович`, `2014-03-09`.
    case text(String)
    /// A list of values.
    case list([SpecValue], Layout)
    /// Named values, in the order they are written.
    case fields([SpecField], Layout)

    /// What a parsed node says, without its positions or quoting: a scalar's text as the spec reader
    /// takes it (spaces at the ends trimmed), nothing for an empty value, a parsed collection as a block.
    public init(_ node: SpecNode) {
        switch node.kind {
        case .null: self = .text("")
        case .scalar(let scalar): self = .text(Self.trimmed(scalar.text))
        case .sequence(let items): self = .list(items.map(SpecValue.init), .block)
        case .mapping(let entries): self = .fields(entries.map { SpecField($0.key, SpecValue($0.value)) }, .block)
        }
    }

    /// Whether the two say the same, however they are laid out: the same texts, the same keys in any order.
    public func means(_ other: SpecValue) -> Bool {
        switch (self, other) {
        case (.text(let left), .text(let right)):
            return Self.trimmed(left) == Self.trimmed(right)
        case (.list(let left, _), .list(let right, _)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.means($1) }
        case (.fields(let left, _), .fields(let right, _)):
            let meaningful = { (fields: [SpecField]) in fields.filter { !$0.value.isEmpty } }
            let left = meaningful(left), right = meaningful(right)
            return left.count == right.count && left.allSatisfy { field in
                right.first { $0.key == field.key }.map { $0.value.means(field.value) } ?? false
            }
        default:
            return isEmpty && other.isEmpty
        }
    }

    /// Nothing written: empty text, an empty list, no fields. A writer leaves such a field out.
    public var isEmpty: Bool {
        switch self {
        case .text(let text): Self.trimmed(text).isEmpty
        case .list(let items, _): items.isEmpty
        case .fields(let fields, _): fields.allSatisfy(\.value.isEmpty)
        }
    }

    /// The text of a `.text` value; nil for a list or fields.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The value of `key` among fields; nil when there is none or this is not a group of fields.
    public subscript(key: String) -> SpecValue? {
        guard case .fields(let fields, _) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    /// The text as the spec reader takes it: white space at the ends is not part of a value.
    static func trimmed(_ text: String) -> String { text.trimmingWhitespace() }
}

/// One `key: value` to write.
public struct SpecField: Sendable, Equatable {
    /// The key: `full_name`.
    public var key: String
    /// Its value.
    public var value: SpecValue

    /// `key: value`.
    public init(_ key: String, _ value: SpecValue) {
        self.key = key
        self.value = value
    }
}
