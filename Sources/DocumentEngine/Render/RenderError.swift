/// Why a record could not fill a template: every missing value and failed filter, found in one pass.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var location: TagLocation
        public var message: String
        public var description: String { "\(location): \(message)" }
    }

    public var file: String
    public var problems: [Problem]

    public var description: String { problems.map { "\(file): \($0)" }.joined(separator: "\n") }
}
