/// Why the journal's database could not be opened, read or written. The message names the database
/// file and what SQLite said, never a value that was being stored.
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, for a caller to act on without reading the message.
    public let kind: Kind
    /// The database file's name (without its folder).
    public let file: String
    /// SQLite's result code, or 0 when the error is not SQLite's.
    public let code: Int32
    /// What happened.
    public let message: String

    /// An error of `kind` on the database `file`.
    public init(_ kind: Kind, file: String, code: Int32 = 0, _ message: String) {
        self.kind = kind
        self.file = file
        self.code = code
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}

extension DatabaseError {
    /// What stands in the way, named for what a caller does about it.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The file cannot be created or opened: permissions, a missing folder.
        case cannotOpen
        /// The file cannot be written or read: permissions, a read-only or full disk, an I/O error.
        case cannotWrite
        /// The file is not an SQLite database, or is damaged.
        case notADatabase
        /// Another process holds the database longer than the busy timeout.
        case busy
        /// A write broke a rule of the schema (a missing row, a value out of range).
        case constraint
        /// The database was made by a newer mentordocs, whose schema this one does not know.
        case newerSchema
        /// Anything else SQLite refused.
        case failed
    }
}
