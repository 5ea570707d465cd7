import DocumentEngine
import Foundation
import Hummingbird
import MentorDocs
import MentorDocsJournal
@testable import MentorDocsServe
import NIOCore
import Testing
import TestSupport

/// The school's own questions: the built-in catalogue downloaded from the templates page, an edited
/// one uploaded (read by `QuestionCatalogueReader` first, kept as `templates/questions.spec` only
/// without an error), then asked everywhere the page asks questions.
@Suite struct SchoolQuestionsPageTests {
    static let own = """
        extends: built-in
        blocks:
          - { id: club, title: Школьный клуб }
        questions:
          - { id: club-fun, block: club, text: Интересно ли вам в школьном клубе?, answer: scale }

        """

    static func upload(_ client: SchoolClient, _ bytes: [UInt8], fileName: String = "questions.spec", token: String = TestSchool.formToken,
        origin: String = "http://localhost") async throws -> SchoolClient.Response
    {
        var (headers, body) = TestSchool.multipart([("form_token", nil, Array(token.utf8)), ("questions", fileName, bytes)])
        headers[.cookie] = client.sameOrigin[.cookie]
        headers[.origin] = origin
        return try await client.execute(uri: "/templates/questions", method: .post, headers: headers, body: body)
    }

    @Test func theBuiltInCatalogueDownloadsAndThePagesSayItIsAsked() async throws {
        let school = try TestSchool()
        let (templates, builtIn, own, monitoring) = try await school.withClient { client in
            (try await client.execute(uri: "/templates", method: .get, headers: client.cookie),
             try await client.execute(uri: "/templates/built-in/questions.spec", method: .get, headers: client.cookie),
             try await client.execute(uri: "/templates/questions.spec", method: .get, headers: client.cookie),
             try await client.execute(uri: "/monitoring", method: .get, headers: client.cookie))
        }
        let page = String(buffer: templates.body)
        #expect(page.contains("<a href=\"/templates/built-in/questions.spec\">Встроенные вопросы (questions.spec)</a>"))
        #expect(page.contains("Анкеты задают встроенные вопросы."))
        #expect(page.contains("<form method=\"post\" action=\"/templates/questions\" enctype=\"multipart/form-data\" class=\"questions-upload\">"))
        #expect(builtIn.status == .ok && Array(buffer: builtIn.body) == QuestionCatalogue.builtInFile)
        #expect(builtIn.headers[.contentDisposition] == "attachment; filename=\"questions.spec\"")
        #expect(own.status == .notFound, "the school has none yet")
        #expect(String(buffer: monitoring.body).contains("Вопросы анкет — встроенные (вопросов: \(QuestionCatalogue.builtIn.questions.count))."))
    }

