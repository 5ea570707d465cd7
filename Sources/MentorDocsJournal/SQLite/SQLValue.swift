/// A value bound to a statement's `?` or read from a column: the journal stores whole numbers and text.
enum SQLValue: Sendable, Equatable {
    case integer(Int64)
    case text(String)
    case null

    /// Text, or null for nil.
    init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
}

extension SQLValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    init(stringLiteral value: String) { self = .text(value) }
    init(integerLiteral value: Int64) { self = .integer(value) }
}
