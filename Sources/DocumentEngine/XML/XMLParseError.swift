/// A part of a template that is not well-formed (or not safe) XML.
public struct XMLParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong with the part.
    public let kind: Kind
    /// The part, such as `word/document.xml`.
    public let part: String
    /// The line of the part, counting from 1.
    public let line: Int
    /// The character on the line, counting from 1.
    public let column: Int
    /// What is wrong, in words.
    public let message: String

    /// An XML error of `kind` at `line` and `column` of `part`.
    public init(_ kind: Kind, part: String, line: Int, column: Int, message: String) {
        self.kind = kind
        self.part = part
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(part):\(line):\(column): \(message)" }
}

extension XMLParseError {
    /// Why a part's XML is refused.
    public enum Kind: Sendable, Equatable, Hashable {
        /// Not well-formed XML: a damaged or hand-edited part.
        case malformed
        /// The part declares a DOCTYPE, the way entity attacks (XXE, billion laughs) start: refused
        /// before it is parsed.
        case doctype
        /// The parser could not be started: the machine is out of memory.
        case outOfMemory
    }
}
