/// A part of a template that is not well-formed (or not safe) XML.
public struct XMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var part: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(part):\(line):\(column): \(message)" }
}
