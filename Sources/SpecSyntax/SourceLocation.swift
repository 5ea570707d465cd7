/// A place in a text file: 1-based line and column, columns counting characters, not bytes.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's name, as the caller gave it.
    public let file: String
    /// The line, counting from 1.
    public let line: Int
    /// The character on the line, counting from 1.
    public let column: Int

    /// The place at `line` and `column` of `file`.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
