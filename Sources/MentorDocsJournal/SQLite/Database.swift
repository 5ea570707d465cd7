#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSQLiteShim

/// One connection to an SQLite database file, set up for a small journal that must outlive a crash
/// or a power cut: write-ahead log, every commit synced, a wait when another process is writing.
final class Database {
    let handle: OpaquePointer
    /// The file's name without its folder: what messages name.
    let fileName: String

    /// How long a command waits for another one writing the same journal before giving up.
    static let busyTimeoutMilliseconds: Int32 = 5000

    /// Opens the database at `path`. With `create`, a missing file is made first, empty and readable
    /// by its owner only (SQLite would make it with the umask's mode, usually 0644, and its `-wal`
    /// and `-shm` files take the database file's mode).
    init(path: String, create: Bool) throws(DatabaseError) {
        fileName = path.split(separator: "/").last.map(String.init) ?? path
        if create { try Self.createPrivately(path, fileName: fileName) }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(handle)
            throw DatabaseError(.cannotOpen, file: fileName, code: code, "cannot open the database: \(message)")
        }
        self.handle = handle
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds)
        // The write-ahead log: a crash mid-write leaves the last committed state, and a reader
        // (`status`) never blocks a writer. FULL syncs the log at every commit, so a mark the command
        // has confirmed survives a power cut too; NORMAL could lose the last commits then. A command
        // commits once, so the cost is one sync per command.
        try execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON")
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs one or more statements that bind nothing (schema, pragmas, transaction control).
    func execute(_ sql: String) throws(DatabaseError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code) }
    }

    func prepare(_ sql: String) throws(DatabaseError) -> Statement {
        try Statement(sql, in: self)
    }

    /// Runs `body` in one transaction: all its writes are committed together, or none is.
    ///
    /// `BEGIN IMMEDIATE` takes the write lock at the start, so a second writer waits for the busy
    /// timeout there, rather than failing halfway when a read would have to become a write.
    func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // SQLite may have rolled the transaction back itself (a full disk, say).
            if sqlite3_get_autocommit(handle) == 0 { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// The schema's version, kept in the file's header (`PRAGMA user_version`).
    func userVersion() throws(DatabaseError) -> Int32 {
        let statement = try prepare("PRAGMA user_version")
        return try statement.rows { Int32(truncatingIfNeeded: $0.integer(0)) }.first ?? 0
    }

    func setUserVersion(_ version: Int32) throws(DatabaseError) {
        try execute("PRAGMA user_version = \(version)")
    }

    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The error SQLite reported with `code`, with its message for this connection.
    func error(_ code: Int32) -> DatabaseError {
        let message = String(cString: sqlite3_errmsg(handle))
        let kind: DatabaseError.Kind = switch code & 0xff {
        case SQLITE_BUSY, SQLITE_LOCKED: .busy
        case SQLITE_NOTADB, SQLITE_CORRUPT: .notADatabase
        case SQLITE_CONSTRAINT: .constraint
        case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_AUTH: .cannotWrite
        default: .failed
        }
        let explanation = switch kind {
        case .busy: "another mentordocs is writing the journal (\(message)); try again when it is done"
        case .notADatabase: "this is not a journal database, or it is damaged (\(message))"
        default: message
        }
        return DatabaseError(kind, file: fileName, code: code, explanation)
    }

    /// Makes an empty file with mode 0600 unless one is there; the umask can only narrow the mode.
    private static func createPrivately(_ path: String, fileName: String) throws(DatabaseError) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if descriptor >= 0 {
            close(descriptor)
            return
        }
        guard errno == EEXIST else {
            throw DatabaseError(.cannotOpen, file: fileName, "cannot create the database: \(String(cString: strerror(errno)))")
        }
    }
}
