import DocumentEngine
import Foundation
import Testing

/// Sections over columns in an ODS, as in a workbook: the cells from `{{#list across}}` to `{{/list}}`
/// repeat to the right once per item, the columns' widths and styles with them.
@Suite struct OpenDocumentSpreadsheetColumnTests {
    typealias S = SampleSpreadsheet

    static func sheet(header: String = "{{#questions across}}{{ text }}{{/questions}}", extraRows: String = "") -> String {
        """
        <table:table table:name="Ответы">\
        <table:table-column table:style-name="co1"/><table:table-column table:style-name="co2" table:number-columns-repeated="2"/>\
        <table:table-column table:style-name="co3"/><table:table-column table:style-name="co1" table:number-columns-repeated="16380"/>\
        \(S.row(S.text("id"), S.text("ФИО"), S.text(header), S.text("Итог")))\
        \(S.row(S.text("{{#people}}{{ id }}"), S.text("{{ name }}{{/people}}"), S.text("{{#questions across}}{{ n }}{{/questions}}"), S.text("—")))\
        \(extraRows)\
        </table:table>
        """
    }

    static let data: TemplateValue = [
        "questions": [["text": "Вопрос 1", "n": "1"], ["text": "Вопрос 2", "n": "2"], ["text": "Вопрос 3", "n": "3"]],
        "people": [["id": "t1", "name": "Ильин"], ["id": "s2", "name": "Белова"]],
    ]

    @Test func cellsRepeatToTheRightWithTheirColumns() throws {
        let filled = try S.fill(try S.ods(Self.sheet()), Self.data)
        let sheet = try #require(filled["Ответы"])
        #expect(["A1", "B1", "C1", "D1", "E1", "F1"].map { sheet[$0]?.value } == ["id", "ФИО", "Вопрос 1", "Вопрос 2", "Вопрос 3", "Итог"])
        #expect(["A2", "B2", "C2", "D2", "E2", "F2"].map { sheet[$0]?.value } == ["t1", "Ильин", "1", "2", "3", "—"])
        #expect(sheet["C3"]?.type == "float", "a cell left with one value tag is typed by its value")
        #expect(["A3", "F3"].map { sheet[$0]?.value } == ["s2", "—"])
        let columns = filled.xml.ranges(of: "<table:table-column").count
        #expect(columns == 7, "A; B, split from C; C three times; D; the tail")
        #expect(filled.xml.contains("<table:table-column table:style-name=\"co2\"/><table:table-column table:style-name=\"co2\"/><table:table-column table:style-name=\"co2\"/><table:table-column table:style-name=\"co2\"/><table:table-column table:style-name=\"co3\"/><table:table-column table:style-name=\"co1\" table:number-columns-repeated=\"16378\"/>"),
            "the repeated column's style once per copy; the empty tail shorter by the columns added")
        #expect(!filled.xml.contains("mentordocs"))
    }

    @Test func whatCannotBeDoneIsRefusedWithItsCell() throws {
        let right = S.row(S.text("Подпись"), "<table:table-cell/>", "<table:table-cell/>", S.text("конец"))
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: try S.ods(Self.sheet(extraRows: right)), file: "ответы.ods") }
        #expect(error?.description.contains("cell Ответы.D3: a row that does not repeat the columns C cannot have cells with content to their right") == true,
            "\(String(describing: error))")
        let formula = S.row(S.formula("of:=1+1"))
        let refused = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: try S.ods(Self.sheet(extraRows: formula)), file: "ответы.ods") }
        #expect(refused?.description.contains("cell Ответы.A3: a sheet whose columns C repeat cannot hold formulas") == true, "\(String(describing: refused))")
        let unclosed = #expect(throws: TemplateError.self) {
            try CompiledTemplate.compile(bytes: try S.ods(Self.sheet(header: "{{#questions across}}{{ text }}")), file: "ответы.ods")
        }
        #expect(unclosed?.description.contains("cell Ответы.C1: the section “{{#questions across}}” repeats columns but is not closed") == true,
            "\(String(describing: unclosed))")
    }
}
