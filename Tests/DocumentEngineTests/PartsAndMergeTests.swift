import Testing
import DocumentEngine
import Foundation

@Suite struct PartsAndMergeTests {
    @Test func fillsHeadersFootersAndFootnotes() throws {
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr \(SamplePackages.wordNamespaces)><w:p><w:r><w:t>{{ org }}</w:t></w:r></w:p></w:hdr>"
        let footnotes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes \(SamplePackages.wordNamespaces)><w:footnote w:id=\"1\"><w:p><w:r><w:t>См. {{ law }}</w:t></w:r></w:p></w:footnote></w:footnotes>"
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>тело</w:t></w:r></w:p>",
            extraParts: ["word/header1.xml": header, "word/footnotes.xml": footnotes])
        let template = try CompiledTemplate.compile(bytes: bytes, file: "t.docx")
        #expect(template.compiledParts == ["word/footnotes.xml", "word/header1.xml"])
        let output = try DocumentRenderer(template).render(["org": "Школа № 1", "law": "152-ФЗ"])
        let reader = try ArchiveReader(bytes: output, file: "out")
        #expect(SamplePackages.text(ofXML: String(decoding: try reader.read("word/header1.xml"), as: UTF8.self)) == "Школа № 1\n")
        #expect(SamplePackages.text(ofXML: String(decoding: try reader.read("word/footnotes.xml"), as: UTF8.self)) == "См. 152-ФЗ\n")
    }

    @Test func mergeRepeatsTheBodyWithPageBreaks() throws {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>Согласие: {{ name }} ({{ school }})</w:t></w:r></w:p>")
        let template = try CompiledTemplate.compile(bytes: bytes, file: "t.docx", options: CompileOptions(repeatBody: DataPath([.key("people")])))
        let output = try DocumentRenderer(template).render(["school": "СОШ", "people": [["name": "А"], ["name": "Б"], ["name": "В"]]])
        let xml = String(decoding: try ArchiveReader(bytes: output, file: "out").read("word/document.xml"), as: UTF8.self)
        #expect(SamplePackages.text(ofXML: xml) == "Согласие: А (СОШ)\n\nСогласие: Б (СОШ)\n\nСогласие: В (СОШ)\n")
        #expect(xml.components(separatedBy: "w:type=\"page\"").count == 3)
        #expect(xml.contains("<w:sectPr/></w:body>"))
    }

    @Test func odtListItemsRepeat() throws {
        let body = "<text:list><text:list-item><text:p>{{#points}}{{.}}</text:p></text:list-item><text:list-item><text:p>{{/points}}</text:p></text:list-item></text:list>"
        let xml = try SamplePackages.fill(try SamplePackages.odt(body: body), ["points": ["один", "два"]])
        #expect(xml.components(separatedBy: "<text:list-item>").count == 5)
        #expect(SamplePackages.text(ofXML: xml).hasPrefix("один\n\nдва\n"))
    }

    @Test func odtMergeAddsItsPageBreakStyle() throws {
        let bytes = try SamplePackages.odt(body: "<text:p>{{ name }}</text:p>")
        let template = try CompiledTemplate.compile(bytes: bytes, file: "t.odt", options: CompileOptions(repeatBody: DataPath([.key("people")])))
        let output = try DocumentRenderer(template).render(["people": [["name": "А"], ["name": "Б"]]])
        let xml = String(decoding: try ArchiveReader(bytes: output, file: "out").read("content.xml"), as: UTF8.self)
        #expect(xml.contains("style:name=\"MentordocsPageBreak\""))
        #expect(xml.components(separatedBy: "text:style-name=\"MentordocsPageBreak\"").count == 2)
        #expect(SamplePackages.text(ofXML: xml) == "А\nБ\n")
    }

    @Test func textTemplatesNameFiles() throws {
        let pattern = try TextTemplate("{{ surname | upper }} {{ id }}.docx")
        #expect(try pattern.render(["surname": "Белова", "id": "s1"]).get() == "БЕЛОВА s1.docx")
        if case .failure(let failure) = pattern.render(["id": "s1"]) {
            #expect(failure.messages == ["no data for “surname” (in “{{ surname | upper }}”)"])
        } else {
            Issue.record("a missing value must fail")
        }
    }

    @Test func compileOnceRenderMany() throws {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>{{ n }}</w:t></w:r></w:p>")
        let template = try CompiledTemplate.compile(bytes: bytes, file: "t.docx")
        let renderer = try DocumentRenderer(template)
        for n in 1...50 {
            let xml = String(decoding: try ArchiveReader(bytes: try renderer.render(["n": .text("\(n)")]), file: "o").read("word/document.xml"), as: UTF8.self)
            #expect(SamplePackages.text(ofXML: xml) == "\(n)\n")
        }
    }

    @Test func fillsODTHeadersInStyles() throws {
        let bytes = try SamplePackages.odt(body: "<text:p>тело</text:p>", header: "<text:p>{{ org | upper }}</text:p>")
        let template = try CompiledTemplate.compile(bytes: bytes, file: "t.odt")
        #expect(template.compiledParts == ["styles.xml"])
        let output = try DocumentRenderer(template).render(["org": "лицей"])
        let styles = String(decoding: try ArchiveReader(bytes: output, file: "out").read("styles.xml"), as: UTF8.self)
        #expect(styles.contains("<style:header><text:p>ЛИЦЕЙ</text:p></style:header>"))
    }

    @Test func aTagAcrossThreeSpansWithDifferentFormattingTakesTheFirstOnes() throws {
        let body = "<text:p>Я, <text:span text:style-name=\"Bold\">{{ per</text:span><text:span text:style-name=\"Italic\">son.full</text:span><text:span text:style-name=\"Under\">_name }}</text:span>, даю</text:p>"
        let xml = try SamplePackages.fill(try SamplePackages.odt(body: body), ["person": ["full_name": "Белова Дарья"]])
        #expect(SamplePackages.text(ofXML: xml) == "Я, Белова Дарья, даю\n")
        #expect(xml.contains("<text:span text:style-name=\"Bold\">Белова Дарья</text:span>"))
    }
}
