/// Why documents could not be written where they were asked for.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What stands in the way, for a caller to act on without reading the message.
    public let kind: Kind
    /// What happened, naming the file or folder (and records by id and surname only).
    public let message: String

    /// An output error of `kind`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

extension OutputError {
    /// What stands in the way of writing, named for what a caller does about it.
    public enum Kind: Sendable, Equatable, Hashable {
        /// A file is there already and replacing was not asked for; nothing was replaced.
        case exists
        /// Two records would go into one file; nothing was written.
        case sameTarget
        /// A path that should be a folder is a file.
        case notAFolder
        /// A file or folder cannot be created or written: permissions, a full disk, a missing
        /// parent folder.
        case notWritable
        /// PDF was asked for and LibreOffice is not installed.
        case converterMissing
        /// LibreOffice ran but did not make a PDF, or the PDF it made cannot be read.
        case conversionFailed
    }
}
