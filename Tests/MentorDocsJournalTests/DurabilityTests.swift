import Foundation
import MentorDocs
@testable import MentorDocsJournal
import Testing
import TestSupport

/// The journal holds personal data by id: its file is its owner's alone, and a write that fails,
/// or a process that ends mid-write, leaves what was committed before and nothing of the rest.
@Suite(.serialized) struct DurabilityTests {
    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func theFileAndItsLogAreTheOwnersOnlyWhateverTheUmask() throws {
        let fixture = JournalFixture("mode")
        defer { fixture.remove() }
        let previous = umask(0o022)
        defer { umask(previous) }
        let journal = try Journal(path: fixture.path)
        try journal.record(JournalFixture.issued(on: "2026-09-01"))
        #expect(try Self.mode(fixture.path) == 0o600)
        // While it is open, the write-ahead log and its index are there, with the database's mode.
        #expect(try Self.mode(fixture.path + "-wal") == 0o600)
        #expect(try Self.mode(fixture.path + "-shm") == 0o600)
    }

    @Test func aRecordThatFailsLeavesNothing() throws {
        let fixture = JournalFixture("rollback")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        let first = JournalFixture.issued(on: "2026-09-01")
        try journal.record(first)
        var second = JournalFixture.issued(on: "2026-09-02")
        // A digest that is not one breaks the schema's rule halfway through the batch.
        second[second.count / 2].sha256 = "not a digest"
        let error = try #require(throws: DatabaseError.self) { try journal.record(second) }
        #expect(error.kind == .constraint)
        #expect(!error.description.contains("not a digest"), "values are never in messages")
        #expect(try journal.issuedDocuments() == first)
        #expect(try Journal(path: fixture.path).issuedDocuments() == first, "and another connection sees the same")
    }

    @Test func aTransactionNeverCommittedIsGoneWhenTheJournalIsOpenedAgain() throws {
        let fixture = JournalFixture("uncommitted")
        defer { fixture.remove() }
        try Journal(path: fixture.path).record(JournalFixture.issued(on: "2026-09-01"))
        let count = JournalFixture.issued(on: "2026-09-01").count
        do {
            // A run stopped between its writes and its commit, as a crash would stop it.
            let database = try Database(path: fixture.path, create: false)
            try database.execute("BEGIN IMMEDIATE")
            try database.execute("DELETE FROM issue_person; DELETE FROM issue")
            let reader = try Journal(path: fixture.path)
            #expect(try reader.issuedDocuments().count == count, "another process never sees half a run")
        }
        #expect(try Journal(path: fixture.path).issuedDocuments().count == count)
    }

    /// Another process (Python's sqlite3, the only other SQLite client at hand) is killed in the
    /// middle of a transaction that empties the journal.
    @Test(.enabled(if: Office.which("python3") != nil))
    func aProcessKilledMidTransactionLeavesTheLastCommit() throws {
        let fixture = JournalFixture("killed")
        defer { fixture.remove() }
        try Journal(path: fixture.path).record(JournalFixture.issued(on: "2026-09-01"))
        let script = """
            import os, signal, sqlite3, sys
            connection = sqlite3.connect(sys.argv[1], isolation_level=None)
            connection.execute("PRAGMA cache_size = 1")  # spill the changes into the log before the end
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("DELETE FROM event")
            connection.execute("DELETE FROM issue_person")
            connection.execute("DELETE FROM issue")
            print(os.path.getsize(sys.argv[1] + "-wal"), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
            """
        let result = try Office.run(Office.which("python3")!, ["-c", script, fixture.path])
        #expect(result.status == SIGKILL, "\(result.error)")
        #expect((Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 0, "the deletions reached the log")
        #expect(try Journal(path: fixture.path).issuedDocuments() == JournalFixture.issued(on: "2026-09-01"))
    }

    @Test func aSecondWriterWaitsAndThenFailsAsBusy() throws {
        let fixture = JournalFixture("busy")
        defer { fixture.remove() }
        _ = try Journal(path: fixture.path)
        let holder = try Database(path: fixture.path, create: false)
        try holder.execute("BEGIN IMMEDIATE")
        defer { try? holder.execute("ROLLBACK") }
        let started = Date()
        let error = try #require(throws: DatabaseError.self) {
            try Journal(path: fixture.path).record(JournalFixture.issued(on: "2026-09-01"))
        }
        #expect(error.kind == .busy)
        #expect(Date().timeIntervalSince(started) >= Double(Database.busyTimeoutMilliseconds) / 1000 * 0.9)
    }
}
