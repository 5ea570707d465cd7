/// One step of the journal's schema: the SQL that takes a database from the version before to `version`.
struct Migration: Sendable {
    let version: Int32
    let sql: String
}

extension Migration {
    /// Brings `database` up to the last of `migrations` (in ascending versions), all steps in one
    /// transaction: a step that fails leaves the database as it was. The version is the file's
    /// `user_version`; a new, empty file has 0. A journal already up to date is only read, so
    /// opening it does not wait for another process writing it.
    static func migrate(_ database: Database, with migrations: [Migration]) throws {
        let latest = migrations.last?.version ?? 0
        guard try checked(database.userVersion(), latest: latest, database) < latest else { return }
        try database.transaction {
            // Read again under the write lock: another process may have migrated it meanwhile.
            let current = try checked(database.userVersion(), latest: latest, database)
            for migration in migrations where migration.version > current {
                try database.execute(migration.sql)
                try database.setUserVersion(migration.version)
            }
        }
    }

    private static func checked(_ current: Int32, latest: Int32, _ database: Database) throws -> Int32 {
        guard current <= latest else {
            throw DatabaseError(.newerSchema, file: database.fileName,
                "the journal has schema version \(current), made by a newer mentordocs; this one knows up to \(latest)")
        }
        return current
    }
}
