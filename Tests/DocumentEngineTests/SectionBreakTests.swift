import Foundation
import Testing
import DocumentEngine
import TestSupport

/// A paragraph that holds only section tags can also be where a page section ends (Word) or starts
/// (ODF); removing it would merge two page sections, turning a landscape table page portrait.
@Suite struct SectionBreakTests {
    static let portrait = "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"567\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
    static let landscape = "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1134\" w:right=\"567\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"

    static func paragraph(_ text: String, endingSection page: String? = nil) -> String {
        let properties = page.map { "<w:pPr><w:sectPr>\($0)</w:sectPr></w:pPr>" } ?? ""
        return "<w:p>\(properties)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    let pairs: TemplateValue = ["pairs": [["n": "1", "mentor": "Кравченко"], ["n": "2", "mentor": "Ильин"]]]

    @Test func wordSectionPropertiesOfATagParagraphAreKept() throws {
        // Word keeps a section's page set-up in its last paragraph: here the closing tag's.
        let body = Self.paragraph("Приказ о закреплении пар", endingSection: Self.portrait)
            + Self.paragraph("{{#pairs}}")
            + Self.paragraph("Пара {{ n }}: наставник {{ mentor }}")
            + "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>План встреч</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            + Self.paragraph("{{/pairs}}", endingSection: Self.landscape)
            + Self.paragraph("Лист ознакомления")
        let template = try SamplePackages.docx(body: body)
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.docx")).render(pairs)
        try assertNoNewViolations(template: template, output: output)
        let xml = String(decoding: try ArchiveReader(bytes: output, file: "out").read("word/document.xml"), as: UTF8.self)
        #expect(xml.components(separatedBy: "<w:sectPr>").count - 1 == 2, "both page sections keep their properties, once each")
        #expect(xml.components(separatedBy: "w:orient=\"landscape\"").count - 1 == 1)

        let pages = try Self.printed(output, as: "docx")
        #expect(pages.count == 3)
        if pages.count == 3 {
            #expect(!pages[0].isLandscape && pages[1].isLandscape && !pages[2].isLandscape)
            #expect(pages[1].text.contains("Пара 1: наставник Кравченко") && pages[1].text.contains("Пара 2: наставник Ильин"))
            #expect(pages[2].text.contains("Лист ознакомления"))
        }
    }

    @Test func openDocumentParagraphsThatSwitchThePageStyleAreKept() throws {
        let body = "<text:p>Приказ о закреплении пар</text:p><text:p text:style-name=\"ToLandscape\">{{#pairs}}</text:p>"
            + "<text:p>Пара {{ n }}: наставник {{ mentor }}</text:p><text:p text:style-name=\"ToPortrait\">{{/pairs}}</text:p>"
            + "<text:p>Лист ознакомления</text:p>"
        let template = try Self.odtWithPageStyles(body: body)
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.odt")).render(pairs)
        try assertNoNewViolations(template: template, output: output)
        let pages = try Self.printed(output, as: "odt")
        #expect(pages.count == 3)
        if pages.count == 3 {
            #expect(!pages[0].isLandscape && pages[1].isLandscape && !pages[2].isLandscape)
            #expect(pages[1].text.contains("Пара 2: наставник Ильин"))
            #expect(pages[2].text.contains("Лист ознакомления"))
        }
    }

    static func printed(_ bytes: [UInt8], as fileExtension: String) throws -> [Office.Page] {
        let folder = Paths.temporaryFolder("section-breaks")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/document." + fileExtension
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return try Office.pages(of: path)
    }

    static func odtWithPageStyles(body: String) throws -> [UInt8] {
        let namespaces = SamplePackages.odfNamespaces
        let writer = try ArchiveWriter(name: "pages.odt")
        try writer.add("mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), compression: .store)
        try writer.add("content.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content \(namespaces) office:version="1.3"><office:automatic-styles><style:style style:name="ToLandscape" style:family="paragraph" style:master-page-name="Landscape"/><style:style style:name="ToPortrait" style:family="paragraph" style:master-page-name="Standard"/></office:automatic-styles><office:body><office:text>\(body)</office:text></office:body></office:document-content>
            """.utf8))
        try writer.add("styles.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-styles \(namespaces) office:version="1.3"><office:automatic-styles><style:page-layout style:name="Portrait"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout><style:page-layout style:name="Wide"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape"/></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Portrait"/><style:master-page style:name="Landscape" style:page-layout-name="Wide"/></office:master-styles></office:document-styles>
            """.utf8))
        try writer.add("META-INF/manifest.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/></manifest:manifest>
            """.utf8))
        return try writer.finish()
    }
}
