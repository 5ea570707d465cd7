import DocumentEngine
import Foundation
import Testing
import TestSupport

/// `fill`, `inspect` and `generate --templates` with the kinds of file Word and LibreOffice save
/// besides `.docx` and `.odt`.
@Suite struct SavedFileKindCommandTests {
    static let data = """
        school: { name: "Лицей № 5" }
        pupils:
          - { surname: Белова, name: Дарья }
          - { surname: Орлов, name: Илья }
        """

    func macroTemplate(in folder: String) throws -> String {
        var saved = WordSavedPackage(kind: .dotm, body: "<w:p><w:r><w:t>{{ school.name }}: {{ surname }} {{ name }}</w:t></w:r></w:p>")
        saved.mainPart = "word/document2.xml"
        saved.macros = true
        saved.title = "Согласие: {{ surname }}"
        let path = folder + "/Согласие.dotm"
        try Data(try saved.bytes()).write(to: URL(fileURLWithPath: path))
        try Self.data.write(toFile: folder + "/class.spec", atomically: true, encoding: .utf8)
        return path
    }

    @Test func aMacroTemplateFillsDocxFiles() throws {
        let folder = Paths.temporaryFolder("kinds-fill")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try macroTemplate(in: folder)
        let result = try Office.run(Paths.tool, ["fill", template, folder + "/class.spec", "--each", "pupils", "--out", folder + "/out", "--name", "{{ surname }}"])
        #expect(result.status == 0, "\(result.error)")
        #expect(Paths.files(in: folder + "/out") == ["Белова.docx", "Орлов.docx"])
        let file = folder + "/out/Белова.docx"
        let reader = try ArchiveReader(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), file: file)
        #expect(reader.entry(named: "word/vbaProject.bin") == nil)
        #expect(String(decoding: try reader.read("[Content_Types].xml"), as: UTF8.self)
            .contains("ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\""))
        #expect(Office.folded(try Office.text(of: [file])[file] ?? "") == "Лицей № 5: Белова Дарья")
        #expect(try Office.properties(of: [file])[file]?["Title"] == "Согласие: Белова")
    }

    @Test func anOutputNamedAsATemplateIsWrittenAsADocument() throws {
        let folder = Paths.temporaryFolder("kinds-out")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let saved = LibreOfficeSavedPackage(kind: .ott, body: "<text:p>{{ school.name }}</text:p>")
        try Data(try saved.bytes()).write(to: URL(fileURLWithPath: folder + "/letter.ott"))
        try Self.data.write(toFile: folder + "/class.spec", atomically: true, encoding: .utf8)
        let result = try Office.run(Paths.tool, ["fill", folder + "/letter.ott", folder + "/class.spec", "--out", folder + "/filled.ott"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "written: \(folder)/filled.odt\n")
        #expect(Paths.files(in: folder).contains("filled.odt"))
        let mimetype = try ArchiveReader(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/filled.odt"))), file: "out").read("mimetype")
        #expect(String(decoding: mimetype, as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test func aFileOfAnotherKindIsRefusedWithTheKindsWeRead() throws {
        let folder = Paths.temporaryFolder("kinds-doc")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data([0xD0, 0xCF, 0x11, 0xE0]).write(to: URL(fileURLWithPath: folder + "/form.doc"))
        try Self.data.write(toFile: folder + "/class.spec", atomically: true, encoding: .utf8)
        for arguments in [["inspect", folder + "/form.doc"], ["fill", folder + "/form.doc", folder + "/class.spec", "--out", folder + "/x.docx"]] {
            let result = try Office.run(Paths.tool, arguments)
            #expect(result.status == 1)
            #expect(result.error == "error: \(folder)/form.doc is a .doc file; mentordocs reads .docx, .docm, .dotx, .dotm, .odt, .ott, .xlsx, .ods and .ots; save it in one of those in Word, Excel or LibreOffice\n")
        }
    }

    @Test func inspectListsTagsInPropertiesWithTheirPart() throws {
        let folder = Paths.temporaryFolder("kinds-inspect")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Office.run(Paths.tool, ["inspect", try macroTemplate(in: folder)])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("(DOTM): 4 tag(s)"), "\(result.output)")
        #expect(result.output.contains("docProps/core.xml, paragraph 1: {{ surname }}"))
        #expect(result.output.contains("word/document2.xml, paragraph 1: {{ school.name }}"))
    }

    @Test func generateTakesASchoolsTemplateSavedAsATemplate() throws {
        let parent = Paths.temporaryFolder("kinds-generate")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let templates = parent + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        let saved = WordSavedPackage(kind: .dotx, body: "<w:p><w:r><w:t>Своя форма: {{ person.full_name }}</w:t></w:r></w:p>")
        try Data(try saved.bytes()).write(to: URL(fileURLWithPath: templates + "/consent-adult.dotx"))
        let out = parent + "/documents"
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--templates", templates, "--only", "consents"])
        #expect(result.status == 0, "\(result.error)")
        let file = out + "/consents/Кравченко Е.В. — согласие на обработку ПДн.docx"
        #expect(Office.folded(try Office.text(of: [file])[file] ?? "").hasPrefix("Своя форма: Кравченко"))
    }
}
