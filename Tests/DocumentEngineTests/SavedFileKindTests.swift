import DocumentEngine
import Foundation
import Testing
import TestSupport

/// Templates, macro-enabled files and Office 365's renamed body, as Word and LibreOffice save them:
/// filled, and written as plain documents.
@Suite struct SavedFileKindTests {
    static let documentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

    func render(_ bytes: [UInt8], _ data: TemplateValue) throws -> (CompiledTemplate, ArchiveReader) {
        let template = try CompiledTemplate.compile(bytes: bytes, file: "t")
        return (template, try ArchiveReader(bytes: try DocumentRenderer(template).render(data), file: "out"))
    }

    func text(_ reader: ArchiveReader, _ part: String) throws -> String {
        String(decoding: try reader.read(part), as: UTF8.self)
    }

    @Test func aMacroTemplateWithARenamedBodyIsFilledAndWrittenAsADocxWithoutItsMacros() throws {
        var saved = WordSavedPackage(kind: .dotm, body: "<w:p><w:r><w:t>Директору {{ org }}</w:t></w:r></w:p>")
        saved.mainPart = "word/document2.xml"
        saved.header = "<w:p><w:r><w:t>{{ org | upper }}</w:t></w:r></w:p>"
        saved.macros = true
        let (template, reader) = try render(try saved.bytes(), ["org": "Лицей № 5"])
        #expect(template.kind == .dotm)
        #expect(template.format == .docx)
        #expect(template.compiledParts == ["word/document2.xml", "word/header1.xml"])
        #expect(SamplePackages.text(ofXML: try text(reader, "word/document2.xml")) == "Директору Лицей № 5\n")
        #expect(SamplePackages.text(ofXML: try text(reader, "word/header1.xml")) == "ЛИЦЕЙ № 5\n")

        let names = Set(reader.entries.map(\.name))
        #expect(names.isDisjoint(with: ["word/vbaProject.bin", "word/vbaData.xml", "word/_rels/vbaProject.bin.rels"]))
        let types = try text(reader, "[Content_Types].xml")
        #expect(types.contains("PartName=\"/word/document2.xml\" ContentType=\"\(Self.documentType)\""))
        #expect(!types.contains("vbaProject") && !types.contains("vbaData") && !types.contains("macroEnabled"))
        let relationships = try text(reader, "word/_rels/document2.xml.rels")
        #expect(!relationships.contains("vbaProject"))
        #expect(relationships.contains("header1.xml") && relationships.contains("styles.xml"))
        #expect(reader.entries.first?.name == "[Content_Types].xml")
    }

    @Test func aTemplateIsWrittenAsADocument() throws {
        let saved = WordSavedPackage(kind: .dotx, body: "<w:p><w:r><w:t>{{ name }}</w:t></w:r></w:p>")
        let (template, reader) = try render(try saved.bytes(), ["name": "Белова"])
        #expect(template.kind == .dotx)
        let types = try text(reader, "[Content_Types].xml")
        #expect(types.contains("PartName=\"/word/document.xml\" ContentType=\"\(Self.documentType)\""))
        #expect(!types.contains("template.main+xml"))
    }

    @Test func aDocumentKeepsItsPackageAsItWas() throws {
        let bytes = try WordSavedPackage(kind: .docx, body: "<w:p><w:r><w:t>{{ name }}</w:t></w:r></w:p>").bytes()
        let (template, reader) = try render(bytes, ["name": "Белова"])
        #expect(template.kind == .docx)
        #expect(try reader.read("[Content_Types].xml") == ArchiveReader(bytes: bytes, file: "t").read("[Content_Types].xml"))
    }

    @Test func anOpenDocumentTemplateIsWrittenAsAText() throws {
        let saved = LibreOfficeSavedPackage(kind: .ott, body: "<text:p>{{ name }}</text:p>")
        let (template, reader) = try render(try saved.bytes(), ["name": "Белова"])
        #expect(template.kind == .ott)
        #expect(reader.entries.first?.name == "mimetype")
        #expect(reader.entries.first?.isStored == true)
        #expect(try text(reader, "mimetype") == "application/vnd.oasis.opendocument.text")
        let manifest = try text(reader, "META-INF/manifest.xml")
        #expect(manifest.contains("manifest:media-type=\"application/vnd.oasis.opendocument.text\""))
        #expect(!manifest.contains("text-template"))
    }

    @Test func aMainPartNamedButMissingIsNamedInTheError() throws {
        let writer = try ArchiveWriter(name: "t.docx")
        try writer.add("[Content_Types].xml", bytes: Array("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8))
        try writer.add("_rels/.rels", bytes: Array("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/word/document2.xml\"/></Relationships>".utf8))
        try writer.add("word/document.xml", bytes: Array("<w:document \(WordSavedPackage.wordNamespaces)><w:body/></w:document>".utf8))
        do {
            _ = try CompiledTemplate.compile(bytes: try writer.finish(), file: "t.docx")
            Issue.record("a missing main part must be refused")
        } catch let error as TemplateError {
            #expect(error.description == "t.docx: _rels/.rels: the document part it names, word/document2.xml, is not in the archive: not a DOCX or XLSX document")
        }
    }

    @Test func fileKindsByName() {
        #expect(DocumentFileKind(fileName: "Согласие.DOTM") == .dotm)
        #expect(DocumentFileKind(fileName: "form.ott")?.format == .odt)
        #expect(DocumentFileKind(fileName: "form.doc") == nil)
        #expect(DocumentFileKind.refusal(of: "forms/form.doc")
            == "forms/form.doc is a .doc file; mentordocs reads .docx, .docm, .dotx, .dotm, .odt, .ott, .xlsx, .ods and .ots; save it in one of those in Word, Excel or LibreOffice")
        #expect(DocumentFileKind.refusal(of: "form").contains("form has no extension that tells its kind"))
    }

    @Test func libreOfficeOpensWhatTemplatesBecame() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentordocs-kinds-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var word = WordSavedPackage(kind: .dotm, body: "<w:p><w:r><w:t>Директору {{ org }}</w:t></w:r></w:p>")
        word.mainPart = "word/document2.xml"
        word.macros = true
        let open = LibreOfficeSavedPackage(kind: .ott, body: "<text:p>Директору {{ org }}</text:p>")
        var files: [String] = []
        for (name, bytes) in [("word.docx", try word.bytes()), ("open.odt", try open.bytes())] {
            let template = try CompiledTemplate.compile(bytes: bytes, file: name)
            let path = folder + "/" + name
            try Data(try DocumentRenderer(template).render(["org": "Лицей № 5"])).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let texts = try Office.text(of: files)
        for file in files { #expect(Office.folded(texts[file] ?? "") == "Директору Лицей № 5", "\(file)") }
    }
}
