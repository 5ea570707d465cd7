import CalendarDays
import DocumentEngine
import Foundation
import RussianLanguage
import Testing
import TestSupport

@testable import MentorDocs

/// The output step of `generate`: every record lands in the file the manifest names, no two records
/// ever share a file, nothing is written when a target is taken, and PDFs are as private as the rest.
@Suite(.serialized) struct BatchOutputTests {
    @Test(arguments: DocumentFormat.textDocuments, [true, false])
    func everyRecordTheManifestListsIsInTheFileItNames(format: DocumentFormat, merged: Bool) throws {
        try checkTheManifest(format: format, pdf: false, merged: merged)
    }

    @Test(.enabled(if: PDFConverter.office != nil), arguments: [true, false])
    func everyRecordTheManifestListsIsInThePDFItNames(merged: Bool) throws {
        try checkTheManifest(format: .docx, pdf: true, merged: merged)
    }

    /// The whole example school into one folder; each manifest line's people are looked for, in any
    /// grammatical case, in the text of the file it names.
    func checkTheManifest(format: DocumentFormat, pdf: Bool, merged: Bool) throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let folder = Paths.temporaryFolder("batch-\(format.rawValue)\(pdf ? "-pdf" : "")\(merged ? "-merged" : "")")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var generator = Generator(format: format, merge: merged)
        generator.convertToPDF = pdf
        let written = try generator.generate(DocumentPlanner.records(for: programme), into: OutputFolder(path: folder))
        #expect(Set(written.map(\.record.kind)) == Set(DocumentKind.allCases.filter(\.isMadeFromSpec)))

