import Foundation
import MentorDocs
@testable import MentorDocsJournal
import Testing

/// The answers to the questionnaires kept in the journal: read back whole, replaced when read again.
@Suite struct AnswerKeepingTests {
    @Test func answersReadAgainReplaceTheEarlierOnesInsteadOfAddingToThem() throws {
        let fixture = JournalFixture("answers")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        let entry = Response(participantID: "s3", stage: .entry, scores: ["study-skills": 4], texts: ["expectations": "Подтянуть оценки"])
        let exit = Response(participantID: "s3", stage: .exit, scores: ["study-skills": 7, "meetings-mentee": 9])
        try journal.store([entry, exit])
        try journal.store([exit])
        #expect(try journal.responses() == [entry, exit])
        let corrected = Response(participantID: "s3", stage: .exit, scores: ["study-skills": 8])
        try journal.store([corrected])
        #expect(try journal.responses() == [entry, corrected])
        let rows = try journal.database.prepare("SELECT count(*) FROM answer").rows { $0.integer(0) }
        #expect(rows == [3])
        // What the command does with the answers it reads before keeping them.
        #expect(Response.replacing(try journal.responses(), with: [exit]) == [entry, exit])
    }

    @Test func aMarkOutsideTheScaleIsRefusedByTheSchemaToo() throws {
        let fixture = JournalFixture("answers-check")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        #expect(throws: (any Error).self) { try journal.store([Response(participantID: "s1", stage: .exit, scores: ["x": 11])]) }
        #expect(try journal.responses().isEmpty)
    }
}
