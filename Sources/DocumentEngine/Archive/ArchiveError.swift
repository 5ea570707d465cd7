/// A problem with a template archive, said with the file and, where known, the part.
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for a caller to act on without reading the message.
    public let kind: Kind
    /// The archive's name, as the caller gave it.
    public let file: String
    /// The entry the problem is in, when it is in one.
    public let part: String?
    /// What went wrong, in words for the person who sent the file.
    public let message: String

    /// An archive error of `kind`, in `file` (and `part`, if the problem is in one entry).
    public init(_ kind: Kind, file: String, part: String? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.part = part
        self.message = message
    }

    public var description: String {
        if let part { return "\(file): \(part): \(message)" }
        return "\(file): \(message)"
    }
}

extension ArchiveError {
    /// What is wrong with an archive, named for what a caller does about it: refuse a hostile or
    /// oversized upload, ask for the file to be saved again, or report a fault of its own.
    public enum Kind: Sendable, Equatable, Hashable {
        /// Not a zip archive at all (or so truncated that no directory is left): not a DOCX or ODT.
        case notAZip
        /// A zip archive, but truncated or corrupt: its directory is inconsistent, a checksum
        /// fails, an entry cannot be read.
        case damaged
        /// libzip could not open it for a reason of its own.
        case unreadable
        /// An entry is encrypted: the document was saved with a password.
        case encrypted
        /// An entry's name is absolute or climbs out with `..`: a hostile archive.
        case unsafeEntryName
        /// The same entry twice.
        case duplicatePart
        /// More entries than `ArchiveLimits.maximumEntryCount`.
        case tooManyEntries
        /// An entry, or all together, would inflate past the size caps of `ArchiveLimits`.
        case tooLarge
        /// A large entry inflates far more than documents do (`ArchiveLimits.maximumCompressionRatio`).
        case zipBomb
        /// A part that was asked for is not in the archive.
        case missingPart
        /// Writing an archive failed (libzip, memory, or a writer used after `finish`).
        case writeFailed
    }
}
