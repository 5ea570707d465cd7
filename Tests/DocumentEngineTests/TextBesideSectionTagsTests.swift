import Foundation
import Testing
import DocumentEngine
import TestSupport

/// Sections whose tags stand in different paragraphs, with text beside the tags, typed the way Word
/// stores it: runs split at spell-check marks and at formatting changes.
@Suite struct TextBesideSectionTagsTests {
    /// `{{#name}}` split over three runs with a spell-check mark, as Word saves a tag typed by hand.
    static func wordTag(_ tag: String) -> String {
        let inner = tag.dropFirst(2).dropLast(2)
        return "<w:r><w:t>{{</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>\(inner)</w:t></w:r><w:proofErr w:type=\"spellEnd\"/><w:r><w:t>}}</w:t></w:r>"
    }

    static func paragraph(_ parts: String...) -> String { "<w:p>" + parts.joined() + "</w:p>" }
    static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r>\(bold ? "<w:rPr><w:b/></w:rPr>" : "")<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }

    func fill(_ body: String, _ data: TemplateValue, options: RenderOptions = RenderOptions()) throws -> String {
        let template = try SamplePackages.docx(body: body)
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.docx")).render(data, options: options)
        try assertNoNewViolations(template: template, output: output)
        return SamplePackages.text(ofXML: String(decoding: try ArchiveReader(bytes: output, file: "out").read("word/document.xml"), as: UTF8.self))
    }

    @Test func textBeforeAnOpeningTagStaysWhenTheSectionIsHidden() throws {
        let body = Self.paragraph(Self.run("Согласие даётся на срок обучения. "), Self.wordTag("{{#extra}}"))
            + Self.paragraph(Self.run("Дополнительное условие."))
            + Self.paragraph(Self.wordTag("{{/extra}}"))
            + Self.paragraph(Self.run("Подпись"))
        #expect(try fill(body, ["extra": false]) == "Согласие даётся на срок обучения. \nПодпись\n")
        #expect(try fill(body, [:], options: RenderOptions(allowMissing: true)) == "Согласие даётся на срок обучения. \nПодпись\n")
        #expect(try fill(body, ["extra": true]) == "Согласие даётся на срок обучения. \nДополнительное условие.\nПодпись\n")
    }

    @Test func textBeforeAndAfterAListAppearsOnce() throws {
        let body = Self.paragraph(Self.run("Наставляемые:", bold: true), Self.run(" "), Self.wordTag("{{#items}}"))
            + Self.paragraph(Self.run("{{ name }}"))
            + Self.paragraph(Self.wordTag("{{/items}}"), Self.run("Всего: {{ items.@count }}"))
        let two: TemplateValue = ["items": [["name": "Белова"], ["name": "Жуков"]]]
        #expect(try fill(body.replacingOccurrences(of: "{{ items.@count }}", with: "2"), two) == "Наставляемые: \nБелова\nЖуков\nВсего: 2\n")
        #expect(try fill(body.replacingOccurrences(of: "{{ items.@count }}", with: "0"), ["items": []]) == "Наставляемые: \nВсего: 0\n")
    }

    /// The docxtemplater reading: only what lies between the tags repeats; a paragraph's text before
    /// the opening tag and after the closing one is printed once, joined when nothing is between.
    @Test func tagsInTheMiddleOfParagraphs() throws {
        let body = Self.paragraph(Self.run("ABC"), Self.wordTag("{{#items}}"), Self.run("DEF"))
            + Self.paragraph(Self.run("GHI"), Self.wordTag("{{/items}}"), Self.run("JKL"))
        #expect(try fill(body, ["items": ["1", "2"]]) == "ABCDEF\nGHIDEF\nGHIJKL\n")
        #expect(try fill(body, ["items": []]) == "ABCJKL\n")
    }

    @Test func aPageBreakAfterTheClosingTagAppearsOnce() throws {
        let pageBreak = "<w:r><w:br w:type=\"page\"/></w:r>"
        let body = Self.paragraph(Self.wordTag("{{#items}}"))
            + Self.paragraph(Self.run("{{ . }}"))
            + Self.paragraph(Self.wordTag("{{/items}}"), pageBreak)
            + Self.paragraph(Self.run("Лист ознакомления"))
        for items: TemplateValue in [["А", "Б", "В"], []] {
            let template = try SamplePackages.docx(body: body)
            let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.docx")).render(["items": items])
            let xml = String(decoding: try ArchiveReader(bytes: output, file: "out").read("word/document.xml"), as: UTF8.self)
            #expect(xml.components(separatedBy: "w:type=\"page\"").count == 2, "one page break for \(items)")
        }
    }

    @Test func tagOnlyParagraphsAreStillRemoved() throws {
        let body = Self.paragraph(Self.run("До"))
            + Self.paragraph(Self.wordTag("{{#items}}"))
            + Self.paragraph(Self.run("{{ . }}"))
            + Self.paragraph(Self.wordTag("{{/items}}"))
            + Self.paragraph(Self.run("После"))
        #expect(try fill(body, ["items": ["1", "2"]]) == "До\n1\n2\nПосле\n")
        #expect(try fill(body, ["items": []]) == "До\nПосле\n")
    }

    @Test func aClosingAndAnOpeningTagShareAParagraphWithText() throws {
        let body = Self.paragraph(Self.wordTag("{{#a}}"))
            + Self.paragraph(Self.run("первый"))
            + Self.paragraph(Self.wordTag("{{/a}}"), Self.run("между"), Self.wordTag("{{#b}}"))
            + Self.paragraph(Self.run("второй"))
            + Self.paragraph(Self.wordTag("{{/b}}"))
        #expect(try fill(body, ["a": false, "b": false]) == "между\n")
        #expect(try fill(body, ["a": true, "b": ["x", "y"]]) == "первый\nмежду\nвторой\nвторой\n")
    }

    @Test func theShortClosingTagClosesTheInnermostSection() throws {
        let body = Self.paragraph(Self.run("{{#pairs}}{{ mentor }}{{#minor}} (н/л){{/}}; {{/}}"))
            + Self.paragraph(Self.run("{{#pairs}}"))
            + Self.paragraph(Self.run("{{ mentor }}"))
            + Self.paragraph(Self.run("{{/}}"))
        let data: TemplateValue = ["pairs": [["mentor": "А", "minor": true], ["mentor": "Б", "minor": false]]]
        #expect(try fill(body, data) == "А (н/л); Б; \nА\nБ\n")

        let mismatched = try SamplePackages.docx(body: Self.paragraph(Self.run("{{#pairs}}{{#minor}}x{{/pairs}}{{/}}")))
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: mismatched, file: "t.docx") }
        #expect(error?.description.contains("closes “pairs” while “minor” is still open") == true)
        let stray = try SamplePackages.docx(body: Self.paragraph(Self.run("текст {{/}}")))
        let strayError = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: stray, file: "t.docx") }
        #expect(strayError?.description.contains("“{{/}}” closes a section, but none is open") == true)
    }

    @Test func anAbsentSectionNameIsReportedLikeAMissingValue() throws {
        let body = Self.paragraph(Self.wordTag("{{#copies}}")) + Self.paragraph(Self.run("Экземпляр {{ number }}"))
            + Self.paragraph(Self.wordTag("{{/copies}}"))
        let template = try CompiledTemplate.compile(bytes: try SamplePackages.docx(body: body), file: "t.docx")
        let error = #expect(throws: RenderError.self) { try DocumentRenderer(template).render(["copy": [["number": "1"]]]) }
        #expect(error?.description.contains("word/document.xml, paragraph 1") == true)
        #expect(error?.description.contains("no data for “copies”") == true)
        // Present but false, null or empty: hidden without a word, as in Mustache.
        for value: TemplateValue in [false, nil, []] {
            #expect(try fill(body, ["copies": value]) == "")
        }
        #expect(try fill(body, [:], options: RenderOptions(allowMissing: true)) == "")
    }

    @Test func aTagSplitByAParagraphBreakIsNamedSo() throws {
        let body = Self.paragraph(Self.run("Я, {{ person."))
            + Self.paragraph(Self.run("full_name }}, даю согласие"))
        let error = #expect(throws: TemplateError.self) {
            try CompiledTemplate.compile(bytes: try SamplePackages.docx(body: body), file: "t.docx")
        }
        let message = error?.description ?? ""
        #expect(message.contains("word/document.xml, paragraph 1"))
        #expect(message.contains("split by a paragraph break"))
        #expect(message.contains("paragraph 2 («full_name }}"))
    }

    @Test func tagsInODTParagraphsBesideText() throws {
        let body = "<text:p>Перечень: {{#items}}</text:p><text:p>{{ . }}</text:p><text:p>{{/items}}Конец.</text:p>"
        let template = try SamplePackages.odt(body: body)
        let compiled = try CompiledTemplate.compile(bytes: template, file: "t.odt")
        for (items, expected) in [(["один", "два"], "Перечень: \nодин\nдва\nКонец.\n"), ([], "Перечень: \nКонец.\n")] as [([String], String)] {
            let output = try DocumentRenderer(compiled).render(["items": .list(items.map { .text($0) })])
            try assertNoNewViolations(template: template, output: output)
            #expect(SamplePackages.text(ofXML: String(decoding: try ArchiveReader(bytes: output, file: "out").read("content.xml"), as: UTF8.self)) == expected)
        }
    }

    /// The same cases as LibreOffice prints them, every output opened in one run.
    @Test func libreOfficePrintsWhatTheAuthorExpects() throws {
        let cases: [(body: String, data: TemplateValue, printed: String)] = [
            (Self.paragraph(Self.run("Согласие даётся на срок обучения. "), Self.wordTag("{{#extra}}"))
                + Self.paragraph(Self.run("Дополнительное условие.")) + Self.paragraph(Self.wordTag("{{/extra}}"))
                + Self.paragraph(Self.run("Подпись")), ["extra": false], "Согласие даётся на срок обучения. Подпись"),
            (Self.paragraph(Self.run("Наставляемые: "), Self.wordTag("{{#items}}")) + Self.paragraph(Self.run("{{ . }}"))
                + Self.paragraph(Self.wordTag("{{/items}}"), Self.run("Итого.")), ["items": ["Белова", "Жуков"]], "Наставляемые: Белова Жуков Итого."),
            (Self.paragraph(Self.run("ABC"), Self.wordTag("{{#items}}"), Self.run("DEF"))
                + Self.paragraph(Self.run("GHI"), Self.wordTag("{{/items}}"), Self.run("JKL")), ["items": []], "ABCJKL"),
        ]
        let folder = Paths.temporaryFolder("text-beside")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var paths: [String] = []
        for (number, item) in cases.enumerated() {
            let template = try CompiledTemplate.compile(bytes: try SamplePackages.docx(body: item.body), file: "t.docx")
            let path = "\(folder)/case\(number).docx"
            try Data(try DocumentRenderer(template).render(item.data)).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let texts = try Office.text(of: paths)
        for (path, item) in zip(paths, cases) {
            #expect(Office.folded(texts[path] ?? "") == item.printed)
        }
    }
}
