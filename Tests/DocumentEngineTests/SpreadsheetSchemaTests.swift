import DocumentEngine
import Testing
import TestSupport

/// A filled workbook is what the ECMA-376 Transitional schema of SpreadsheetML allows, as its
/// template is: repeated and removed rows, typed cells, moved merges and validations included.
@Suite struct SpreadsheetSchemaTests {
    static let cases: [(String, SampleWorkbook, TemplateValue)] = [
        ("statement, three items", SpreadsheetRowTests.statement(), SpreadsheetRowTests.items),
        ("statement, no items", SpreadsheetRowTests.statement(), ["org": "—", "items": []]),
        ("pairs and mentees", SpreadsheetBlockTests.pairs, SpreadsheetBlockTests.data),
        ("no pairs", SpreadsheetBlockTests.pairs, ["pairs": []]),
    ]

    @Test(arguments: cases.indices)
    func filledWorkbooksAreValid(_ index: Int) throws {
        let (name, workbook, data) = Self.cases[index]
        let template = try workbook.bytes()
        #expect(try SchemaValidator.violations(of: template).map(\.description) == [], "the template of “\(name)”")
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.xlsx")).render(data)
        #expect(try SchemaValidator.violations(of: output).map(\.description) == [], "“\(name)”")
    }

    @Test func typedCellsAndAddedStylesAreValid() throws {
        let workbook = SampleWorkbook("""
            <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" s="0" t="s"><v>4</v></c></row></sheetData>
            """, strings: ["<t>{{ n }}</t>", "<t>{{ d }}</t>", "<t>{{ t }}</t>", "<t>{{ e }}</t>", "<r><rPr><b/></rPr><t xml:space=\"preserve\">Итого: </t></r><r><t>{{ n }}</t></r>"])
        let template = try workbook.bytes()
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.xlsx"))
            .render(["n": "12.5", "d": "2026-09-01", "t": " с пробелами ", "e": ""])
        try assertNoNewViolations(template: template, output: output)
        #expect(try SchemaValidator.violations(of: output).map(\.description) == [])
        let sheet = FilledSheet(String(decoding: try ArchiveReader(bytes: output, file: "out").read("xl/worksheets/sheet1.xml"), as: UTF8.self))
        #expect(sheet.value("C1") == " с пробелами ")
        #expect(sheet.xml.contains("<t xml:space=\"preserve\"> с пробелами </t>"), "as Excel marks text that starts or ends with a space")
    }
}
