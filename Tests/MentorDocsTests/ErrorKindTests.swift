import DocumentEngine
import Foundation
import SpecSyntax
import TemplateAuthoring
import Testing
import TestSupport

@testable import MentorDocs

/// The domain's errors say what kind they are; the library's messages state the fact, and the
/// command adds the advice (`--force`, `--allow-missing`, what to install) by the kind.
@Suite struct DomainErrorKindTests {
    /// A folder of templates whose adult consent prints an e-mail address only the first adult has.
    static func templatesNeedingAnEmail(in parent: String) throws -> String {
        let templates = parent + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try Data(try SampleDocument.docx("{{ person.full_name }}, {{ person.email }}"))
            .write(to: URL(fileURLWithPath: templates + "/consent-adult.docx"))
        return templates
    }

    @Test func aRecordWithoutDataFailsAsMissingDataNamedByIdAndSurnameOnly() throws {
        let parent = Paths.temporaryFolder("kinds-missing")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let records = DocumentPlanner.records(for: programme, kinds: [.consentAdult])
        let generator = Generator(templates: TemplateSource(folder: try Self.templatesNeedingAnEmail(in: parent)), jobs: 1)
        do {
            _ = try generator.generate(records, into: OutputFolder(path: parent + "/out"))
            Issue.record("generated without the e-mail addresses")
        } catch let error as GenerationError {
            #expect(error.kinds == [.missingValue])
            #expect(error.document == .consentAdult)
            #expect(error.subject == "t2 (Ильин)")
            let message = "\(error)"
            #expect(!message.contains("--allow-missing"), "advice is the command's")
            let documentNumbers = programme.participants.compactMap { $0.person.document?.number }
            #expect(!documentNumbers.isEmpty)
            #expect(documentNumbers.allSatisfy { !message.contains($0) }, "no document numbers in messages")
        }
    }

    @Test func aBrokenSchoolTemplateFailsAsTheTemplate() throws {
        let parent = Paths.temporaryFolder("kinds-template")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try FileManager.default.createDirectory(atPath: parent + "/templates", withIntermediateDirectories: true)
        try Data("это не документ".utf8).write(to: URL(fileURLWithPath: parent + "/templates/consent-adult.docx"))
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let generator = Generator(templates: TemplateSource(folder: parent + "/templates"))
        do {
            _ = try generator.generate(DocumentPlanner.records(for: programme, kinds: [.consentAdult]), into: OutputFolder(path: parent + "/out"))
            Issue.record("generated from a file that is not a document")
        } catch let error as TemplateError {
            #expect(error.kinds == [.archive(.notAZip)])
        }
    }

    @Test func aPathThatIsAFileIsNotAFolder() throws {
        let parent = Paths.temporaryFolder("kinds-not-a-folder")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: parent + "/file"))
        do {
            try OutputFolder(path: parent + "/file").prepare()
            Issue.record("a file was taken for a folder")
        } catch {
            #expect(error.kind == .notAFolder)
        }
    }

    @Test func noLibreOfficeIsAMissingConverterWithoutInstallAdvice() {
        let error = PDFConverter.missing
        #expect(error.kind == .converterMissing)
        #expect(error.message.contains("LibreOffice"))
        #expect(!error.message.contains("apt-get"))
    }

    @Test func specProblemsAreUnreadableSyntaxOrValidation() throws {
        let folder = Paths.temporaryFolder("kinds-spec")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func kinds(_ text: String?) throws -> Set<SpecDiagnostic.Kind> {
            let path = folder + "/s.spec"
            try? FileManager.default.removeItem(atPath: path)
            if let text { try text.write(toFile: path, atomically: true, encoding: .utf8) }
            do {
                _ = try SpecReader.read(contentsOf: path)
                return []
            } catch {
                return error.kinds
            }
        }
        #expect(try kinds(nil) == [.unreadable])
        #expect(try kinds("organisation:\n\tname: x\n") == [.syntax])
        let example = try String(contentsOfFile: Paths.exampleSpec, encoding: .utf8)
        #expect(try kinds(example) == [])
        #expect(try kinds(example.replacingOccurrences(of: "    mentor: t1\n", with: "    mentor: t99\n")) == [.validation])
    }

    @Test func aTableWithoutColumnsIsATableStructureError() {
        let document = AuthoredDocument(title: "t", blocks: [.table(Table(columns: [], rows: []))])
        for writer in [DocxWriter() as any DocumentWriter, OdtWriter()] {
            do {
                _ = try writer.write(document, name: "t")
                Issue.record("a table without columns was written")
            } catch {
                #expect(error.kind == .tableStructure, "\(error)")
            }
        }
    }

    @Test func aTagThatDoesNotParseIsAMalformedTagError() {
        let document = AuthoredDocument(title: "t", blocks: [.paragraph(Paragraph(["{{ a | }}"]))])
        do {
            _ = try DocxWriter().write(document, name: "t")
            Issue.record("a broken tag was written")
        } catch {
            #expect(error.kind == .malformedTag, "\(error)")
        }
    }
}

/// The command gives the advice the library leaves out, by the error's kind.
@Suite struct CommandLineAdviceTests {
    @Test func aFileAlreadyThereIsAdvisedToUseForce() throws {
        let out = Paths.temporaryFolder("advice-force") + "/documents"
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: out).deletingLastPathComponent().path) }
        let first = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--only", "roadmap"])
        #expect(first.status == 0, "\(first.error)")
        let again = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--only", "roadmap"])
        #expect(again.status == 1)
        #expect(again.error.contains("exists already; nothing was written"), "\(again.error)")
        #expect(again.error.contains("note: use --force to replace files that are there already"), "\(again.error)")
    }

    @Test func missingDataIsAdvisedToUseAllowMissing() throws {
        let parent = Paths.temporaryFolder("advice-missing")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let templates = try DomainErrorKindTests.templatesNeedingAnEmail(in: parent)
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", parent + "/out", "--templates", templates,
            "--only", "consents", "--jobs", "1"])
        #expect(result.status == 1)
        #expect(result.error.contains("no data for “person.email”"), "\(result.error)")
        #expect(result.error.contains("note: --allow-missing prints an empty value where the data has none instead"), "\(result.error)")
    }

    @Test func anAbsentSectionIsAdvisedToUseAllowMissing() throws {
        let folder = Paths.temporaryFolder("advice-section")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(try SampleDocument.docx("{{#copies}}Экземпляр{{/copies}}")).write(to: URL(fileURLWithPath: folder + "/t.docx"))
        try "name: x\n".write(toFile: folder + "/data.spec", atomically: true, encoding: .utf8)
        let result = try Office.run(Paths.tool, ["fill", folder + "/t.docx", folder + "/data.spec", "--out", folder + "/out.docx"])
        #expect(result.status == 1)
        #expect(result.error.contains("no data for “copies”"), "\(result.error)")
        #expect(result.error.contains("note: --allow-missing hides a section whose name is not in the data instead"), "\(result.error)")
        let allowed = try Office.run(Paths.tool, ["fill", folder + "/t.docx", folder + "/data.spec", "--out", folder + "/out.docx", "--allow-missing"])
        #expect(allowed.status == 0, "the advice works: \(allowed.error)")
    }

    @Test func aTemplateProblemGetsNoAdvice() throws {
        let folder = Paths.temporaryFolder("advice-none")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("не документ".utf8).write(to: URL(fileURLWithPath: folder + "/t.docx"))
        let result = try Office.run(Paths.tool, ["inspect", folder + "/t.docx"])
        #expect(result.status == 1)
        #expect(!result.error.contains("note:"), "\(result.error)")
    }
}
