import DocumentEngine
import Foundation
import Hummingbird
import MentorDocs
import MentorDocsJournal
@testable import MentorDocsServe
import NIOCore
import Testing
import TestSupport

/// The monitoring page's answer sheets: made through `/documents` as `generate --only questionnaires`
/// makes them (a workbook per stage, for everyone, a class or a pair), recorded in the journal, and
/// read back through the answers form once the curator has typed answers in.
@Suite struct AnswerSheetPageTests {
    static func sheets(_ client: SchoolClient, _ fields: [(String, String)]) async throws -> SchoolClient.Response {
        try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin,
            body: TestSchool.form([("form_token", TestSchool.formToken), ("kind", "answer-sheet"), ("files", "separate")] + fields))
    }

    @Test func thePageOffersTheSheetsAsWorkbooks() async throws {
        let school = try TestSchool()
        let page = try await school.withClient { client in
            String(buffer: try await client.execute(uri: "/monitoring", method: .get, headers: client.cookie).body)
        }
        #expect(page.contains("<input type=\"hidden\" name=\"kind\" value=\"answer-sheet\">"))
        #expect(page.contains("<input type=\"radio\" name=\"format\" value=\"xlsx\" checked>"))
        #expect(page.contains("<input type=\"radio\" name=\"format\" value=\"ods\">"))
        #expect(page.contains("Скачать листы ответов (ZIP-архив)"))
    }

    @Test func aClasssSheetsAreTheLibrarysAndRecordedAsGenerateRecordsThem() async throws {
        let school = try TestSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let pupils = Set(programme.participants.filter { $0.classOrPosition == "6 «В» класс" }.map(\.id))
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.answerSheet], people: pupils))
        let (xlsx, ods) = try await school.withClient { client in
            (try await Self.sheets(client, [("who", "class"), ("class", "6 «В» класс"), ("format", "xlsx")]),
             try await Self.sheets(client, [("who", "class"), ("class", "6 «В» класс"), ("format", "ods")]))
        }
        #expect(xlsx.status == .ok && ods.status == .ok)
        let archive = try ArchiveReader(bytes: Array(buffer: xlsx.body), file: "documents.zip")
        #expect(archive.entries.map(\.name) == records.map { "questionnaires/\($0.baseName).xlsx" } + [Manifest.fileName])
        #expect(records.map(\.baseName) == ["Лист ответов на анкеты мониторинга на входе", "Лист ответов на анкеты мониторинга на выходе"])
        let sheet = try WorkbookReader.read(bytes: try archive.read(archive.entries[0].name), file: "entry.xlsx").sheets[0]
        let rows = sheet.rows.dropFirst().compactMap { $0.cells.first?.text }
        #expect(!rows.isEmpty && Set(rows).isSubset(of: pupils) && rows.allSatisfy { programme.memberships[$0] != nil })
        let made = try DocumentMaker(for: [records[0]], format: .xlsx).document(for: records[0]).bytes
        #expect(try WorkbookReader.read(bytes: made, file: "made.xlsx").sheets[0].rows.map { $0.cells.map(\.text) }
            == sheet.rows.map { $0.cells.map(\.text) }, "the sheet is the one `generate` makes")
        let odsArchive = try ArchiveReader(bytes: Array(buffer: ods.body), file: "documents.zip")
        #expect(odsArchive.entries.map(\.name) == records.map { "questionnaires/\($0.baseName).ods" } + [Manifest.fileName])
        let issued = try #require(try Journal.existing(at: Journal.path(forSpec: school.spec))).issuedDocuments()
        #expect(issued.filter { $0.kind == .answerSheet }.map(\.file).sorted()
            == (records.map { "questionnaires/\($0.baseName).xlsx" } + records.map { "questionnaires/\($0.baseName).ods" }).sorted())
        #expect(issued.allSatisfy { $0.personIDs.isEmpty && $0.pairID == nil }, "the school's documents, as `generate` records them")
    }

    @Test func aSheetMadeByThePageAndFilledInIsReadBackAndKept() async throws {
        let school = try TestSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let kept = try await school.withClient { client in
            let zip = try await Self.sheets(client, [("who", "pair"), ("pair", "p2"), ("format", "xlsx")])
            #expect(zip.status == .ok)
            let archive = try ArchiveReader(bytes: Array(buffer: zip.body), file: "documents.zip")
            let name = try #require(archive.entries.first { $0.name.hasSuffix("на входе.xlsx") }).name
            let bytes = try archive.read(name)
            let rows = try WorkbookReader.read(bytes: bytes, file: "entry.xlsx").sheets[0].rows
            let header = rows[0].cells.map(\.text)
            let row = try #require(rows.first { $0.cells.first?.text == "s3" }).number
            let asked = QuestionCatalogue.builtIn.questions(at: .entry, for: (programme.memberships["s3"] ?? []).map { ($0.role, $0.form) })
            let scale = Array(asked.filter { $0.answer == .scale }.prefix(2))
            #expect(scale.count == 2)
            var values: [String: TypedCells.Value] = [:]
            for (index, question) in scale.enumerated() {
                values[TypedCells.place(column: try #require(header.firstIndex(of: question.text)) + 1, row: row)] = .number(7 + index)
            }
            let filled = try TypedCells.typing(values, into: bytes)
            let answered = try await MonitoringPageTests.answers(client, [("лист ответов.xlsx", filled, "")])
            #expect(answered.status == .ok)
            #expect(String(buffer: answered.body).contains("Прочитано ответов: 1 «на входе», 0 «на выходе»."))
            return scale
        }
        let stored = try #require(try Journal.existing(at: Journal.path(forSpec: school.spec))).responses()
        #expect(stored.map(\.participantID) == ["s3"] && stored.first?.stage == .entry)
        #expect(stored.first?.scores == [kept[0].id: 7, kept[1].id: 8])
    }

    @Test func badSheetRequestsAreRefused() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let asText = try await Self.sheets(client, [("who", "everyone"), ("format", "docx")])
            #expect(asText.status == .unprocessableContent)
            #expect(String(buffer: asText.body).contains("не делается в формате DOCX"))
            let consentsAsWorkbook = try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken), ("group", "consents"), ("format", "xlsx")]))
            #expect(consentsAsWorkbook.status == .unprocessableContent)
            #expect(String(buffer: consentsAsWorkbook.body).contains("не делается в формате XLSX"))
            let fields = TestSchool.form([("form_token", "wrong"), ("kind", "answer-sheet"), ("format", "xlsx")])
            #expect(try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: fields).status == .forbidden)
            var foreign = client.sameOrigin
            foreign[.origin] = "http://evil.example"
            let good = TestSchool.form([("form_token", TestSchool.formToken), ("kind", "answer-sheet"), ("format", "xlsx")])
            #expect(try await client.execute(uri: "/documents", method: .post, headers: foreign, body: good).status == .forbidden)
            #expect(try await client.execute(uri: "/documents", method: .post, headers: [:], body: good).status == .forbidden)
        }
        #expect(try Journal.existing(at: Journal.path(forSpec: school.spec))?.issuedDocuments().isEmpty ?? true, "nothing recorded")
    }
}
