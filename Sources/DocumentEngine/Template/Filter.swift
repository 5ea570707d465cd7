/// A named transformation of a value, used as `{{ value | name: argument }}`.
///
/// A filter must be pure: the same value and arguments always give the same result. A renderer
/// remembers each tag's last result and prints it again when the same value comes back.
public struct Filter: Sendable {
    /// The filter's work: from the value and its arguments' values to the result, or a `FilterFailure`.
    public typealias Apply = @Sendable (_ value: TemplateValue, _ arguments: [TemplateValue]) throws(FilterFailure) -> TemplateValue

    /// The name a template calls it by: `dative`, `date`.
    public var name: String
    /// How many arguments it takes: `0...0` none, `1...1` one, `0...1` one that may be left out.
    public var arguments: ClosedRange<Int>
    /// A filter that accepts missing data (like `default`) keeps a missing path from being an error.
    public var acceptsMissing: Bool
    /// What it does to a value.
    public var apply: Apply

    /// The filter `name`, taking a number of arguments in `arguments` and doing `apply`.
    public init(_ name: String, arguments: ClosedRange<Int> = 0...0, acceptsMissing: Bool = false, apply: @escaping Apply) {
        self.name = name
        self.arguments = arguments
        self.acceptsMissing = acceptsMissing
        self.apply = apply
    }

    /// A filter that maps printed text to printed text and takes no arguments.
    public static func text(_ name: String, _ transform: @escaping @Sendable (String) -> String) -> Filter {
        Filter(name) { value, _ throws(FilterFailure) in
            guard let text = value.printed else { throw FilterFailure(.wrongValueType, "“\(name)” needs a text value, not a group of values") }
            return .text(transform(text))
        }
    }
}

/// Why a filter could not handle the value it was given.
public struct FilterFailure: Error, Sendable, Equatable {
    /// Whose mistake it is: the data's (`wrongValueType`, `invalidValue`) or the template's (`invalidArgument`).
    public let kind: Kind
    /// What is wrong, in words.
    public let message: String

    /// A failure of `kind`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

extension FilterFailure {
    /// Why a filter could not do its work.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The value is a group or list where the filter needs text.
        case wrongValueType
        /// The value is text the filter cannot read: not a date, not a number.
        case invalidValue
        /// The template gave the filter an argument it cannot use (a case that is not one).
        case invalidArgument
    }
}
