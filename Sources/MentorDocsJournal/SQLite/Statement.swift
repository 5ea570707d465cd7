import CSQLiteShim

/// A prepared SQL statement of one database: bound, stepped through its rows, finalized when dropped.
final class Statement {
    private let handle: OpaquePointer
    private let database: Database

    init(_ sql: String, in database: Database) throws(DatabaseError) {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v2(database.handle, sql, -1, &handle, nil)
        guard code == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw database.error(code)
        }
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` to the statement's parameters in order, after clearing the previous run.
    func bind(_ values: [SQLValue]) throws(DatabaseError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code = switch value {
            case .integer(let number): sqlite3_bind_int64(handle, index, number)
            case .text(let text): sqlite3_bind_text(handle, index, text, -1, mentordocs_sqlite_transient())
            case .null: sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw database.error(code) }
        }
    }

    /// Moves to the next row: true when there is one, false when the statement is done.
    func step() throws(DatabaseError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = database.error(code)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to its end with `values`, ignoring any rows.
    func run(_ values: [SQLValue] = []) throws(DatabaseError) {
        try bind(values)
        while try step() {}
    }

    /// Every row the statement gives with `values`, each read by `read`.
    func rows<Row>(_ values: [SQLValue] = [], read: (Statement) -> Row) throws(DatabaseError) -> [Row] {
        try bind(values)
        var rows: [Row] = []
        while try step() { rows.append(read(self)) }
        return rows
    }

    func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func text(_ column: Int32) -> String? {
        guard let characters = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: characters)
    }
}
