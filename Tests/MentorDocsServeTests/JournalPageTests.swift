import Foundation
import Hummingbird
import MentorDocs
@testable import MentorDocsJournal
@testable import MentorDocsServe
import NIOCore
import Testing

/// `/journal`: who owes which paper, and the marks it records in the journal by the rules of `mark`.
@Suite struct JournalPageTests {
    /// The example school with every paper handed out on 1 September 2026, as `generate` records them.
    static func issuedSchool() throws -> TestSchool {
        let school = try TestSchool()
        let programme = try SpecReader.read(contentsOf: school.spec).0
        let day = CalendarDay(parsing: "2026-09-01")!
        let issued = DocumentPlanner.records(for: programme).map { record in
            IssuedDocument(kind: record.kind, personIDs: record.participantIDs, pairID: record.pairID,
                file: "\(record.kind.folder)/\(record.baseName).docx", day: day, sha256: SHA256.hex(of: Array(record.baseName.utf8)))
        }
        try Journal(path: Journal.path(forSpec: school.spec)).record(issued)
        return school
    }

    static func mark(_ client: SchoolClient, _ fields: [(String, String)]) async throws -> SchoolClient.Response {
        try await client.execute(uri: "/journal", method: .post, headers: client.sameOrigin,
            body: TestSchool.form([("form_token", TestSchool.formToken)] + fields))
    }

    static func paper(_ school: TestSchool, _ kind: PaperKind, _ people: [String]) throws -> Paper? {
        try Journal(path: Journal.path(forSpec: school.spec)).papers().first { $0.key.kind == kind && $0.key.personIDs == people }
    }

