/// A named transformation of a value, used as `{{ value | name: argument }}`.
///
/// A filter must be pure: the same value and arguments always give the same result. A renderer
/// remembers each tag's last result and prints it again when the same value comes back.
public struct Filter: Sendable {
    public typealias Apply = @Sendable (_ value: TemplateValue, _ arguments: [TemplateValue]) throws(FilterFailure) -> TemplateValue

    public var name: String
    public var arguments: ClosedRange<Int>
    /// A filter that accepts missing data (like `default`) keeps a missing path from being an error.
    public var acceptsMissing: Bool
    public var apply: Apply

    public init(_ name: String, arguments: ClosedRange<Int> = 0...0, acceptsMissing: Bool = false, apply: @escaping Apply) {
        self.name = name
        self.arguments = arguments
        self.acceptsMissing = acceptsMissing
        self.apply = apply
    }

    /// A filter that maps printed text to printed text and takes no arguments.
    public static func text(_ name: String, _ transform: @escaping @Sendable (String) -> String) -> Filter {
        Filter(name) { value, _ throws(FilterFailure) in
            guard let text = value.printed else { throw FilterFailure("“\(name)” needs a text value, not a group of values") }
            return .text(transform(text))
        }
    }
}

/// Why a filter could not handle the value it was given.
public struct FilterFailure: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
