import Foundation
import Hummingbird
import MentorDocs
import MentorDocsJournal
@testable import MentorDocsServe
import NIOCore
import TestSupport
import Testing

/// The ZIP `/documents` sends holds what `DocumentPlanner` plans for the choice, each entry a document.
@Suite struct DownloadTests {
    @Test func theZipHoldsTheRecordsThePlannerPlansAndEachOpensAsADocx() async throws {
        let school = try TestSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let kinds = Set(DocumentKind.allCases.filter { $0.group == .consents }).union([.agreement, .plan])
        let sixV = programme.participants.filter { $0.classOrPosition == "6 «В» класс" }.map(\.id)
        let expected = DocumentPlanner.records(for: programme, selection: .init(kinds: kinds, people: Set(sixV)))
            .map { "\($0.kind.folder)/\($0.baseName).docx" }
        #expect(expected.count > 4)

        let form = TestSchool.form([("form_token", TestSchool.formToken), ("group", "consents"), ("kind", "agreement"),
            ("kind", "plan"), ("who", "class"), ("class", "6 «В» класс"), ("format", "docx"), ("files", "separate")])
        let response = try await school.withClient { client in
            try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form)
        }
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/zip")
        #expect(response.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
        let zip = try ArchiveReader(bytes: Array(buffer: response.body), file: "documents.zip")
        #expect(zip.entries.map(\.name) == expected + [Manifest.fileName])
        for name in expected {
            let document = try ArchiveReader(bytes: try zip.read(name), file: name)
            #expect(document.entry(named: "word/document.xml") != nil, "\(name)")
        }
        let manifest = String(decoding: try zip.read(Manifest.fileName), as: UTF8.self)
        for name in expected { #expect(manifest.contains(name)) }

        // Recorded in the journal beside the spec as `generate` records, each with its entry's name and digest.
        let journal = try #require(try Journal.existing(at: Journal.path(forSpec: school.spec)))
        let issued = try journal.issuedDocuments()
        #expect(issued.map(\.file) == expected)
        for document in issued {
            #expect(document.sha256 == SHA256.hex(of: try zip.read(document.file)))
            #expect(document.day == .today)
        }
    }