    @Test func withoutAJournalThePageSaysNothingWasIssued() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let response = try await client.execute(uri: "/journal", method: .get, headers: client.cookie)
            #expect(response.status == .ok)
            #expect(String(buffer: response.body).contains("Журнал ещё пуст"))
        }
        #expect(!FileManager.default.fileExists(atPath: Journal.path(forSpec: school.spec)), "the page makes no journal")
    }

    @Test func thePageShowsWhoOwesWhatPerClass() async throws {
        let school = try Self.issuedSchool()
        try await school.withClient { client in
            let page = String(buffer: try await client.execute(uri: "/journal", method: .get, headers: client.cookie).body)
            #expect(page.contains("<h2>6 «В» класс</h2>"))
            #expect(page.contains("<h2>10 «А» класс</h2>"))
            #expect(page.contains("<h2>Без класса: педагоги и другие взрослые</h2>"))
            #expect(page.contains("<tr id=\"participant-s3\"><td class=\"code\">s3</td><th scope=\"row\">Лебедев Л.Р.</th><td>Согласие на обработку ПДн</td><td>01.09.2026</td>"))
            // The partner in the instrumental case: «с Беловой Д.С.» on Лебедев's row, «с Лебедевым Л.Р.» on hers.
            #expect(page.contains("Соглашение о наставничестве (p2) с Беловой\u{00A0}Д.С."))
            #expect(page.contains("Соглашение о наставничестве (p2) с Лебедевым\u{00A0}Л.Р."))
            #expect(page.contains("не вернулся"))
            #expect(page.contains("<button type=\"submit\" name=\"event\" value=\"returned\">Вернулся подписанным</button>"))
            let oneClass = String(buffer: try await client.execute(uri: "/journal?class=6+%C2%AB%D0%92%C2%BB+%D0%BA%D0%BB%D0%B0%D1%81%D1%81&missing=1",
                method: .get, headers: client.cookie).body)
            #expect(oneClass.contains("<h2>6 «В» класс</h2>"))
            #expect(!oneClass.contains("<h2>10 «А» класс</h2>"))
            let group = String(buffer: try await client.execute(uri: "/journal?pair=g1", method: .get, headers: client.cookie).body)
            #expect(group.contains("<h2>Группа g1, работодатель – ученик</h2>"))
            #expect(group.contains("Шевчук И.Н."))
            #expect(!group.contains("Кравченко"))
        }
    }

    @Test func aReturnIsRecordedAndThenShownAndNotRecordedTwice() async throws {
        let school = try Self.issuedSchool()
        try await school.withClient { client in
            let fields = [("paper", "consent"), ("person", "s3"), ("people", "s3"), ("pair_id", ""), ("event", "returned"), ("day", "19.11.2026"),
                ("back_class", "6 «В» класс")]
            let response = try await Self.mark(client, fields)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/journal?class=6%20%C2%AB%D0%92%C2%BB%20%D0%BA%D0%BB%D0%B0%D1%81%D1%81#participant-s3")
            let page = String(buffer: try await client.execute(uri: "/journal?class=6+%C2%AB%D0%92%C2%BB+%D0%BA%D0%BB%D0%B0%D1%81%D1%81",
                method: .get, headers: client.cookie).body)
            #expect(page.contains("<td>Согласие на обработку ПДн</td><td>01.09.2026</td><td>19.11.2026</td><td>—</td><td class=\"state returned\">вернулся подписанным</td>"))
            let again = try await Self.mark(client, fields)
            #expect(again.status == .unprocessableContent)
            #expect(String(buffer: again.body).contains("Отметка не записана: Документ уже отмечен как вернувшийся."))
            let withdrawn = try await Self.mark(client, fields.map { $0.0 == "event" ? ("event", "withdrawn") : $0 }.map { $0.0 == "day" ? ("day", "2027-02-01") : $0 })
            #expect(withdrawn.status == .seeOther)
        }
        let consent = try #require(try Self.paper(school, .consent, ["s3"]))
        #expect(consent.returned == CalendarDay(parsing: "2026-11-19"))
        #expect(consent.withdrawn == CalendarDay(parsing: "2027-02-01"))
    }

    @Test func marksThatCannotBeRightAreRefusedAsMarkRefusesThem() async throws {
        let school = try Self.issuedSchool()
        let cases: [([(String, String)], String)] = [
            ([("paper", "consent"), ("person", "s4"), ("event", "withdrawn"), ("day", "2026-11-01")],
                "Отозвать можно только согласие, которое вернулось подписанным."),
            ([("paper", "consent"), ("person", "s4"), ("event", "returned"), ("day", "31.02.2026")], "даты «31.02.2026» нет"),
            ([("paper", "consent"), ("person", "s4"), ("event", "returned"), ("day", "2026-08-01")], "Дата раньше, чем документ был выдан"),
            ([("paper", "agreement"), ("person", "s4"), ("pair_id", "g1"), ("event", "withdrawn"), ("day", "2026-11-01")],
                "Отозвать можно только согласие."),
            ([("paper", "passport"), ("person", "s4"), ("event", "returned")], "форма пришла неполной"),
            ([("paper", "consent"), ("person", "s99"), ("event", "returned")], "Такого участника нет в файле школы."),
        ]
        try await school.withClient { client in
            for (fields, message) in cases {
                let response = try await Self.mark(client, fields)
                #expect(response.status == .unprocessableContent, "\(fields)")
                #expect(String(buffer: response.body).contains(message), "\(fields)")
            }
        }
        let papers = try Journal(path: Journal.path(forSpec: school.spec)).papers()
        #expect(papers.allSatisfy { $0.events.isEmpty }, "nothing was recorded")
    }

    @Test func aGroupMentorsAgreementIsMarkedForTheMenteeOnItsRow() async throws {
        let school = try Self.issuedSchool()
        try await school.withClient { client in
            let response = try await Self.mark(client, [("paper", "agreement"), ("person", "e1"), ("people", "e1,s4"), ("pair_id", "g1"),
                ("event", "returned"), ("day", "2026-11-19")])
            #expect(response.status == .seeOther)
        }
        #expect(try Self.paper(school, .agreement, ["e1", "s4"])?.state == .returned)
        #expect(try Self.paper(school, .agreement, ["e1", "s2"])?.state == .missing)
    }

    @Test func aMarkWithoutItsTokenOrFromElsewhereIsRefused() async throws {
        let school = try Self.issuedSchool()
        let fields = [("paper", "consent"), ("person", "s3"), ("event", "returned")]
        try await school.withClient { client in
            let withoutToken = try await client.execute(uri: "/journal", method: .post, headers: client.sameOrigin, body: TestSchool.form(fields))
            #expect(withoutToken.status == .forbidden)
            var foreign = client.sameOrigin
            foreign[.origin] = "http://evil.example"
            let form = TestSchool.form([("form_token", TestSchool.formToken)] + fields)
            #expect(try await client.execute(uri: "/journal", method: .post, headers: foreign, body: form).status == .forbidden)
            #expect(try await client.execute(uri: "/journal", method: .get, headers: [:]).status == .forbidden)
            let huge = TestSchool.form([("form_token", TestSchool.formToken), ("day", String(repeating: "1", count: JournalRoutes.maximumFormSize))])
            #expect(try await client.execute(uri: "/journal", method: .post, headers: client.sameOrigin, body: huge).status == .contentTooLarge)
        }
        #expect(try Self.paper(school, .consent, ["s3"])?.state == .missing)
    }
}
