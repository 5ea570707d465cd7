import Testing
import DocumentEngine

/// Every kind of template error, all reported at once with the part, the paragraph and its text.
@Suite struct TemplateErrorTests {
    func problems(docx body: String, filters: FilterRegistry = .standard) throws -> [String] {
        let bytes = try SamplePackages.docx(body: body)
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: bytes, file: "форма.docx", filters: filters) }
        return error?.problems.map(\.description) ?? []
    }

    func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    @Test func unclosedSection() throws {
        #expect(try problems(docx: paragraph("Пары: {{#pairs}}{{mentor}}")) == [
            "word/document.xml, paragraph 1 («Пары: {{#pairs}}{{mentor}}»): the section “{{#pairs}}” is never closed; add {{/pairs}}",
        ])
    }

    @Test func unopenedSection() throws {
        #expect(try problems(docx: paragraph("текст {{/pairs}}")) == [
            "word/document.xml, paragraph 1 («текст {{/pairs}}»): “{{/pairs}}” closes a section that was never opened",
        ])
    }

    @Test func mismatchedClose() throws {
        let found = try problems(docx: paragraph("{{#a}}{{#b}}") + paragraph("{{/a}}"))
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("word/document.xml, paragraph 2 («{{/a}}»): “{{/a}}” closes “a” while “b” is still open (opened at word/document.xml, paragraph 1"))
    }

    @Test func unknownFilterAndMalformedTagsAllAtOnce() throws {
        let found = try problems(docx: paragraph("{{ name | dativ }}") + paragraph("{{ name | }}") + paragraph("{{ org.name") + paragraph("{{ a b }}"))
        #expect(found == [
            "word/document.xml, paragraph 1 («{{ name | dativ }}»): unknown filter “dativ” in “{{ name | dativ }}”",
            "word/document.xml, paragraph 2 («{{ name | }}»): malformed tag “{{ name | }}”: a filter name is missing after “|”",
            "word/document.xml, paragraph 3 («{{ org.name»): the tag “{{ org.name” is not closed with }}",
            "word/document.xml, paragraph 4 («{{ a b }}»): malformed tag “{{ a b }}”: unexpected “b” in the tag",
        ])
    }

    @Test func wrongNumberOfFilterArguments() throws {
        #expect(try problems(docx: paragraph("{{ d | date }}")) == [
            "word/document.xml, paragraph 1 («{{ d | date }}»): the filter “date” takes 1 argument(s), 0 given in “{{ d | date }}”",
        ])
    }

    @Test func sectionFromACellToOutsideTheTable() throws {
        let body = "<w:tbl><w:tr><w:tc>\(paragraph("{{#rows}}"))</w:tc></w:tr></w:tbl>" + paragraph("{{/rows}}")
        let found = try problems(docx: body)
        #expect(found.count == 1)
        #expect(found[0].contains("the section “{{#rows}}” opens in a table cell and closes outside that table"))
    }

    @Test func sectionAcrossTwoTables() throws {
        let body = "<w:tbl><w:tr><w:tc>\(paragraph("{{#rows}}"))</w:tc></w:tr></w:tbl><w:tbl><w:tr><w:tc>\(paragraph("{{/rows}}"))</w:tc></w:tr></w:tbl>"
        let found = try problems(docx: body)
        #expect(found.count == 1)
        #expect(found[0].contains("opens in a table cell and closes outside that table"))
    }

    @Test func pageBreakInsideAParagraphIsRefused() throws {
        let found = try problems(docx: paragraph("{{#a pagebreak}}x{{/a}}"))
        #expect(found.count == 1)
        #expect(found[0].contains("asks for a page break but opens and closes inside one paragraph"))
    }

    @Test func locationsNameTheHeaderPart() throws {
        let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:hdr \(SamplePackages.wordNamespaces)><w:p><w:r><w:t>{{#x}}</w:t></w:r></w:p></w:hdr>"
        let bytes = try SamplePackages.docx(body: paragraph("ok"), extraParts: ["word/header1.xml": header])
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: bytes, file: "форма.docx") }
        #expect(error?.description == "форма.docx: word/header1.xml, paragraph 1 («{{#x}}»): the section “{{#x}}” is never closed; add {{/x}}")
    }

    @Test func malformedXMLIsNamedWithLineAndColumn() throws {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>{{ a }}</w:r></w:p>")
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: bytes, file: "форма.docx") }
        #expect(error?.problems.first?.part == "word/document.xml")
        #expect(error?.description.contains("line 2, column") == true)
    }

    @Test func notAZip() throws {
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: Array("hello".utf8), file: "x.docx") }
        #expect(error?.description == "x.docx: not a zip archive (or a truncated one), so not a DOCX or ODT document")
    }
}
