import Foundation
import MentorDocs
@testable import MentorDocsJournal
import Testing

/// Marks that cannot be right are refused with the person's place in the spec, and a command's
/// marks are recorded all together or not at all.
@Suite struct MarkingTests {
    let school = JournalFixture.exampleSchool

    func problems(_ requests: [MarkRequest], in journal: Journal) throws -> [MarkingError.Problem] {
        try #require(throws: MarkingError.self) { try journal.mark(requests, in: school) }.problems
    }

    func request(_ person: String, _ paper: PaperKind, _ event: PaperEvent.Kind = .returned, pair: String? = nil,
        on day: String = "2026-09-05") -> MarkRequest
    {
        MarkRequest(personID: person, paper: paper, pairID: pair, event: event, day: JournalFixture.day(day))
    }

    @Test func everyWrongMarkIsNamedAndNothingIsRecorded() throws {
        let fixture = JournalFixture("marking")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        try journal.record(JournalFixture.issued(on: "2026-09-01").filter { $0.personIDs != ["s4"] })
        let found = try problems([
            request("s1", .consent),
            request("s9", .consent),
            request("s3", .consentPublication),
            request("s4", .consent),
            request("e1", .agreement),
            request("s3", .agreement, .withdrawn),
            request("s2", .consent, .withdrawn),
            request("t2", .consent, on: "2026-08-01"),
            request("s3", .agreement, pair: "p1"),
            request("s3", .agreement, pair: "p9"),
        ], in: journal)
        #expect(found.map(\.kind) == [.unknownPerson, .notMadeForPerson, .neverIssued, .ambiguous, .notWithdrawable, .notReturned,
            .dayTooEarly, .unknownPair, .unknownPair])
        #expect(found[0].description == "error: there is no participant “s9” in \(school.file)")
        let s3 = try #require(school.participant("s3")).location
        #expect(found[1].description == "\(s3): error: s3: no consent-publication is made for s3 from this spec")
        #expect(found[3].message.contains("g1 with s2; g1 with s4"))
        #expect(try journal.papers().allSatisfy { $0.events.isEmpty }, "s1's good mark was rolled back with the rest")
    }

    @Test func aPaperIsMarkedOnceAndTheOtherPartyOrThePairTellsWhich() throws {
        let fixture = JournalFixture("marking-once")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        try journal.record(JournalFixture.issued(on: "2026-09-01"))
        // Both people of p2's agreement name the same paper: it is marked once.
        try journal.mark([request("s1", .agreement), request("s3", .agreement), request("s2", .agreement, pair: "g1")], in: school)
        let agreements = try journal.papers().filter { $0.key.kind == .agreement && $0.state == .returned }
        #expect(agreements.map(\.key.personIDs) == [["s1", "s3"], ["e1", "s2"]])
        #expect(agreements.allSatisfy { $0.events.count == 1 })
        #expect(try problems([request("s3", .agreement)], in: journal).map(\.kind) == [.alreadyReturned])
        // A consent named by a template's name is the person's consent.
        #expect(PaperKind(name: "consent-representative") == .consent && PaperKind(name: "plan") == nil && PaperKind(name: "x") == nil)
    }

    @Test func withdrawalsFollowTheReturn() throws {
        let fixture = JournalFixture("marking-withdraw")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        try journal.record(JournalFixture.issued(on: "2026-09-01"))
        try journal.mark([request("t1", .consentPublication, on: "2026-09-10")], in: school)
        #expect(try problems([request("t1", .consentPublication, .withdrawn, on: "2026-09-09")], in: journal).map(\.kind) == [.dayTooEarly])
        try journal.mark([request("t1", .consentPublication, .withdrawn, on: "2026-10-10")], in: school)
        #expect(try problems([request("t1", .consentPublication, .withdrawn)], in: journal).map(\.kind) == [.alreadyWithdrawn])
        #expect(try problems([request("t1", .consentPublication)], in: journal).map(\.kind) == [.alreadyWithdrawn])
    }
}
