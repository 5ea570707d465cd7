import Testing
import DocumentEngine
import Foundation

@Suite struct SectionTests {
    let pairs: TemplateValue = ["pairs": [["mentor": "Иванов", "n": "1"], ["mentor": "Петрова", "n": "2"]], "org": "Школа"]

    @Test func repeatsTextInsideOneParagraph() throws {
        let body = "<w:p><w:r><w:t xml:space=\"preserve\">Наставники: {{#pairs}}{{mentor}}</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>{{^@last}}, {{/@last}}{{/pairs}}.</w:t></w:r></w:p>"
        let xml = try SamplePackages.fill(try SamplePackages.docx(body: body), pairs)
        #expect(SamplePackages.text(ofXML: xml) == "Наставники: Иванов, Петрова.\n")
    }

    @Test func repeatsParagraphsAndRemovesTheTagParagraphs() throws {
        let body = """
            <w:p><w:r><w:t>До</w:t></w:r></w:p><w:p><w:r><w:t>{{#pairs}}</w:t></w:r></w:p>\
            <w:p><w:r><w:t>{{@index}}. {{mentor}} ({{org}})</w:t></w:r></w:p>\
            <w:p><w:proofErr/><w:r><w:t>{{/pairs}}</w:t></w:r></w:p><w:p><w:r><w:t>После</w:t></w:r></w:p>
            """
        let xml = try SamplePackages.fill(try SamplePackages.docx(body: body), pairs)
        #expect(SamplePackages.text(ofXML: xml) == "До\n1. Иванов (Школа)\n2. Петрова (Школа)\nПосле\n")
    }

    @Test func repeatsATableRow() throws {
        let body = """
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>№</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Наставник</w:t></w:r></w:p></w:tc></w:tr>\
            <w:tr><w:tc><w:p><w:r><w:t>{{#pairs}}{{@index}}</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>{{mentor}}{{/pairs}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            """
        let xml = try SamplePackages.fill(try SamplePackages.docx(body: body), pairs)
        #expect(SamplePackages.text(ofXML: xml) == "№\n|Наставник\n|1\n|Иванов\n|2\n|Петрова\n|")
    }

    @Test func repeatsAWholeTableWithPageBreaks() throws {
        let body = """
            <w:p><w:r><w:t>{{#pairs pagebreak}}</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>{{mentor}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>{{/pairs}}</w:t></w:r></w:p>
            """
        let xml = try SamplePackages.fill(try SamplePackages.docx(body: body), pairs)
        #expect(xml.components(separatedBy: "<w:tbl>").count == 3)
        #expect(xml.components(separatedBy: "w:type=\"page\"").count == 2)
    }

    @Test func nestedSectionsAndConditions() throws {
        let data: TemplateValue = ["pairs": [["mentor": "А", "mentees": ["Б", "В"], "minor": true], ["mentor": "Г", "mentees": ["Д"], "minor": false]]]
        let body = "<w:p><w:r><w:t>{{#pairs}}[{{mentor}}:{{#mentees}} {{.}}{{/mentees}}{{#minor}} (несовершеннолетний){{/minor}}]{{/pairs}}</w:t></w:r></w:p>"
        let xml = try SamplePackages.fill(try SamplePackages.docx(body: body), data)
        #expect(SamplePackages.text(ofXML: xml) == "[А: Б В (несовершеннолетний)][Г: Д]\n")
    }

    @Test func repeatsODTTableRows() throws {
        let body = """
            <table:table><table:table-row><table:table-cell><text:p>{{#pairs}}{{@index}}</text:p></table:table-cell>\
            <table:table-cell><text:p><text:span>{{mentor}}</text:span>{{/pairs}}</text:p></table:table-cell></table:table-row></table:table>
            """
        let xml = try SamplePackages.fill(try SamplePackages.odt(body: body), pairs)
        #expect(SamplePackages.text(ofXML: xml) == "1\n|Иванов\n|2\n|Петрова\n|")
    }
}
