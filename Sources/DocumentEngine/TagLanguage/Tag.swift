/// What one `{{ … }}` says.
public enum Tag: Equatable, Sendable {
    /// `{{ mentor.full_name | dative }}`: print a value.
    case value(Expression)
    /// `{{#pairs}}` or `{{^pairs}}`: open a section, repeated per item or shown when true.
    case open(DataPath, inverted: Bool, pageBreak: Bool)
    /// `{{/pairs}}`: close the section of the same name; `{{/}}` (nil) closes the innermost one.
    case close(DataPath?)
    /// `{{! a note for whoever edits the template }}`: prints nothing.
    case comment
}

/// A data path followed by filters: `date | date: "dd.MM.yyyy" | default: "—"`.
public struct Expression: Equatable, Sendable, CustomStringConvertible {
    public var path: DataPath
    public var filters: [FilterCall]

    public init(path: DataPath, filters: [FilterCall] = []) {
        self.path = path
        self.filters = filters
    }

    /// Whether a filter takes an argument from the data, so that its result depends on more than the value.
    var hasPathArguments: Bool {
        filters.contains { call in call.arguments.contains { if case .path = $0 { true } else { false } } }
    }

    public var description: String {
        ([path.description] + filters.map(\.description)).joined(separator: " | ")
    }
}

public struct FilterCall: Equatable, Sendable, CustomStringConvertible {
    public var name: String
    public var arguments: [FilterArgument]

    public init(name: String, arguments: [FilterArgument] = []) {
        self.name = name
        self.arguments = arguments
    }

    public var description: String {
        arguments.isEmpty ? name : name + ": " + arguments.map(\.description).joined(separator: ", ")
    }
}

public enum FilterArgument: Equatable, Sendable, CustomStringConvertible {
    case text(String)
    case path(DataPath)

    public var description: String {
        switch self {
        case .text(let text): "\"\(text)\""
        case .path(let path): path.description
        }
    }
}