    @Test func anUploadedCatalogueIsKeptAndAskedEverywhere() async throws {
        let school = try TestSchool()
        let file = school.folder + "/templates/questions.spec"
        let count = QuestionCatalogue.builtIn.questions.count + 1
        try await school.withClient { client in
            let kept = try await Self.upload(client, Array(Self.own.utf8), fileName: "Наши вопросы.spec")
            #expect(kept.status == .ok)
            #expect(String(buffer: kept.body).contains("Вопросы из файла «Наши вопросы.spec» приняты (вопросов: \(count))"))
            #expect(String(buffer: kept.body).contains("Анкеты задают свои вопросы школы"))
            #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.own)
            let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
            #expect(mode == 0o600)
            let download = try await client.execute(uri: "/templates/questions.spec", method: .get, headers: client.cookie)
            #expect(String(buffer: download.body) == Self.own)
            let monitoring = String(buffer: try await client.execute(uri: "/monitoring", method: .get, headers: client.cookie).body)
            #expect(monitoring.contains("Вопросы анкет — свои вопросы школы (файл questions.spec в папке templates, вопросов: \(count))."))
            // The questionnaires ask it: s1 is a mentee of a pair «ученик – ученик».
            let zip = try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: TestSchool.form([
                ("form_token", TestSchool.formToken), ("kind", "questionnaire"), ("who", "pair"), ("pair", "p2"), ("format", "docx"),
                ("files", "merge")]))
            let archive = try ArchiveReader(bytes: Array(buffer: zip.body), file: "documents.zip")
            let questionnaire = try #require(archive.entries.first { $0.name.hasSuffix(".docx") })
            #expect(String(decoding: try ArchiveReader(bytes: try archive.read(questionnaire.name), file: "q.docx").read("word/document.xml"),
                as: UTF8.self).contains("Интересно ли вам в школьном клубе?"))
            // The answer sheets have its column, and an answer to it is read and kept.
            let sheets = try await AnswerSheetPageTests.sheets(client, [("who", "everyone"), ("format", "xlsx")])
            let sheetArchive = try ArchiveReader(bytes: Array(buffer: sheets.body), file: "documents.zip")
            let entry = try sheetArchive.read(try #require(sheetArchive.entries.first { $0.name.hasSuffix("на входе.xlsx") }).name)
            let rows = try WorkbookReader.read(bytes: entry, file: "entry.xlsx").sheets[0].rows
            let column = try #require(rows[0].cells.map(\.text).firstIndex(of: "Интересно ли вам в школьном клубе?")) + 1
            let row = try #require(rows.first { $0.cells.first?.text == "s3" }).number
            let filled = try TypedCells.typing([TypedCells.place(column: column, row: row): .number(9)], into: entry)
            let answered = try await MonitoringPageTests.answers(client, [("ответы.xlsx", filled, "")])
            #expect(answered.status == .ok)
            // The report is made with the school's questions.
            let report = try await client.execute(uri: "/monitoring/report", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken), ("format", "docx")]))
            #expect(report.status == .ok)
            let text = String(decoding: try ArchiveReader(bytes: Array(buffer: report.body), file: "r.docx").read("word/document.xml"), as: UTF8.self)
            #expect(text.contains("Школьный клуб"))
        }
        let stored = try #require(try Journal.existing(at: Journal.path(forSpec: school.spec))).responses()
        #expect(stored.first { $0.participantID == "s3" }?.scores["club-fun"] == 9)
    }

    @Test func aCatalogueWithErrorsIsRefusedWithEachPlaceAndNothingIsKept() async throws {
        let school = try TestSchool()
        let file = school.folder + "/templates/questions.spec"
        let broken = Self.own.replacing("answer: scale", with: "answer: points").replacing("block: club", with: "block: nowhere")
        try await school.withClient { client in
            #expect(try await Self.upload(client, Array(Self.own.utf8)).status == .ok)
            let refused = try await Self.upload(client, Array(broken.utf8), fileName: "вопросы.spec")
            #expect(refused.status == .unprocessableContent)
            let page = String(buffer: refused.body)
            #expect(page.contains("Вопросы из файла «вопросы.spec» не приняты"))
            #expect(page.contains("<span class=\"place\">строка 5, столбец "), "\(page)")
            #expect(page.contains("«points» — не вид ответа.") && page.contains("Раздела вопросов «nowhere» нет."))
            let none = try await Self.upload(client, [])
            #expect(none.status == .unprocessableContent && String(buffer: none.body).contains("Выберите файл вопросов."))
            #expect(try await Self.upload(client, Array(Self.own.utf8), token: "wrong").status == .forbidden)
            #expect(try await Self.upload(client, Array(Self.own.utf8), origin: "http://evil.example").status == .forbidden)
            let huge = try await Self.upload(client, [UInt8](repeating: 35, count: TemplatesRoutes.maximumQuestionsSize + 1))
            #expect(huge.status == .contentTooLarge)
            #expect(try await client.execute(uri: "/templates/questions.spec", method: .get, headers: [:]).status == .forbidden)
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.own, "the catalogue kept before stays")
    }

    @Test func aFirstCatalogueWithAnErrorLeavesNoFile() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let refused = try await Self.upload(client, Array("questions: [".utf8))
            #expect(refused.status == .unprocessableContent)
            #expect(String(buffer: refused.body).contains("<span class=\"place\">строка 1, столбец "))
        }
        #expect(!FileManager.default.fileExists(atPath: school.folder + "/templates/questions.spec"))
    }
}

/// A catalogue spoiled in a text editor after it was kept stops the questionnaires, not the other documents.
@Suite struct SpoiledCatalogueTests {
    @Test func consentsAreStillMadeAndQuestionnairesSayWhatIsWrong() async throws {
        let school = try TestSchool()
        try FileManager.default.createDirectory(atPath: school.folder + "/templates", withIntermediateDirectories: true)
        try "questions: [".write(toFile: school.folder + "/templates/questions.spec", atomically: true, encoding: .utf8)
        @Sendable func form(_ kind: String) -> ByteBuffer {
            TestSchool.form([("form_token", TestSchool.formToken), ("kind", kind), ("who", "everyone"), ("format", "docx"), ("files", "separate")])
        }
        let (consents, questionnaires) = try await school.withClient { client in
            (try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form("consent-adult")),
             try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form("questionnaire")))
        }
        #expect(consents.status == .ok)
        #expect(try ArchiveReader(bytes: Array(buffer: consents.body), file: "documents.zip").entries.contains { $0.name.hasSuffix(".docx") })
        #expect(questionnaires.status != .ok)
        #expect(String(buffer: questionnaires.body).contains("questions.spec"))
    }
}
