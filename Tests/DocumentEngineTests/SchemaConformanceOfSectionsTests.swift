import DocumentEngine
import Testing

/// Sections and conditions remove and repeat markup; what is left must still be what the schemas allow.
@Suite struct SchemaConformanceOfSectionsTests {
    let data: TemplateValue = ["pairs": [["mentor": "Иванов"], ["mentor": "Петрова"]], "none": [], "minor": false]

    static let table = "<w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"4000\"/></w:tblGrid>"

    static let wordBodies = [
        "<w:p><w:r><w:t>{{#pairs}}</w:t></w:r></w:p><w:p><w:r><w:t>{{mentor}}</w:t></w:r></w:p><w:p><w:r><w:t>{{/pairs}}</w:t></w:r></w:p>",
        "<w:tbl>\(table)<w:tr><w:tc><w:p><w:r><w:t>{{#pairs}}{{mentor}}{{/pairs}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>",
        "<w:tbl>\(table)<w:tr><w:tc><w:p><w:r><w:t>{{#none}}{{.}}{{/none}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>",
        "<w:p><w:r><w:t>{{#pairs pagebreak}}</w:t></w:r></w:p><w:tbl>\(table)<w:tr><w:tc><w:p><w:r><w:t>{{mentor}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>{{/pairs}}</w:t></w:r></w:p>",
        "<w:tbl>\(table)<w:tr><w:tc><w:p><w:r><w:t>{{#minor}}</w:t></w:r></w:p><w:p><w:r><w:t>несовершеннолетний</w:t></w:r></w:p><w:p><w:r><w:t>{{/minor}}</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>",
    ]

    @Test(arguments: wordBodies)
    func wordSections(body: String) throws {
        let template = try SamplePackages.docx(body: body)
        let compiled = try CompiledTemplate.compile(bytes: template, file: "sample.docx", filters: .standard)
        let output = try DocumentRenderer(compiled, filters: .standard).render(data)
        try assertNoNewViolations(template: template, output: output, body)
    }

    static let openDocumentBodies = [
        "<text:p>{{#pairs}}</text:p><text:p>{{mentor}}</text:p><text:p>{{/pairs}}</text:p>",
        "<table:table><table:table-column/><table:table-row><table:table-cell><text:p>{{#none}}{{.}}{{/none}}</text:p></table:table-cell></table:table-row></table:table>",
        "<table:table><table:table-column/><table:table-row><table:table-cell><text:p>{{#pairs}}{{mentor}}{{/pairs}}</text:p></table:table-cell></table:table-row></table:table>",
        "<text:p>{{#pairs pagebreak}}</text:p><table:table><table:table-column/><table:table-row><table:table-cell><text:p>{{mentor}}</text:p></table:table-cell></table:table-row></table:table><text:p>{{/pairs}}</text:p>",
    ]

    @Test(arguments: openDocumentBodies)
    func openDocumentSections(body: String) throws {
        let template = try SamplePackages.odt(body: body)
        let compiled = try CompiledTemplate.compile(bytes: template, file: "sample.odt", filters: .standard)
        let output = try DocumentRenderer(compiled, filters: .standard).render(data)
        try assertNoNewViolations(template: template, output: output, body)
    }
}