    @Test func oneFilePerKindInODT() async throws {
        let school = try TestSchool()
        let form = TestSchool.form([("form_token", TestSchool.formToken), ("group", "agreements"), ("group", "orders"),
            ("who", "everyone"), ("format", "odt"), ("files", "merge")])
        let response = try await school.withClient { client in
            try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form)
        }
        #expect(response.status == .ok)
        let zip = try ArchiveReader(bytes: Array(buffer: response.body), file: "documents.zip")
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let kinds = Set(DocumentKind.allCases.filter { $0.group == .agreements || $0.group == .orders })
        let planned = Set(DocumentPlanner.records(for: programme, kinds: kinds).map(\.kind))
        let expected = DocumentKind.allCases.filter(planned.contains).map { "\($0.folder)/\(FileNaming.safe($0.printFileName)).odt" }
        #expect(zip.entries.map(\.name) == expected + [Manifest.fileName])
        for name in expected {
            let document = try ArchiveReader(bytes: try zip.read(name), file: name)
            #expect(document.entry(named: "content.xml") != nil, "\(name)")
        }
    }

    @Test func pdfThroughLibreOfficeNamedAsGenerateNamesIt() async throws {
        let school = try TestSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.agreement, .plan], pairs: ["p1"]))
        let expected = records.map { "\($0.kind.folder)/\($0.baseName).pdf" }
        #expect(expected.count >= 2)
        let form = TestSchool.form([("form_token", TestSchool.formToken), ("kind", "agreement"), ("kind", "plan"),
            ("who", "pair"), ("pair", "p1"), ("format", "pdf"), ("files", "separate")])
        let response = try await school.withClient { client in
            try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form)
        }
        #expect(response.status == .ok)
        let zip = try ArchiveReader(bytes: Array(buffer: response.body), file: "documents.zip")
        #expect(zip.entries.map(\.name) == expected + [Manifest.fileName])
        let pair = try #require(programme.pairs.first { $0.id == "p1" })
        let mentor = try #require(programme.participant(pair.mentorID))
        let surname = String(mentor.person.fullName.split(separator: " ")[0])
        for name in expected {
            let bytes = try zip.read(name)
            #expect(bytes.starts(with: Array("%PDF-".utf8)), "\(name)")
            #expect(try PDFText.of(bytes).contains(surname), "\(name)")
        }
        let issued = try #require(try Journal.existing(at: Journal.path(forSpec: school.spec))).issuedDocuments()
        #expect(issued.map(\.file) == expected)
    }

    @Test func pdfWithoutLibreOfficeIsAPageSayingWhatToInstall() async throws {
        var school = try TestSchool()
        school.server.office = { nil }
        let form = TestSchool.form([("form_token", TestSchool.formToken), ("kind", "agreement"),
            ("who", "pair"), ("pair", "p1"), ("format", "pdf"), ("files", "separate")])
        let response = try await school.withClient { client in
            try await client.execute(uri: "/documents", method: .post, headers: client.sameOrigin, body: form)
        }
        #expect(response.status == .serviceUnavailable)
        let page = String(buffer: response.body)
        #expect(page.contains("libreoffice-writer-nogui"))
        #expect(page.contains("Для PDF нужен LibreOffice"))
        #expect(try Journal.existing(at: Journal.path(forSpec: school.spec)) == nil)
    }

    @Test func aRecordThatFailsLeavesAClosedArchiveThatSaysWhy() async throws {
        let school = try TestSchool()
        let (programme, _) = try SpecReader.read(contentsOf: school.spec)
        let records = DocumentPlanner.records(for: programme, kinds: [.plan])
        // A record whose data lacks everything: its template's first tag is missing data.
        let broken = DocumentRecord(kind: .plan, subject: "p9 (Тестова)", participantIDs: [], pairID: "p9", baseName: "broken") { .map([:]) }
        let maker = try DocumentMaker(for: records)
        let journal = Journal.path(forSpec: school.spec)
        let response = DocumentsDownload(maker: maker, records: [records[0], broken] + records.dropFirst(), journal: journal).response
        let writer = CollectingWriter()
        try await response.body.write(writer)
        let zip = try ArchiveReader(bytes: writer.bytes, file: "documents.zip")
        #expect(zip.entries.map(\.name) == ["plans/\(records[0].baseName).docx", DocumentsDownload.failureFileName, Manifest.fileName])
        // What the archive holds was handed out, and only that.
        #expect(try Journal(path: journal).issuedDocuments().map(\.file) == ["plans/\(records[0].baseName).docx"])
        let report = String(decoding: try zip.read(DocumentsDownload.failureFileName), as: UTF8.self)
        #expect(report.contains("p9 (Тестова)"))
        #expect(report.contains("Документы в этом архиве сделаны не все"))
    }

    @Test func entryNamesStayInsideTheArchive() {
        #expect(DocumentsDownload.entryName("consents/Ильин П.А. — согласие.docx") == "consents/Ильин П.А. — согласие.docx")
        #expect(DocumentsDownload.entryName("/etc/../passwd") == "etc/passwd")
        #expect(DocumentsDownload.entryName("plans/a:b?.docx") == "plans/a_b_.docx")
    }
}

/// The text of a PDF, as `pdftotext` reads it.
enum PDFText {
    static func of(_ bytes: [UInt8]) throws -> String {
        let file = Paths.temporaryFolder("pdf") + "/document.pdf"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return try Office.run(try #require(Office.which("pdftotext")), ["-enc", "UTF-8", file, "-"]).output
    }
}

/// Collects a response body as a browser would receive it.
final class CollectingWriter: ResponseBodyWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [UInt8] = []

    var bytes: [UInt8] { lock.withLock { collected } }

    func write(_ buffer: ByteBuffer) async throws {
        lock.withLock { collected += Array(buffer: buffer) }
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
