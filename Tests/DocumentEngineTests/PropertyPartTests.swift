import DocumentEngine
import Foundation
import Testing
import TestSupport

/// Comments, document properties and the custom XML data behind content controls: parts whose
/// text Word and LibreOffice show, filled like the body.
@Suite struct PropertyPartTests {
    static let data: TemplateValue = ["org": "Лицей № 5 «Эврика» & Co", "kind": "согласие", "note": "проверить\nподпись"]

    func wordTemplate() throws -> [UInt8] {
        var saved = WordSavedPackage(body: "<w:p><w:r><w:t>Текст</w:t></w:r></w:p>")
        saved.title = "{{ kind | capitalize }}: {{ org }}"
        saved.subject = "{{ note }}"
        saved.company = "{{ org }}"
        saved.customProperty = ("Школа", "{{ org }}")
        saved.comment = "{{ note }}"
        saved.coverAbstract = "{{ org }}"
        return try saved.bytes()
    }

    func element(_ name: String, in xml: String) -> String? {
        guard let start = xml.range(of: "<\(name)>"), let end = xml.range(of: "</\(name)>", range: start.upperBound..<xml.endIndex) else { return nil }
        return String(xml[start.upperBound..<end.lowerBound])
    }

    @Test func wordPropertiesCommentsAndCoverPageDataAreFilled() throws {
        let template = try CompiledTemplate.compile(bytes: try wordTemplate(), file: "t.docx")
        #expect(template.compiledParts == ["customXml/item1.xml", "docProps/app.xml", "docProps/core.xml", "docProps/custom.xml",
            "word/comments.xml", "word/document.xml"])
        #expect(template.tags.contains { $0.location.part == "docProps/core.xml" && $0.source == "{{ kind | capitalize }}" })
        let reader = try ArchiveReader(bytes: try DocumentRenderer(template).render(Self.data), file: "out")
        func part(_ name: String) throws -> String { String(decoding: try reader.read(name), as: UTF8.self) }

        let core = try part("docProps/core.xml")
        #expect(element("dc:title", in: core) == "Согласие: Лицей № 5 «Эврика» &amp; Co")
        // A property is plain text: a line break stays a character, never Word's markup.
        #expect(element("dc:subject", in: core) == "проверить\nподпись")
        #expect(!core.contains("w:br") && !core.contains("w:t"))
        #expect(element("Company", in: try part("docProps/app.xml")) == "Лицей № 5 «Эврика» &amp; Co")
        #expect(element("vt:lpwstr", in: try part("docProps/custom.xml")) == "Лицей № 5 «Эврика» &amp; Co")
        #expect(SamplePackages.text(ofXML: try part("word/comments.xml")) == "проверить\nподпись\n")
        // The bound data and the content control's cached copy agree.
        #expect(element("Abstract", in: try part("customXml/item1.xml")) == "Лицей № 5 «Эврика» &amp; Co")
        #expect(SamplePackages.text(ofXML: try part("word/document.xml")).hasPrefix("Лицей № 5 «Эврика» & Co\n"))
        #expect(try part("customXml/itemProps1.xml").contains("55AF091B"))
    }

    @Test func aMistakeInAPropertyIsNamedByItsPart() throws {
        var saved = WordSavedPackage(body: "<w:p><w:r><w:t>Текст</w:t></w:r></w:p>")
        saved.title = "{{ org | nosuch }}"
        do {
            _ = try CompiledTemplate.compile(bytes: try saved.bytes(), file: "t.docx")
            Issue.record("an unknown filter must be refused")
        } catch let error as TemplateError {
            #expect(error.description == "t.docx: docProps/core.xml, paragraph 1 («{{ org | nosuch }}»): unknown filter “nosuch” in “{{ org | nosuch }}”")
        }
    }

    @Test func openDocumentMetaIsFilled() throws {
        var saved = LibreOfficeSavedPackage(body: "<text:p>{{ org }}</text:p>")
        saved.title = "{{ kind | upper }}"
        saved.userDefined = ("Школа", "{{ org }}")
        let template = try CompiledTemplate.compile(bytes: try saved.bytes(), file: "t.odt")
        #expect(template.compiledParts == ["content.xml", "meta.xml"])
        let meta = String(decoding: try ArchiveReader(bytes: try DocumentRenderer(template).render(Self.data), file: "out").read("meta.xml"), as: UTF8.self)
        #expect(element("dc:title", in: meta) == "СОГЛАСИЕ")
        #expect(meta.contains("meta:name=\"Школа\" meta:value-type=\"string\">Лицей № 5 «Эврика» &amp; Co</meta:user-defined>"))
    }

    @Test func libreOfficeShowsTheFilledTitleAndSubject() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentordocs-properties-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var open = LibreOfficeSavedPackage(kind: .ott, body: "<text:p>{{ org }}</text:p>")
        open.title = "{{ kind | capitalize }}: {{ org }}"
        open.subject = "{{ kind }}"
        var word = WordSavedPackage(kind: .dotx, body: "<w:p><w:r><w:t>{{ org }}</w:t></w:r></w:p>")
        word.title = "{{ kind | capitalize }}: {{ org }}"
        word.subject = "{{ kind }}"
        var files: [String] = []
        for (name, bytes) in [("word.docx", try word.bytes()), ("open.odt", try open.bytes())] {
            let template = try CompiledTemplate.compile(bytes: bytes, file: name)
            let path = folder + "/" + name
            try Data(try DocumentRenderer(template).render(Self.data)).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let properties = try Office.properties(of: files)
        for file in files {
            #expect(properties[file]?["Title"] == "Согласие: Лицей № 5 «Эврика» & Co", "\(file)")
            #expect(properties[file]?["Subject"] == "согласие", "\(file)")
        }
    }
}
