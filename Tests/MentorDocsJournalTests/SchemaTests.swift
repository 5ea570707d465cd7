import Foundation
@testable import MentorDocsJournal
import Testing

/// The journal's file: made with its tables on first use, brought up to date from an older version,
/// refused when newer than this mentordocs or not a database at all.
@Suite struct SchemaTests {
    @Test func aNewJournalHasTheLatestSchema() throws {
        let fixture = JournalFixture("schema")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        #expect(try journal.database.userVersion() == JournalSchema.migrations.last!.version)
        let tables = try journal.database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").rows { $0.text(0) ?? "" }
        #expect(tables == ["answer", "event", "issue", "issue_person"])
        let mode = try journal.database.prepare("PRAGMA journal_mode").rows { $0.text(0) ?? "" }
        #expect(mode == ["wal"])
        let synchronous = try journal.database.prepare("PRAGMA synchronous").rows { $0.integer(0) }
        #expect(synchronous == [2], "FULL")
    }

    @Test func anOlderJournalIsMigratedWithItsDataKept() throws {
        let fixture = JournalFixture("migrate")
        defer { fixture.remove() }
        do {
            let old = try Journal(path: fixture.path, migrations: JournalSchema.migrations)
            try old.record(JournalFixture.issued(on: "2026-09-01"))
        }
        let next = Migration(version: JournalSchema.migrations.last!.version + 1, sql: "ALTER TABLE issue ADD COLUMN note TEXT")
        let journal = try Journal(path: fixture.path, migrations: JournalSchema.migrations + [next])
        #expect(try journal.database.userVersion() == next.version)
        #expect(try journal.issuedDocuments() == JournalFixture.issued(on: "2026-09-01"))
        let columns = try journal.database.prepare("SELECT name FROM pragma_table_info('issue')").rows { $0.text(0) ?? "" }
        #expect(columns.contains("note"))
    }

    @Test func aMigrationThatFailsLeavesTheOldVersion() throws {
        let fixture = JournalFixture("migrate-fails")
        defer { fixture.remove() }
        _ = try Journal(path: fixture.path)
        let latest = JournalSchema.migrations.last!.version
        let steps = [
            Migration(version: latest + 1, sql: "CREATE TABLE extra (id INTEGER PRIMARY KEY)"),
            Migration(version: latest + 2, sql: "ALTER TABLE no_such_table ADD COLUMN x TEXT"),
        ]
        #expect(throws: DatabaseError.self) { try Journal(path: fixture.path, migrations: JournalSchema.migrations + steps) }
        let journal = try Journal(path: fixture.path)
        #expect(try journal.database.userVersion() == latest)
        let extra = try journal.database.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").rows { $0.integer(0) }
        #expect(extra == [0], "the first step was rolled back with the second")
    }

    @Test func aJournalFromANewerMentordocsIsRefused() throws {
        let fixture = JournalFixture("newer")
        defer { fixture.remove() }
        let future = Migration(version: 99, sql: "CREATE TABLE later (id INTEGER)")
        _ = try Journal(path: fixture.path, migrations: JournalSchema.migrations + [future])
        let error = try #require(throws: DatabaseError.self) { try Journal(path: fixture.path) }
        #expect(error.kind == .newerSchema)
        #expect(error.description.hasPrefix("school.journal.sqlite: "))
        #expect(!error.description.contains(fixture.folder), "the file's name, not where it is")
    }

    @Test func aFileThatIsNoDatabaseIsRefused() throws {
        let fixture = JournalFixture("notdb")
        defer { fixture.remove() }
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: fixture.path))
        let error = try #require(throws: DatabaseError.self) { try Journal(path: fixture.path) }
        #expect(error.kind == .notADatabase)
    }

    @Test func noJournalIsMadeWhereNoneIsAskedFor() throws {
        let fixture = JournalFixture("existing")
        defer { fixture.remove() }
        #expect(try Journal.existing(at: fixture.path) == nil)
        #expect(!FileManager.default.fileExists(atPath: fixture.path))
    }

    @Test func theJournalLivesBesideTheSpec() {
        #expect(Journal.path(forSpec: "school.spec") == "school.journal.sqlite")
        #expect(Journal.path(forSpec: "/srv/школа 99/school.spec") == "/srv/школа 99/school.journal.sqlite")
        #expect(Journal.path(forSpec: "specs.d/school") == "specs.d/school.journal.sqlite")
        #expect(Journal.path(forSpec: "dir/.spec") == "dir/.spec.journal.sqlite")
    }
}
