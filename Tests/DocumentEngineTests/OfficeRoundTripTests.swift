import Foundation
import Testing
import TestSupport

@testable import DocumentEngine

/// Templates made the way editors make them, filled, opened by LibreOffice, and read back as text.
@Suite struct OfficeRoundTripTests {
    let data: TemplateValue = [
        "org": ["short_name": "МБОУ «СОШ № 99»"],
        "pairs": [
            ["mentor": "Кравченко Е.В.", "mentees": ["Ильин П.А."], "group": false],
            ["mentor": "Шевчук И.Н.", "mentees": ["Гончаренко А.И.", "Орлова В.Д."], "group": true],
        ],
    ]

    static let wordBody = """
        <w:p><w:r w:rsidR="001"><w:rPr><w:b/></w:rPr><w:t>Пары </w:t></w:r><w:r w:rsidR="002"><w:rPr><w:b/></w:rPr><w:t>{{ org.</w:t></w:r>\
        <w:proofErr w:type="spellStart"/><w:r w:rsidR="003"><w:t>short_name</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t>}}</w:t></w:r></w:p>\
        <w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>\
        <w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="3000"/><w:gridCol w:w="4000"/></w:tblGrid>\
        <w:tr><w:tc><w:p><w:r><w:t>№ п/п</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Наставник</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Наставляемые</w:t></w:r></w:p></w:tc></w:tr>\
        <w:tr><w:tc><w:p><w:r><w:t>{{#pairs}}{{@index}}</w:t></w:r></w:p></w:tc><w:tc><w:p><w:bookmarkStart w:id="1" w:name="m"/><w:r><w:t>{{ment</w:t></w:r><w:bookmarkEnd w:id="1"/><w:r><w:t>or}}</w:t></w:r></w:p></w:tc>\
        <w:tc><w:p><w:r><w:t>{{#mentees}}{{.}}{{^@last}}, {{/@last}}{{/mentees}}{{#group}} (группа){{/group}}{{/pairs}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
        <w:p><w:r><w:t>{{#pairs}}</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Соглашение {{@index}}: {{ mentor }}</w:t></w:r></w:p><w:p><w:r><w:t>{{/pairs}}</w:t></w:r></w:p>
        """

    static let odfBody = """
        <text:p>Пары <text:span text:style-name="T1">{{ org.</text:span><text:span text:style-name="T2">short_</text:span>name}}</text:p>\
        <table:table table:name="t"><table:table-column table:number-columns-repeated="3"/>\
        <table:table-row><table:table-cell><text:p>№ п/п</text:p></table:table-cell><table:table-cell><text:p>Наставник</text:p></table:table-cell><table:table-cell><text:p>Наставляемые</text:p></table:table-cell></table:table-row>\
        <table:table-row><table:table-cell><text:p>{{#pairs}}{{@index}}</text:p></table:table-cell><table:table-cell><text:p><text:bookmark text:name="m"/>{{ment<text:span>or}}</text:span></text:p></table:table-cell>\
        <table:table-cell><text:p>{{#mentees}}{{.}}{{^@last}},<text:s/>{{/@last}}{{/mentees}}{{#group}} (группа){{/group}}{{/pairs}}</text:p></table:table-cell></table:table-row></table:table>\
        <text:p>{{#pairs}}</text:p><text:p>Соглашение {{@index}}: {{ mentor }}</text:p><text:p>{{/pairs}}</text:p>
        """

    @Test func libreOfficeReadsWhatWasFilled() throws {
        let folder = Paths.temporaryFolder("engine-office")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var files: [String] = []
        for (name, bytes) in [("pairs.docx", try SamplePackages.docx(body: Self.wordBody)), ("pairs.odt", try SamplePackages.odt(body: Self.odfBody))] {
            let template = try CompiledTemplate.compile(bytes: bytes, file: name)
            let output = try DocumentRenderer(template).render(data)
            let path = folder + "/" + name
            try Data(output).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let texts = try Office.text(of: files, layout: true)
        for file in files {
            let text = Office.folded(try #require(texts[file], "LibreOffice could not open \(file)"))
            #expect(text.contains("Пары МБОУ «СОШ № 99»"), "\(file)")
            #expect(text.contains("1 Кравченко Е.В. Ильин П.А."), "\(file): \(text)")
            #expect(text.contains("2 Шевчук И.Н. Гончаренко А.И., Орлова В.Д. (группа)"), "\(file): \(text)")
            #expect(text.contains("Соглашение 1: Кравченко Е.В. Соглашение 2: Шевчук И.Н."), "\(file): \(text)")
            #expect(!text.contains("{{") && !text.contains("}}"), "\(file)")
        }
    }
}
