import CalendarDays
import Foundation
import Hummingbird
import NIOCore
import MentorDocs
import MentorDocsJournal
@testable import MentorDocsServe
import Testing

/// `/participants`' filters by form and by what is owed, as the journal says.
@Suite struct ParticipantFiltersTests {
    static func ids(in page: String) -> Set<String> {
        Set(page.matches(of: /<td class="code">([^<]+)<\/td>/).map { String($0.output.1) })
    }

    @Test func theFormFilterShowsThePeopleOfItsPairsAndGroups() async throws {
        let school = try TestSchool()
        let page = try await school.withClient { client in
            String(buffer: try await client.execute(uri: "/participants?form=%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D0%BA+%E2%80%93+%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D0%BA",
                method: .get, headers: client.cookie).body)
        }
        #expect(Self.ids(in: page) == ["s1", "s3"])
        #expect(page.contains("<option value=\"ученик – ученик\" selected>ученик – ученик</option>"))
    }

    @Test func theMissingFilterFollowsTheJournalAtOnce() async throws {
        let school = try JournalPageTests.issuedSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let missing = "/participants?missing=1"
        try await school.withClient { client in
            func shown() async throws -> Set<String> {
                Self.ids(in: String(buffer: try await client.execute(uri: missing, method: .get, headers: client.cookie).body))
            }
            let before = try await shown()
            #expect(before.contains("s3"))
            #expect(before == Set(programme.participants.map(\.id)), "everything issued, nothing back yet")
            // s3's papers come back signed: the same address no longer lists s3, though the spec did not change.
            let day = CalendarDay(parsing: "2026-09-10")!
            let owed = SignedPapersReport(programme: programme, papers: try Journal(path: Journal.path(forSpec: school.spec)).papers())
                .people.first { $0.participant.id == "s3" }!.papers.map(\.key.kind)
            try Journal(path: Journal.path(forSpec: school.spec)).mark(
                owed.map { MarkRequest(personID: "s3", paper: $0, event: .returned, day: day) }, in: programme)
            let after = try await shown()
            #expect(!after.contains("s3") && after.count == before.count - 1)
        }
    }
}
