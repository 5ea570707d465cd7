/// The data a template is filled with: text, yes/no, lists and named groups.
public enum TemplateValue: Sendable, Equatable {
    /// No value: a section over it is hidden, and printing it is missing data (an error unless allowed).
    case null
    /// Yes or no: a section over it shows once for true and is hidden for false; it prints `true` or `false`.
    case bool(Bool)
    /// Text, printed as it is; a section over empty text is hidden.
    case text(String)
    /// A list: a section over it repeats for each item; printed, its items' text joined with commas.
    case list([TemplateValue])
    /// A group of named values (`mentor` → `full_name`, `position`): a section over it shows once, its fields in scope.
    case map(TemplateFields)
    /// A list whose items are made as they are read, one at a time: read as a list everywhere, it
    /// lets a section over thousands of items run without holding them all.
    case lazyList(LazyList)

    /// Whether a section over this value shows (non-inverted) at all.
    var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let value): value
        case .text(let text): !text.isEmpty
        case .list(let items): !items.isEmpty
        case .map: true
        case .lazyList(let list): !list.isEmpty
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
        case .lazyList(let list):
            list.compactMap(\.printed).filter { !$0.isEmpty }.joined(separator: ", ")
        case .map: nil
        }
    }

    /// Equal values; a list made as it is read equals a list given whole with equal items.
    public static func == (left: TemplateValue, right: TemplateValue) -> Bool {
        switch (left, right) {
        case (.null, .null): true
        case (.bool(let left), .bool(let right)): left == right
        case (.text(let left), .text(let right)): left == right
        case (.map(let left), .map(let right)): left == right
        case (.list(let left), .list(let right)): left == right
        default: left.listItems.map { $0 == right.listItems } ?? false
        }
    }

    /// The items of a list, made ones included; nil for a value that is not a list.
    public var listItems: [TemplateValue]? {
        switch self {
        case .list(let items): items
        case .lazyList(let list): Array(list)
        default: nil
        }
    }

    /// The field `name` of a group; nil when the group has no such field or the value is not a group.
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
