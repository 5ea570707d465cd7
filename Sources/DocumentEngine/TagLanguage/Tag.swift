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
    /// Where the value is found in the data.
    public var path: DataPath
    /// The filters the value goes through, left to right; empty when it is printed as it is.
    public var filters: [FilterCall]

    /// The value at `path`, through `filters` in order.
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

/// One filter of an expression with its arguments, as written: `date: "dd.MM.yyyy"`.
public struct FilterCall: Equatable, Sendable, CustomStringConvertible {
    /// The filter's name: `dative`, `default`.
    public var name: String
    /// What follows the colon, in order; empty when nothing does.
    public var arguments: [FilterArgument]

    /// The filter `name` with `arguments`.
    public init(name: String, arguments: [FilterArgument] = []) {
        self.name = name
        self.arguments = arguments
    }

    public var description: String {
        arguments.isEmpty ? name : name + ": " + arguments.map(\.description).joined(separator: ", ")
    }
}

/// An argument of a filter: quoted text, or a path whose value is taken from the data.
public enum FilterArgument: Equatable, Sendable, CustomStringConvertible {
    /// Text in quotes, given without them: `dd.MM.yyyy` from `date: "dd.MM.yyyy"`.
    case text(String)
    /// A value from the data: `person.gender` in `dative: person.gender`.
    case path(DataPath)

    public var description: String {
        switch self {
        case .text(let text): "\"\(text)\""
        case .path(let path): path.description
        }
    }
}
