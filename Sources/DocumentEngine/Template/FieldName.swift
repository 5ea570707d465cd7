/// A name in the data (`full_name`, `mentor`), with its hash worked out once.
///
/// A batch looks the same few names up millions of times; hashing a `String` on every look-up
/// was a fifth of rendering. The hash is Swift's own, so two names are equal exactly when their
/// strings are (canonically equivalent text included).
public struct FieldName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name as written in a tag or set in the data: `full_name`.
    public let text: String
    let hashCode: Int

    /// The name `text`, hashed once here.
    public init(_ text: String) {
        self.text = text
        self.hashCode = text.hashValue
    }

    public init(stringLiteral text: String) { self.init(text) }

    public var description: String { text }

    public static func == (left: FieldName, right: FieldName) -> Bool {
        left.hashCode == right.hashCode && left.text == right.text
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }
}
