import DocumentEngine
import Foundation
import Hummingbird
import MentorDocs
import MentorDocsJournal
@testable import MentorDocsServe
import NIOCore
import Testing
import TestSupport

/// `/monitoring`: the questionnaires through the documents form, the answer files read as
/// `mentordocs monitoring` reads them and kept in the journal, and the report of what is kept.
@Suite struct MonitoringPageTests {
    static func answers(_ client: SchoolClient, _ files: [(name: String, bytes: [UInt8], stage: String)], token: String = TestSchool.formToken)
        async throws -> SchoolClient.Response
    {
        var parts: [(name: String, fileName: String?, bytes: [UInt8])] = [("form_token", nil, Array(token.utf8))]
        for file in files { parts += [("answers", file.name, file.bytes), ("stage", nil, Array(file.stage.utf8))] }
        var (headers, body) = TestSchool.multipart(parts)
        headers[.cookie] = client.sameOrigin[.cookie]
        headers[.origin] = client.sameOrigin[.origin]
        return try await client.execute(uri: "/monitoring/answers", method: .post, headers: headers, body: body)
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.root + "/Fixtures/example-answers/" + name)))
    }

    @Test func thePageOffersTheQuestionnairesTheUploadAndTheReport() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let page = String(buffer: try await client.execute(uri: "/monitoring", method: .get, headers: client.cookie).body)
            #expect(page.contains("<a href=\"/monitoring\" aria-current=\"page\">Мониторинг</a>"))
            #expect(page.contains("<input type=\"hidden\" name=\"group\" value=\"questionnaires\">"))
            #expect(page.contains("<form method=\"post\" action=\"/monitoring/answers\" enctype=\"multipart/form-data\" class=\"entry\">"))
            #expect(page.contains("<option value=\"exit\">на выходе</option>"))
            #expect(page.contains("Ответов в журнале: 0 «на входе», 0 «на выходе»."))
            #expect(page.contains("<button type=\"submit\" name=\"format\" value=\"odt\" class=\"secondary\">Отчёт: LibreOffice (ODT)</button>"))
        }
        #expect(!FileManager.default.fileExists(atPath: Journal.path(forSpec: school.spec)), "the page makes no journal")
    }

    @Test func aPairsQuestionnairesAreItsPeoplesAsThePlannerPlansThem() async throws {
        let school = try TestSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.questionnaire], pairs: ["p2"]))
        #expect(Set(records.flatMap(\.participantIDs)) == ["s1", "s3"])
        #expect(records.count == 4, "each of the two, at each stage")
        let zip = try await school.withClient { client in
            try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: TestSchool.form([
                ("form_token", TestSchool.formToken), ("group", "questionnaires"), ("who", "pair"), ("pair", "p2"), ("format", "docx"),
                ("files", "separate")]))
        }
        #expect(zip.status == .ok)
        let archive = try ArchiveReader(bytes: Array(buffer: zip.body), file: "documents.zip")
        #expect(archive.entries.map(\.name) == records.map { "\($0.kind.folder)/\($0.baseName).docx" } + [Manifest.fileName])
    }

    @Test func answerFilesAreKeptInTheJournalAndTheReportIsTheLibrarys() async throws {
        let school = try TestSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let entry = try Self.fixture("entry.csv"), exit = try Self.fixture("exit.csv")
        let report = try await school.withClient { client in
            let kept = try await Self.answers(client, [("entry.csv", entry, ""), ("exit.csv", exit, "")])
            #expect(kept.status == .ok)
            let page = String(buffer: kept.body)
            #expect(page.contains("Ответы прочитаны и сохранены в журнале. Прочитано ответов: 7 «на входе», 7 «на выходе»."))
            #expect(page.contains("Ответов в журнале: 7 «на входе», 7 «на выходе»."))
            return try await client.execute(uri: "/monitoring/report", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken), ("format", "docx")]))
        }
        let stored = try #require(try Journal.existing(at: Journal.path(forSpec: school.spec))).responses()
        var reader = AnswerImport(programme: programme)
        reader.read(bytes: entry, file: "entry.csv")
        reader.read(bytes: exit, file: "exit.csv")
        #expect(Set(stored.map { "\($0.participantID) \($0.stage)" }) == Set(reader.responses.map { "\($0.participantID) \($0.stage)" }))
        #expect(report.status == .ok)
        let expected = try MonitoringReport.document(for: programme, responses: stored, format: .docx, on: .today)
        let name = try #require(expected.fileName.split(separator: "/").last)
        #expect(report.headers[.contentDisposition] == "attachment; filename=\"file.docx\"; filename*=UTF-8''" + Link.encoded(String(name)))
        let part = { (bytes: [UInt8]) in String(decoding: try ArchiveReader(bytes: bytes, file: "r.docx").read("word/document.xml"), as: UTF8.self) }
        #expect(try part(Array(buffer: report.body)) == part(expected.bytes), "the report is the one `monitoring --out` writes")
    }

    @Test func eachFilesStageIsTheOneChosenBesideIt() async throws {
        let school = try TestSchool()
        // entry.csv without its column «Этап»: the stage comes from the form.
        let text = String(decoding: try Self.fixture("entry.csv"), as: UTF8.self).split(separator: "\n").map { line in
            line.replacingOccurrences(of: ",на входе,", with: ",").replacingOccurrences(of: "ФИО,Этап,", with: "ФИО,")
        }.joined(separator: "\n")
        try await school.withClient { client in
            let unknown = try await Self.answers(client, [("без-этапа.csv", Array(text.utf8), "")])
            #expect(unknown.status == .unprocessableContent)
            #expect(String(buffer: unknown.body).contains("<span class=\"place\">без-этапа.csv</span><p class=\"message\">Не указан этап анкетирования. Добавьте столбец «Этап»"))
            let chosen = try await Self.answers(client, [("без-этапа.csv", Array(text.utf8), "exit")])
            #expect(chosen.status == .ok)
            #expect(String(buffer: chosen.body).contains("Прочитано ответов: 0 «на входе», 7 «на выходе»."))
        }
    }

    @Test func answersWithProblemsAreListedByRowAndNothingIsKept() async throws {
        let school = try TestSchool()
        let answers = "ФИО,Этап,meetings-mentee\nЛебедев Лев Романович,на выходе,11\nНиктов Никита,на выходе,5\n"
        try await school.withClient { client in
            let refused = try await Self.answers(client, [("answers.csv", Array(answers.utf8), ""), ("entry.csv", try Self.fixture("entry.csv"), "")])
            #expect(refused.status == .unprocessableContent)
            let page = String(buffer: refused.body)
            #expect(page.contains("Ответы не сохранены"))
            #expect(page.contains("<span class=\"place\">answers.csv:2:3</span>"))
            #expect(page.contains("<span class=\"place\">answers.csv:3</span>"))
            #expect(!page.contains("Никтов") && !page.contains("Лебедев"), "no name is quoted")
            #expect(page.contains("Ответов в журнале: 0 «на входе», 0 «на выходе»."))
            let none = try await Self.answers(client, [("", [], "")])
            #expect(none.status == .unprocessableContent)
            #expect(String(buffer: none.body).contains("Выберите хотя бы один файл с ответами."))
            #expect(try await Self.answers(client, [("entry.csv", try Self.fixture("entry.csv"), "")], token: "wrong").status == .forbidden)
            let huge = try await Self.answers(client, [("big.csv", [UInt8](repeating: 65, count: MonitoringRoutes.maximumUploadSize + 1), "")])
            #expect(huge.status == .contentTooLarge)
            let badFormat = try await client.execute(uri: "/monitoring/report", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken), ("format", "xlsx")]))
            #expect(badFormat.status == .badRequest)
            var foreign = client.sameOrigin
            foreign[.origin] = "http://evil.example"
            let report = TestSchool.form([("form_token", TestSchool.formToken), ("format", "docx")])
            #expect(try await client.execute(uri: "/monitoring/report", method: .post, headers: foreign, body: report).status == .forbidden)
            #expect(try await client.execute(uri: "/monitoring", method: .get, headers: [:]).status == .forbidden)
        }
        #expect(try Journal.existing(at: Journal.path(forSpec: school.spec))?.responses().isEmpty ?? true, "nothing was kept")
    }
}
