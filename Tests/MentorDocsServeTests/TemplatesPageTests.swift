import DocumentEngine
import Foundation
import Hummingbird
import MentorDocs
@testable import MentorDocsServe
import NIOCore
import Testing
import TestSupport

/// `/templates`: the built-in templates downloaded, an edited one checked, kept beside the spec and
/// used by the documents form; a broken one refused with its place.
@Suite struct TemplatesPageTests {
    static func upload(kind: String, fileName: String, bytes: [UInt8], token: String = TestSchool.formToken) -> (HTTPFields, ByteBuffer) {
        let boundary = "----mentordocs-test"
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"form_token\"\r\n\r\n\(token)\r\n".utf8)
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n\(kind)\r\n".utf8)
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"template\"; filename=\"\(fileName)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body += bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    @Test func theListOffersEveryBuiltInTemplateAndEachDownloadsAsItsFormat() async throws {
        let school = try TestSchool()
        let (page, docx, odt, unknown) = try await school.withClient { client in
            (try await client.execute(uri: "/templates", method: .get, headers: client.cookie),
             try await client.execute(uri: "/templates/built-in/consent-adult.docx", method: .get, headers: client.cookie),
             try await client.execute(uri: "/templates/built-in/agreement.odt", method: .get, headers: client.cookie),
             try await client.execute(uri: "/templates/built-in/..%2Fschool.spec", method: .get, headers: client.cookie))
        }
        #expect(page.status == .ok)
        let html = String(buffer: page.body)
        for kind in DocumentKind.allCases { #expect(html.contains("/templates/built-in/\(kind.rawValue).")) }
        #expect(html.contains("/templates/built-in/answer-sheet.xlsx") && !html.contains("/templates/built-in/answer-sheet.docx"))
        #expect(html.contains("/templates/built-in/registers.ods"))
        // Every link of the list downloads a template.
        let links = html.matches(of: /href="(\/templates\/built-in\/[^"]+)"/).map { String($0.output.1) }
        #expect(links.count >= DocumentKind.allCases.count * 2)
        let statuses = try await school.withClient { client in
            var statuses: [String: HTTPResponse.Status] = [:]
            for link in links { statuses[link] = try await client.execute(uri: link, method: .get, headers: client.cookie).status }
            return statuses
        }
        #expect(statuses.filter { $0.value != .ok }.isEmpty, "\(statuses.filter { $0.value != .ok })")
        #expect(html.contains("enctype=\"multipart/form-data\""))
        #expect(docx.status == .ok)
        #expect(docx.headers[.contentDisposition]?.contains("consent-adult.docx") == true)
        #expect(try ArchiveReader(bytes: Array(buffer: docx.body), file: "consent-adult.docx").entry(named: "word/document.xml") != nil)
        #expect(try ArchiveReader(bytes: Array(buffer: odt.body), file: "agreement.odt").entry(named: "content.xml") != nil)
        #expect(unknown.status == .notFound)
    }

    @Test func anEditedTemplateIsInspectedKeptBesideTheSpecAndUsedByTheDocumentsForm() async throws {
        let school = try TestSchool()
        let (headers, body) = Self.upload(kind: "agreement", fileName: "Моё соглашение.docx",
            bytes: try SampleDocument.docx("Своё соглашение: {{ org.short_name }}"))
        let documents = TestSchool.form([("form_token", TestSchool.formToken), ("kind", "agreement"),
            ("who", "pair"), ("pair", "p1"), ("format", "docx"), ("files", "separate")])
        let (answer, zip) = try await school.withClient { client in
            var fields = client.sameOrigin
            fields[.contentType] = headers[.contentType]
            let answer = try await client.execute(uri: "/templates", method: .post, headers: fields, body: body)
            let zip = try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: documents)
            return (answer, zip)
        }
        #expect(answer.status == .ok)
        let html = String(buffer: answer.body)
        #expect(html.contains("Шаблон «Моё соглашение.docx» принят"))
        #expect(html.contains("{{ org.short_name }}"))
        #expect(html.contains("абзац 1"))
        let kept = school.folder + "/templates/agreement.docx"
        #expect(FileManager.default.fileExists(atPath: kept))
        #expect((try FileManager.default.attributesOfItem(atPath: kept)[.posixPermissions] as? Int) == 0o600)

        let archive = try ArchiveReader(bytes: Array(buffer: zip.body), file: "documents.zip")
        let name = try #require(archive.entries.map(\.name).first { $0.hasPrefix("agreements/") })
        let document = try ArchiveReader(bytes: try archive.read(name), file: name)
        let text = String(decoding: try document.read("word/document.xml"), as: UTF8.self)
        #expect(text.contains("Своё соглашение: МБОУ «СОШ № 99»"))
    }

    @Test func aBrokenTemplateIsRefusedWithItsPlaceAndNotKept() async throws {
        let school = try TestSchool()
        let bodies = [
            Self.upload(kind: "plan", fileName: "plan.docx", bytes: try SampleDocument.docx("План: {{ org.short_name")),
            Self.upload(kind: "plan", fileName: "plan.doc", bytes: Array("not a zip".utf8)),
            Self.upload(kind: "plan", fileName: "plan.docx", bytes: Array("not a zip".utf8)),
            Self.upload(kind: "plan", fileName: "plan.docx", bytes: try SampleDocument.docx("x"), token: "wrong"),
        ]
        let answers = try await school.withClient { client in
            var fields = client.sameOrigin
            fields[.contentType] = bodies[0].0[.contentType]
            var answers: [SchoolClient.Response] = []
            for (_, body) in bodies {
                answers.append(try await client.execute(uri: "/templates", method: .post, headers: fields, body: body))
            }
            let huge = ByteBuffer(bytes: [UInt8](repeating: 65, count: TemplatesRoutes.maximumUploadSize + 1))
            answers.append(try await client.execute(uri: "/templates", method: .post, headers: fields, body: huge))
            return answers
        }
        #expect(answers[0].status == .unprocessableContent)
        let broken = String(buffer: answers[0].body)
        #expect(broken.contains("Шаблон «plan.docx» не принят"))
        #expect(broken.contains("word/document.xml"))
        // What is wrong in Russian first, then the engine's message with the tag's place.
        #expect(broken.contains("<p class=\"message\">Метка открыта «{{», но в том же абзаце не закрыта «}}».</p><p class=\"place\">"))
        #expect(answers[1].status == .unprocessableContent)
        #expect(answers[2].status == .unprocessableContent)
        #expect(String(buffer: answers[2].body).contains("Файл не похож на документ Word или LibreOffice или повреждён"))
        #expect(String(buffer: answers[1].body).contains("Это не шаблон документа"))
        #expect(answers[2].status == .unprocessableContent)
        #expect(answers[3].status == .forbidden)
        #expect(answers[4].status == .contentTooLarge)
        #expect(!FileManager.default.fileExists(atPath: school.folder + "/templates/plan.docx"))
    }
}

