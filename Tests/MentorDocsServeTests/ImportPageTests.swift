import Foundation
import Hummingbird
import MentorDocs
@testable import MentorDocsServe
import NIOCore
import TestSupport
import Testing

/// `/import`: a class list saved by LibreOffice Calc read into a preview, and the rows picked added to the spec.
@Suite struct ImportPageTests {
    static let classList = Paths.root + "/Fixtures/class-lists/journal-calc.xlsx"
    static let boundary = "----mentordocs-test-boundary"

    /// A form with a file, as a browser sends it.
    static func upload(_ client: SchoolClient, file: [UInt8]?, name: String = "journal.xlsx", token: String = TestSchool.formToken,
        sheet: String = "") async throws -> SchoolClient.Response
    {
        var body: [UInt8] = []
        func part(_ head: String, _ bytes: [UInt8]) {
            body += Array("--\(boundary)\r\n\(head)\r\n\r\n".utf8) + bytes + Array("\r\n".utf8)
        }
        part("Content-Disposition: form-data; name=\"form_token\"", Array(token.utf8))
        if let file {
            part("Content-Disposition: form-data; name=\"list\"; filename=\"C:\\Users\\Секретарь\\\(name)\"\r\nContent-Type: application/octet-stream", file)
        }
        part("Content-Disposition: form-data; name=\"sheet\"", Array(sheet.utf8))
        body += Array("--\(boundary)--\r\n".utf8)
        var headers = client.sameOrigin
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await client.execute(uri: "/import", method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }

    static func hidden(_ name: String, in page: String) -> String? {
        guard let start = page.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = page[start.upperBound...]
        return String(rest[..<rest.firstIndex(of: "\"")!]).replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func aClassListIsPreviewedAndThePickedRowsAreAdded() async throws {
        let school = try TestSchool()
        let before = String(decoding: try EntryFormTests.bytes(school.spec), as: UTF8.self)
        let list = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.classList)))
        try await school.withClient { client in
            let form = String(buffer: try await client.execute(uri: "/import", method: .get, headers: client.cookie).body)
            #expect(form.contains("enctype=\"multipart/form-data\""))
            let response = try await Self.upload(client, file: list)
            #expect(response.status == .ok)
            let page = String(buffer: response.body)
            #expect(page.contains("В списке 3 участника"))
            // s1–s4 are the school's already: the new ids go on from s5.
            #expect(page.contains("<td class=\"code\">s5</td><th scope=\"row\">Орлова Вера Денисовна</th><td>обучающийся</td><td>7 А класс</td><td>2014-08-21</td><td>Зимина Галина Ивановна</td>"))
            #expect(page.contains("<td class=\"code\">s7</td><th scope=\"row\">Белова Дарья Сергеевна</th>"))
            #expect(page.contains("the name column holds something other than a name"), "the import's warnings are shown")
            let entries = try #require(Self.hidden("entries", in: page))
            let version = try #require(Self.hidden("version", in: page))
            let add = try await client.execute(uri: "/import/add", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken), ("version", version), ("entries", entries), ("pick", "0"), ("pick", "2")]))
            #expect(add.status == .seeOther, "\(String(buffer: add.body))")
            #expect(add.headers[.location] == "/participants")
        }
        let programme = try SpecReader.read(contentsOf: school.spec).0
        #expect(programme.participant("s5")?.person.fullName == "Орлова Вера Денисовна")
        #expect(programme.participant("s5")?.representative?.person.phone == "79000000023")
        #expect(programme.participant("s6") == nil)
        #expect(programme.participant("s7")?.classOrPosition == "10 Б класс")
        let after = String(decoding: try EntryFormTests.bytes(school.spec), as: UTF8.self)
        #expect(after.hasPrefix(before.components(separatedBy: "\npairs:")[0].trimmingCharacters(in: .newlines)))
        #expect(after.hasSuffix("\npairs:" + before.components(separatedBy: "\npairs:")[1]))
    }

    @Test func whatCannotBeReadOrAddedIsSaidAndNothingIsWritten() async throws {
        let school = try TestSchool()
        let before = try EntryFormTests.bytes(school.spec)
        let list = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.classList)))
        try await school.withClient { client in
            let docx = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.root + "/Templates/plan.docx")))
            let notAList = try await Self.upload(client, file: docx, name: "plan.docx")
            #expect(notAList.status == .unprocessableContent)
            #expect(String(buffer: notAList.body).contains("Файл не читается: plan.docx"))
            let none = try await Self.upload(client, file: nil)
            #expect(none.status == .unprocessableContent)
            #expect(String(buffer: none.body).contains("Выберите файл со списком класса."))
            let noSheet = try await Self.upload(client, file: list, sheet: "9 Г")
            #expect(noSheet.status == .unprocessableContent)
            #expect(String(buffer: noSheet.body).contains("no sheet «9 Г»"))
            #expect(try await Self.upload(client, file: list, token: "wrong").status == .forbidden)
            let notMultipart = try await client.execute(uri: "/import", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken)]))
            #expect(notMultipart.status == .badRequest)
            let huge = try await Self.upload(client, file: [UInt8](repeating: 0x41, count: ImportRoutes.maximumUploadSize + 1))
            #expect(huge.status == .contentTooLarge)
            let page = String(buffer: try await Self.upload(client, file: list).body)
            let entries = try #require(Self.hidden("entries", in: page))
            let version = try #require(Self.hidden("version", in: page))
            let wrongDate = entries.replacingOccurrences(of: "birth_date: 2014-08-21", with: "birth_date: 2014-08-32")
            let bad = try await client.execute(uri: "/import/add", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken), ("version", version), ("entries", wrongDate), ("pick", "0")]))
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("— не дата. Напишите дату так: 19.11.2026"))
            let stale = try await client.execute(uri: "/import/add", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken), ("version", String(repeating: "0", count: 64)), ("entries", entries), ("pick", "0")]))
            #expect(stale.status == .conflict)
            let nonePicked = try await client.execute(uri: "/import/add", method: .post, headers: client.sameOrigin,
                body: TestSchool.form([("form_token", TestSchool.formToken), ("version", version), ("entries", entries)]))
            #expect(nonePicked.status == .unprocessableContent)
        }
        #expect(try EntryFormTests.bytes(school.spec) == before)
    }
}
