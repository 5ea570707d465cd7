/// A problem with a template archive, said with the file and, where known, the part.
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var part: String?
    public var message: String

    public init(file: String, part: String? = nil, _ message: String) {
        self.file = file
        self.part = part
        self.message = message
    }

    public var description: String {
        if let part { return "\(file): \(part): \(message)" }
        return "\(file): \(message)"
    }
}
