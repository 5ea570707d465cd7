/// The data a template is filled with: text, yes/no, lists and named groups.
public enum TemplateValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case text(String)
    case list([TemplateValue])
    case map(TemplateFields)

    /// Whether a section over this value shows (non-inverted) at all.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .text(let text): !text.isEmpty
        case .list(let items): !items.isEmpty
        case .map: true
        }
    }

    /// The text a value prints as, or nil for a group of values, which has no single text.
    public var printed: String? {
        switch self {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .text(let text): text
        case .list(let items):
            items.compactMap(\.printed).filter { !$0.isEmpty }.joined(separator: ", ")
        case .map: nil
        }
    }

    public subscript(name: FieldName) -> TemplateValue? {
        if case .map(let fields) = self { return fields[name] }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (FieldName, TemplateValue)...) { self = .map(TemplateFields(elements)) }
    public init(nilLiteral: ()) { self = .null }
}
