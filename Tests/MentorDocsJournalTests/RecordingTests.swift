import Foundation
import MentorDocs
@testable import MentorDocsJournal
import Testing

/// What goes in comes back: the documents handed out, grouped into papers, with their events.
@Suite struct RecordingTests {
    @Test func issuedDocumentsComeBackAsRecorded() throws {
        let fixture = JournalFixture("record")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        let issued = JournalFixture.issued(on: "2026-09-01")
        try journal.record(issued)
        #expect(try journal.issuedDocuments() == issued, "the school's documents and plans too, in order, with their people in order")
    }

    @Test func eachPersonsConsentIsOnePaperWhateverItsForm() throws {
        let fixture = JournalFixture("papers")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        try journal.record(JournalFixture.issued(on: "2026-09-01"))
        let papers = try journal.papers()
        let consents = papers.filter { $0.key.kind == .consent }
        #expect(consents.map(\.key.personIDs) == [["t1"], ["t2"], ["e1"], ["s1"], ["s2"], ["s3"], ["s4"]])
        #expect(Set(consents.map(\.latest.kind)) == [.consentAdult, .consentMinor, .consentRepresentative])
        #expect(papers.allSatisfy { $0.state == .missing && $0.returned == nil && $0.withdrawn == nil })
        #expect(!papers.contains { $0.latest.kind == .plan || $0.latest.kind == .consentWithdrawal }, "not handed back signed")
        let e1 = try journal.papers(concerning: "e1").map(\.key)
        #expect(e1 == [PaperKey(kind: .consent, pairID: nil, personIDs: ["e1"]),
            PaperKey(kind: .agreement, pairID: "g1", personIDs: ["e1", "s2"]),
            PaperKey(kind: .agreement, pairID: "g1", personIDs: ["e1", "s4"])])
    }

    @Test func issuingAgainAddsAVersionOfTheSamePaper() throws {
        let fixture = JournalFixture("again")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        try journal.record(JournalFixture.issued(on: "2026-09-01"))
        try journal.mark([MarkRequest(personID: "s3", paper: .consent, event: .returned, day: JournalFixture.day("2026-09-05"))],
            in: JournalFixture.exampleSchool)
        try journal.record(JournalFixture.issued(on: "2026-09-10"))
        var consent = try #require(try journal.papers(concerning: "s3").first { $0.key.kind == .consent })
        #expect(consent.issues.map(\.day.iso) == ["2026-09-01", "2026-09-10"])
        #expect(consent.state == .returned && !consent.changedSinceReturned, "the same bytes: what was signed is what is out")
        try journal.record(JournalFixture.issued(on: "2026-09-20", digestSeed: "b"))
        consent = try #require(try journal.papers(concerning: "s3").first { $0.key.kind == .consent })
        #expect(consent.state == .returned && consent.changedSinceReturned)
        #expect(consent.firstIssued.iso == "2026-09-01" && consent.latest.day.iso == "2026-09-20")
    }

    @Test func eventsDecideTheState() throws {
        let fixture = JournalFixture("events")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        try journal.record(JournalFixture.issued(on: "2026-09-01"))
        let school = JournalFixture.exampleSchool
        try journal.mark([MarkRequest(personID: "s1", paper: .consent, event: .returned, day: JournalFixture.day("2026-09-03"))], in: school)
        try journal.mark([MarkRequest(personID: "s1", paper: .consent, event: .withdrawn, day: JournalFixture.day("2026-10-01"))], in: school)
        var consent = try #require(try journal.papers(concerning: "s1").first { $0.key.kind == .consent })
        #expect(consent.state == .withdrawn)
        #expect(consent.returned?.iso == "2026-09-03" && consent.withdrawn?.iso == "2026-10-01")
        #expect(consent.events.map(\.kind) == [.returned, .withdrawn])
        // A consent given again: handed out anew, and back.
        try journal.record(JournalFixture.issued(on: "2026-11-01").filter { $0.personIDs == ["s1"] })
        try journal.mark([MarkRequest(personID: "s1", paper: .consent, event: .returned, day: JournalFixture.day("2026-11-02"))], in: school)
        consent = try #require(try journal.papers(concerning: "s1").first { $0.key.kind == .consent })
        #expect(consent.state == .returned && consent.withdrawn == nil && consent.returned?.iso == "2026-11-02")
    }

    @Test func theReportShowsWhatIsNotIssuedAndWhatNoLongerIsInTheSpec() throws {
        let fixture = JournalFixture("report")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        var issued = JournalFixture.issued(on: "2026-09-01").filter { !$0.personIDs.contains("s4") }
        issued.append(IssuedDocument(kind: .consentAdult, personIDs: ["x9"], pairID: nil, file: "consents/x.docx",
            day: JournalFixture.day("2026-09-01"), sha256: SHA256.hex(of: [1])))
        try journal.record(issued)
        let report = SignedPapersReport(programme: JournalFixture.exampleSchool, papers: try journal.papers())
        let s4 = try #require(report.people.first { $0.participant.id == "s4" })
        #expect(s4.papers.map(\.state) == [.notIssued, .notIssued])
        #expect(report.strangers.map(\.key.personIDs) == [["x9"]])
        #expect(report.classes == ["10 «А» класс", "9 «Б» класс", "6 «В» класс"])
        #expect(report.tablesByClass().map(\.grouping) == [.studentClass("10 «А» класс"), .studentClass("9 «Б» класс"),
            .studentClass("6 «В» класс"), .noClass])
        let g1 = try #require(report.table(forPair: "g1"))
        #expect(g1.people.map(\.participant.id) == ["e1", "s2", "s4"])
        #expect(g1.people[0].papers.map(\.key.kind) == [.consent, .agreement, .agreement], "e1's consent and both agreements of g1")
        #expect(g1.outstanding().people.map(\.participant.id) == ["e1", "s2", "s4"])
        #expect(report.table(forPair: "p9") == nil && report.table(forClass: "11 «Я» класс") == nil)
    }
}
