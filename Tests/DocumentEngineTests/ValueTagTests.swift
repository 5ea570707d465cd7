import Testing
import DocumentEngine

@Suite struct ValueTagTests {
    @Test func fillsAPlainValueInDOCX() throws {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>Я, {{ person.full_name }}, даю согласие</w:t></w:r></w:p>")
        let xml = try SamplePackages.fill(bytes, ["person": ["full_name": "Соколова Анна Петровна"]])
        #expect(SamplePackages.text(ofXML: xml) == "Я, Соколова Анна Петровна, даю согласие\n")
    }

    @Test func fillsATagSplitAcrossRunsWithProofErrAndBookmark() throws {
        let body = """
            <w:p><w:r w:rsidR="00A1"><w:rPr><w:b/></w:rPr><w:t>Школа: {{</w:t></w:r><w:proofErr w:type="spellStart"/>\
            <w:r w:rsidR="00B2"><w:t xml:space="preserve"> org.</w:t></w:r><w:bookmarkStart w:id="0" w:name="x"/><w:proofErr w:type="spellEnd"/>\
            <w:r w:rsidR="00C3"><w:rPr><w:i/></w:rPr><w:t>name }</w:t></w:r><w:bookmarkEnd w:id="0"/><w:r><w:t>} конец</w:t></w:r></w:p>
            """
        let xml = try SamplePackages.fill(try SamplePackages.docx(body: body), ["org": ["name": "МБОУ «СОШ № 7»"]])
        #expect(SamplePackages.text(ofXML: xml) == "Школа: МБОУ «СОШ № 7» конец\n")
        // The value takes the formatting of the tag's first character: the bold run.
        #expect(xml.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\">Школа: МБОУ «СОШ № 7»</w:t>"))
    }

    @Test func escapesAndBreaksLines() throws {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>{{ a }}</w:t></w:r></w:p>")
        let xml = try SamplePackages.fill(bytes, ["a": "x < y & z\nвторая строка"])
        #expect(xml.contains("x &lt; y &amp; z</w:t><w:br/><w:t xml:space=\"preserve\">вторая строка"))
        let odd = try SamplePackages.fill(bytes, ["a": "\"a\"\tb\r\n\u{1}c>"])
        #expect(odd.contains("&quot;a&quot;</w:t><w:tab/><w:t xml:space=\"preserve\">b</w:t><w:br/><w:t xml:space=\"preserve\">c&gt;</w:t>"),
            "tabs and breaks become elements, CR and control characters are dropped, quotes escaped")
    }

    @Test func fillsAnODTTagAcrossSpans() throws {
        let body = "<text:p>Я, <text:span text:style-name=\"T1\">{{ per</text:span>son.<text:span>full_name }}</text:span>, даю</text:p>"
        let xml = try SamplePackages.fill(try SamplePackages.odt(body: body), ["person": ["full_name": "Петров  Иван"]])
        #expect(SamplePackages.text(ofXML: xml) == "Я, Петров  Иван, даю\n")
        #expect(xml.contains("<text:span text:style-name=\"T1\">Петров <text:s/>Иван</text:span>"))
    }

    @Test func appliesFiltersWithArguments() throws {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>{{ d | date: “dd.MM.yyyy” }} {{ x | default: \"—\" }} {{ n | upper }}</w:t></w:r></w:p>")
        let xml = try SamplePackages.fill(bytes, ["d": "2026-11-05", "n": "лицей"])
        #expect(SamplePackages.text(ofXML: xml) == "05.11.2026 — ЛИЦЕЙ\n")
    }

    @Test func reportsEveryMissingValueAtOnce() throws {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>{{ a }} {{ b.c }}</w:t></w:r></w:p><w:p><w:r><w:t>{{ d }}</w:t></w:r></w:p>")
        let error = #expect(throws: RenderError.self) { try SamplePackages.fill(bytes, ["a": "x"]) }
        #expect(error?.problems.map(\.message) == ["no data for “b.c” (in “{{ b.c }}”)", "no data for “d” (in “{{ d }}”)"])
        #expect(error?.problems.first?.location?.paragraph == 1)
        let allowed = try SamplePackages.fill(bytes, ["a": "x"], options: RenderOptions(allowMissing: true))
        #expect(SamplePackages.text(ofXML: allowed) == "x \n\n")
    }
}

@Suite struct TemplateFiltersTests {
    @Test func aTemplateIsRenderedWithTheFiltersItWasCompiledWith() throws {
        var registry = FilterRegistry.standard
        registry.register(Filter.text("shout") { $0 + "!" })
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>{{ word | shout }}</w:t></w:r></w:p>")
        let template = try CompiledTemplate.compile(bytes: bytes, file: "t.docx", filters: registry)
        let xml = String(decoding: try ArchiveReader(bytes: try DocumentRenderer(template).render(["word": "Готово"]), file: "out")
            .read("word/document.xml"), as: UTF8.self)
        #expect(SamplePackages.text(ofXML: xml) == "Готово!\n")
    }
}