        let lines = try manifestLines(in: folder)
        #expect(lines.count == written.count, "a line per record")
        let files = Set(lines.map(\.file))
        #expect(Set(Paths.files(in: folder)) == files.union([Manifest.fileName]), "the files made are the files listed, and nothing else")
        if merged {
            let workbooks = written.filter(\.record.kind.isWorkbookOnly)
            #expect(files.count == Set(written.map(\.record.kind)).count - Set(workbooks.map(\.record.kind)).count + workbooks.count,
                "one print file per kind, and an answer sheet per stage")
        }
        let texts = try Self.texts(of: files.sorted().map { folder + "/" + $0 })
        for line in lines {
            let text = Office.folded(texts[folder + "/" + line.file] ?? "")
            #expect(!text.isEmpty, "\(line.file) opens")
            for surname in line.surnames {
                let person = try #require(programme.participants.first { $0.person.surname == surname }, "\(surname)")
                let forms = Self.caseForms(ofSurnameOf: person.person.fullName)
                #expect(forms.contains { text.contains($0) }, "\(line.file) lacks \(line.subject)")
            }
        }
    }

    @Test func twoRecordsForOneFileStopTheRunBeforeAnythingIsWritten() throws {
        let parent = Paths.temporaryFolder("batch-clash")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let records = ["a1 (Иванов)", "a2 (Иванов)"].map { subject in
            DocumentRecord(kind: .consentAdult, subject: subject, participantIDs: [String(subject.prefix(2))], pairID: nil,
                baseName: "Иванов И.И. — согласие на обработку ПДн") { .map([:]) }
        }
        let first = DocumentRecord(kind: .roadmap, subject: "организация", participantIDs: [], pairID: nil, baseName: "Дорожная карта") { .map([:]) }
        #expect {
            _ = try Generator().generate([first] + records, into: OutputFolder(path: parent + "/out"))
        } throws: { error in
            let message = "\(error)"
            return (error as? OutputError)?.kind == .sameTarget && message.contains("consents/Иванов И.И. — согласие на обработку ПДн.docx")
                && message.contains("consent-adult for a1 (Иванов)") && message.contains("consent-adult for a2 (Иванов)")
        }
        #expect(!FileManager.default.fileExists(atPath: parent + "/out"), "nothing was written, not even the folder")
    }

    @Test func noTwoKindsShareAPrintFile() {
        let names = DocumentKind.allCases.map { "\($0.folder)/\(FileNaming.safe($0.printFileName))" }
        #expect(Set(names).count == names.count, "\(names)")
    }

    @Test func aFileAlreadyThereStopsTheRunBeforeAnythingIsWritten() throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let folder = Paths.temporaryFolder("batch-exists")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let records = DocumentPlanner.records(for: programme, kinds: [.consentAdult, .consentMinor, .consentRepresentative])
        let taken = "consents/\(records.last!.baseName).docx"
        try FileManager.default.createDirectory(atPath: folder + "/consents", withIntermediateDirectories: true)
        try Data("signed copy".utf8).write(to: URL(fileURLWithPath: folder + "/" + taken))
        #expect {
            _ = try Generator().generate(records, into: OutputFolder(path: folder))
        } throws: { error in
            // The library says the file is there; advice about `--force` is the command's to give.
            (error as? OutputError)?.kind == .exists && "\(error)".contains(taken) && !"\(error)".contains("--force")
        }
        #expect(Paths.files(in: folder) == [taken], "no other record written, no manifest")
        #expect(try String(contentsOfFile: folder + "/" + taken, encoding: .utf8) == "signed copy")
    }

    @Test(.enabled(if: PDFConverter.office != nil), arguments: [("600", 0o600 as mode_t, 0o700 as mode_t), ("640", 0o640, 0o750)])
    func pdfsAndTheirFoldersAreAsPrivateAsTheMode(mode: String, file: mode_t, folder: mode_t) throws {
        let out = Paths.temporaryFolder("batch-pdf-mode") + "/documents"
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: out).deletingLastPathComponent().path) }
        var arguments = ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--format", "pdf", "--only", "consents", "--person", "s3"]
        if mode != "600" { arguments += ["--mode", mode] }
        let result = try Office.run(Paths.tool, arguments)
        #expect(result.status == 0, "\(result.error)")
        let files = Paths.files(in: out)
        #expect(files == ["consents/Лебедев Л.Р. — отзыв согласия на обработку ПДн.pdf",
            "consents/Лебедев Л.Р. — согласие законного представителя на обработку ПДн.pdf", "manifest.csv"])
        for name in files { #expect(Self.permissions(out + "/" + name) == file, "\(name)") }
        #expect(Self.permissions(out) == folder)
        #expect(Self.permissions(out + "/consents") == folder)
    }

    @Test func foldersMadeForDocumentsAreTheOwnersOnly() throws {
        let parent = Paths.temporaryFolder("batch-folders")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let folder = OutputFolder(path: parent + "/out")
        try folder.prepare(subfolder: "consents")
        try folder.write([1], to: "consents/x.docx")
        #expect(Self.permissions(parent + "/out") == 0o700)
        #expect(Self.permissions(parent + "/out/consents") == 0o700)
        #expect(Self.permissions(parent + "/out/consents/x.docx") == 0o600)
    }

    // MARK: Helpers

    struct ManifestLine {
        var file: String
        var subject: String
        /// The surnames in the subject: «p1 (Кравченко, Ильин)»; none for the school's own documents.
        var surnames: [String] {
            guard let open = subject.firstIndex(of: "("), let close = subject.lastIndex(of: ")") else { return [] }
            return subject[subject.index(after: open)..<close].components(separatedBy: ", ")
        }
    }

    func manifestLines(in folder: String) throws -> [ManifestLine] {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + Manifest.fileName)))
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        return lines.map { line in
            let fields = line.components(separatedBy: ";")
            return ManifestLine(file: fields[0], subject: fields[2])
        }
    }

    /// The text of each file: PDFs read by poppler, documents through LibreOffice, a folder at a time
    /// (LibreOffice names what it converts by the file's name alone).
    static func texts(of files: [String]) throws -> [String: String] {
        var texts: [String: String] = [:]
        let pdfs = files.filter { $0.hasSuffix(".pdf") }
        if !pdfs.isEmpty {
            let pdftotext = try #require(Office.which("pdftotext"))
            for pdf in pdfs { texts[pdf] = try Office.run(pdftotext, ["-enc", "UTF-8", pdf, "-"]).output }
        }
        let documents = Dictionary(grouping: files.filter { !$0.hasSuffix(".pdf") }) { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        for group in documents.values { texts.merge(try Office.text(of: group)) { $1 } }
        return texts
    }

    static func caseForms(ofSurnameOf fullName: String) -> Set<String> {
        guard let name = PersonName(parsing: fullName) else { return [] }
        return Set(GrammaticalCase.allCases.map { name.declined(to: $0).surname })
    }

    static func permissions(_ path: String) -> mode_t {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return status.st_mode & 0o777
    }
}