/// The school's own template or questions given up for the built-in ones again, from the page.
@Suite struct TemplateRestoreTests {
    @Test func theBuiltInTemplateAndQuestionsComeBackAndNothingElseIsRemoved() async throws {
        let school = try TestSchool()
        let templates = school.folder + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        for file in ["agreement.docx", "agreement.odt", "plan.docx", "questions.spec"] {
            try Data("x".utf8).write(to: URL(fileURLWithPath: templates + "/" + file))
        }
        let (page, agreement, questions, unknown, wrongToken) = try await school.withClient { client in
            @Sendable func restore(_ what: String, token: String = TestSchool.formToken) async throws -> SchoolClient.Response {
                try await client.execute(uri: "/templates/restore", method: .post, headers: client.sameOrigin,
                    body: TestSchool.form([("form_token", token), ("restore", what)]))
            }
            let page = String(buffer: try await client.execute(uri: "/templates", method: .get, headers: client.cookie).body)
            return (page, try await restore("agreement"), try await restore("questions"), try await restore("nosuch"),
                try await restore("plan", token: "wrong"))
        }
        #expect(page.contains("<input type=\"hidden\" name=\"restore\" value=\"agreement\">"))
        #expect(page.contains("Вернуть встроенные вопросы"))
        #expect(agreement.status == .ok)
        #expect(String(buffer: agreement.body).contains("снова делаются по встроенному шаблону"))
        #expect(questions.status == .ok)
        #expect(String(buffer: questions.body).contains("Анкеты снова задают встроенные вопросы."))
        #expect(unknown.status == .badRequest)
        #expect(wrongToken.status == .forbidden)
        #expect(try FileManager.default.contentsOfDirectory(atPath: templates).sorted() == ["plan.docx"])
    }
}
