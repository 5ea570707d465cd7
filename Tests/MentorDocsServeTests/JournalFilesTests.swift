import DocumentEngine
import Foundation
import Hummingbird
import MentorDocs
@testable import MentorDocsJournal
@testable import MentorDocsServe
import NIOCore
import Testing
import TestSupport

/// The journal page's files: the registers downloaded in each format (recorded as `generate` records
/// them) and an edited journal of consents read back, shown first and recorded when confirmed.
@Suite struct JournalFilesTests {
    static func registers(_ client: SchoolClient, _ format: String, token: String = TestSchool.formToken) async throws -> SchoolClient.Response {
        try await client.execute(uri: "/journal/registers", method: .post, headers: client.sameOrigin,
            body: TestSchool.form([("form_token", token), ("format", format)]))
    }

    @Test func theRegistersDownloadInEachFormatWithTheJournalsConsentsAndAreRecorded() async throws {
        let school = try JournalPageTests.issuedSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let journal = try Journal(path: Journal.path(forSpec: school.spec))
        try journal.mark([MarkRequest(personID: "s3", paper: .consent, event: .returned, day: CalendarDay(parsing: "2026-11-19")!)], in: programme)
        let answers = try await school.withClient { client in
            let page = String(buffer: try await client.execute(uri: "/journal", method: .get, headers: client.cookie).body)
            #expect(page.contains("<form method=\"post\" action=\"/journal/registers\" class=\"downloads\">"))
            #expect(page.contains("<button type=\"submit\" name=\"format\" value=\"ods\">Таблица LibreOffice (ODS)</button>"))
            var answers: [String: SchoolClient.Response] = [:]
            for format in ["xlsx", "ods", "docx", "odt"] { answers[format] = try await Self.registers(client, format) }
            return answers
        }
        for (format, answer) in answers {
            #expect(answer.status == .ok, "\(format)")
            #expect(answer.headers[.contentDisposition] == "attachment; filename=\"file.\(format)\"; filename*=UTF-8''"
                + Link.encoded("Реестры наставнической деятельности.\(format)"))
        }
        for format in ["xlsx", "ods"] {
            let workbook = try WorkbookReader.read(bytes: Array(buffer: try #require(answers[format]).body), file: "r.\(format)")
            let sheet = try #require(workbook.sheet(named: "Согласия"), "\(format)")
            let s3 = try #require(sheet.rows.first { $0.cells.contains(.text("s3")) }, "\(format)")
            #expect(s3.cells.contains(.date(CalendarDay(parsing: "2026-11-19")!)), "\(format): the day it came back, from the journal")
        }
        for format in ["docx", "odt"] {
            let document = try ArchiveReader(bytes: Array(buffer: try #require(answers[format]).body), file: "r.\(format)")
            let part = format == "docx" ? "word/document.xml" : "content.xml"
            #expect(String(decoding: try document.read(part), as: UTF8.self).contains("Лебедев"), "\(format)")
        }
        // Uploaded back unchanged, each workbook holds the one day the journal has, and nothing new.
        try await school.withClient { client in
            for format in ["xlsx", "ods"] {
                let shown = try await Self.upload(client, Array(buffer: try #require(answers[format]).body), name: "реестры.\(format)")
                #expect(String(buffer: shown.body).contains("Файл «реестры.\(format)»: новых отметок 0, уже в журнале 1, не будут записаны 0."))
            }
        }
        let recorded = try journal.issuedDocuments().filter { $0.kind == .registers && $0.day == .today }.map(\.file).sorted()
        #expect(recorded == ["docx", "ods", "odt", "xlsx"].map { "registers/Реестры наставнической деятельности.\($0)" })
    }

    @Test func theRegistersFromTheDocumentsFormAlsoTakeTheJournalsConsents() async throws {
        let school = try JournalPageTests.issuedSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        try Journal(path: Journal.path(forSpec: school.spec))
            .mark([MarkRequest(personID: "s3", paper: .consent, event: .returned, day: CalendarDay(parsing: "2026-11-19")!)], in: programme)
        let response = try await school.withClient { client in
            try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: TestSchool.form([
                ("form_token", TestSchool.formToken), ("kind", "registers"), ("who", "everyone"), ("format", "xlsx"), ("files", "separate"),
            ]))
        }
        #expect(response.status == .ok)
        let zip = try ArchiveReader(bytes: Array(buffer: response.body), file: "documents.zip")
        let name = try #require(zip.entries.map(\.name).first { $0.hasSuffix(".xlsx") })
        let sheet = try #require(try WorkbookReader.read(bytes: try zip.read(name), file: name).sheet(named: "Согласия"))
        let s3 = try #require(sheet.rows.first { $0.cells.contains(.text("s3")) })
        #expect(s3.cells.contains(.date(CalendarDay(parsing: "2026-11-19")!)), "the day it came back, from the journal")
    }

    @Test func aRegistersRequestWithoutItsTokenOrFormatIsRefused() async throws {
        let school = try TestSchool()
        try await school.withClient { client in
            let wrongToken = try await Self.registers(client, "xlsx", token: "wrong")
            #expect(wrongToken.status == .forbidden)
            #expect(try await Self.registers(client, "pdf").status == .badRequest)
            var foreign = client.sameOrigin
            foreign[.origin] = "http://evil.example"
            let form = TestSchool.form([("form_token", TestSchool.formToken), ("format", "xlsx")])
            #expect(try await client.execute(uri: "/journal/registers", method: .post, headers: foreign, body: form).status == .forbidden)
        }
        #expect(!FileManager.default.fileExists(atPath: Journal.path(forSpec: school.spec)), "nothing was made or recorded")
    }

    /// A journal of consents as a secretary might keep it: the columns found by name, days typed as text.
    static func consentSheet(_ rows: [[String]]) throws -> [UInt8] {
        let header = ["Код", "id", "Вид согласия", "Дата выдачи", "Дата возврата подписанного", "Дата отзыва"]
        var xml = "<sheetData>"
        for (index, row) in ([header] + rows).enumerated() {
            xml += "<row r=\"\(index + 1)\">"
            for (column, text) in row.enumerated() where !text.isEmpty {
                let reference = String(UnicodeScalar(UInt8(65 + column))) + "\(index + 1)"
                xml += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
            }
            xml += "</row>"
        }
        return try SampleWorkbook(sheets: [.init(name: "Согласия", body: xml + "</sheetData>")]).bytes()
    }

    static func upload(_ client: SchoolClient, _ bytes: [UInt8], name: String = "журнал.xlsx", token: String = TestSchool.formToken)
        async throws -> SchoolClient.Response
    {
        var (headers, body) = TestSchool.multipart([("form_token", nil, Array(token.utf8)), ("sheet", name, bytes)])
        headers[.cookie] = client.sameOrigin[.cookie]
        headers[.origin] = client.sameOrigin[.origin]
        return try await client.execute(uri: "/journal/consents", method: .post, headers: headers, body: body)
    }

    /// The hidden fields of the page's confirmation form, as the browser sends them back.
    static func hiddenFields(_ page: String) throws -> [(String, String)] {
        let pattern = try NSRegularExpression(pattern: "<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">")
        return pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).map { match in
            (String(page[Range(match.range(at: 1), in: page)!]), String(page[Range(match.range(at: 2), in: page)!]))
        }
    }

    @Test func anEditedJournalOfConsentsIsShownThenRecordedWhenConfirmed() async throws {
        let school = try JournalPageTests.issuedSchool()
        let representative = try #require(DocumentKind.consentRepresentative.consentTitle)
        let sheet = try Self.consentSheet([
            ["1", "s3", representative, "01.09.2026", "19.11.2026", ""],
            ["2", "s4", representative, "01.09.2026", "31.02.2026", ""],
            ["3", "s99", representative, "", "20.11.2026", ""],
        ])
        try await school.withClient { client in
            let shown = try await Self.upload(client, sheet)
            #expect(shown.status == .ok)
            let page = String(buffer: shown.body)
            #expect(page.contains("Файл «журнал.xlsx»: новых отметок 1, уже в журнале 0, не будут записаны 2."))
            #expect(page.contains("<td>лист «Согласия», строка 2, столбец E</td><td class=\"code\">s3</td><td>Лебедев Л.Р.</td>"
                + "<td>Согласие на обработку ПДн</td><td>вернулся подписанным</td><td>19.11.2026</td>"))
            #expect(page.contains("<span class=\"place\">лист «Согласия», строка 3, столбец E</span><p class=\"message\">Это не дата. Напишите дату так: 19.11.2026.</p>"))
            #expect(page.contains("Участника с кодом «s99» нет в файле школы, поэтому строка не учтена. Проверьте код."))
            #expect(try JournalPageTests.paper(school, .consent, ["s3"])?.state == .missing, "nothing is recorded before it is confirmed")
            let fields = try Self.hiddenFields(page)
            #expect(fields.map(\.0) == ["form_token", "person", "paper", "event", "day"])
            let confirmed = try await client.execute(uri: "/journal/consents/record", method: .post, headers: client.sameOrigin,
                body: TestSchool.form(fields))
            #expect(confirmed.status == .seeOther)
            #expect(confirmed.headers[.location] == "/journal?recorded=1")
            let journal = String(buffer: try await client.execute(uri: "/journal?recorded=1", method: .get, headers: client.cookie).body)
            #expect(journal.contains("Из файла журнала согласий в журнал внесено отметок: 1."))
            let again = try await client.execute(uri: "/journal/consents/record", method: .post, headers: client.sameOrigin, body: TestSchool.form(fields))
            #expect(again.status == .unprocessableContent)
            #expect(String(buffer: again.body).contains("Ничего не записано: журнал изменился"))
            let reread = String(buffer: try await Self.upload(client, sheet).body)
            #expect(reread.contains("новых отметок 0, уже в журнале 1"))
            #expect(reread.contains("Новых отметок в файле нет"))
        }
        #expect(try JournalPageTests.paper(school, .consent, ["s3"])?.returned == CalendarDay(parsing: "2026-11-19"))
        #expect(try JournalPageTests.paper(school, .consent, ["s4"])?.events.isEmpty == true)
    }

    @Test func aFileThatIsNoJournalOfConsentsOrABadRequestIsRefused() async throws {
        let school = try JournalPageTests.issuedSchool()
        try await school.withClient { client in
            let notAWorkbook = try await Self.upload(client, Array("id;Вид согласия\n".utf8), name: "журнал.xlsx")
            #expect(notAWorkbook.status == .unprocessableContent)
            #expect(String(buffer: notAWorkbook.body).contains("Файл не читается: журнал.xlsx"))
            let otherSheet = try SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ФИО</t></is></c></row></sheetData>").bytes()
            let notAJournal = try await Self.upload(client, otherSheet)
            #expect(notAJournal.status == .unprocessableContent)
            #expect(String(buffer: notAJournal.body).contains("Ни один лист книги не похож на журнал согласий"))
            let empty = try await Self.upload(client, [])
            #expect(String(buffer: empty.body).contains("Выберите файл журнала согласий."))
            #expect(try await Self.upload(client, try Self.consentSheet([]), token: "wrong").status == .forbidden)
            let huge = try await Self.upload(client, [UInt8](repeating: 65, count: JournalRoutes.maximumSheetSize + 1))
            #expect(huge.status == .contentTooLarge)
            let plain = try await client.execute(uri: "/journal/consents", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken)]))
            #expect(plain.status == .badRequest)
            let incomplete = try await client.execute(uri: "/journal/consents/record", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken), ("person", "s3"), ("paper", "consent")]))
            #expect(incomplete.status == .unprocessableContent)
        }
        let papers = try Journal(path: Journal.path(forSpec: school.spec)).papers()
        #expect(papers.allSatisfy { $0.events.isEmpty }, "nothing was recorded")
    }
}
