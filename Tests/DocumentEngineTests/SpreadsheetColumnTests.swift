import DocumentEngine
import Foundation
import Testing
import TestSupport

/// Sections over columns: `{{#list across}}` at the start of a cell and `{{/list}}` at the end of it
/// (or of a later cell of the row) repeat those cells to the right, once per item; what stands to
/// their right moves right, in every row.
@Suite struct SpreadsheetColumnTests {
    static let questions: TemplateValue = [["text": "Вопрос 1"], ["text": "Вопрос 2"], ["text": "Вопрос 3"]]
    static let people: TemplateValue = [["id": "t1", "name": "Ильин"], ["id": "s2", "name": "Белова"]]
    static let data: TemplateValue = ["questions": questions, "people": people]

    /// A header of questions (C1, one cell repeated), a row per person whose C cell repeats per
    /// question, a column D to the right, widths per column, validation and a merge in the repeated column.
    static func sheet(header: String = "{{#questions across}}{{ text }}{{/questions}}", extra: String = "") -> SampleWorkbook {
        SampleWorkbook(sheets: [.init(name: "Ответы", body: """
            <dimension ref="A1:D3"/>\
            <cols><col min="1" max="1" width="8" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/><col min="3" max="3" width="14" style="1" customWidth="1"/><col min="4" max="4" width="6" customWidth="1"/></cols>\
            <sheetData>\
            <row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>\
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1" t="s"><v>6</v></c><c r="D2" t="s"><v>7</v></c></row>\
            <row r="3"><c r="A3" t="s"><v>8</v></c><c r="C3" s="1"/><c r="D3" t="s"><v>9</v></c></row>\
            \(extra)</sheetData>\
            <mergeCells count="1"><mergeCell ref="C3:C4"/></mergeCells>\
            <dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="C2"><formula1>1</formula1><formula2>10</formula2></dataValidation></dataValidations>
            """)], strings: ["<t>id</t>", "<t>ФИО</t>", "<t>\(header)</t>", "<t>Итог</t>", "<t>{{#people}}{{ id }}</t>", "<t>{{ name }}{{/people}}</t>",
                             "<t>{{#questions across}}{{/questions}}</t>", "<t>—</t>", "<t>Подпись</t>", "<t>конец</t>"])
    }

    static func fill(_ workbook: SampleWorkbook, _ data: TemplateValue = data) throws -> FilledSheet {
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "ответы.xlsx")
        let reader = try ArchiveReader(bytes: try DocumentRenderer(template).render(data), file: "out.xlsx")
        return FilledSheet(String(decoding: try reader.read("xl/worksheets/sheet1.xml"), as: UTF8.self),
            sharedStrings: String(decoding: try reader.read("xl/sharedStrings.xml"), as: UTF8.self))
    }

    @Test func cellsRepeatToTheRightAndWhatStandsRightOfThemMoves() throws {
        let sheet = try Self.fill(Self.sheet())
        #expect([sheet.value("A1"), sheet.value("B1"), sheet.value("C1"), sheet.value("D1"), sheet.value("E1"), sheet.value("F1")]
            == ["id", "ФИО", "Вопрос 1", "Вопрос 2", "Вопрос 3", "Итог"])
        #expect(sheet.order.prefix(6) == ["A1", "B1", "C1", "D1", "E1", "F1"])
        // The rows of people repeat down, each with a cell per question, empty and styled as the template's.
        #expect([sheet.value("A2"), sheet.value("B2"), sheet.value("A3"), sheet.value("B3")] == ["t1", "Ильин", "s2", "Белова"])
        for cell in ["C2", "D2", "E2", "C3", "D3", "E3"] {
            #expect(sheet[cell] != nil && sheet[cell]?.value == nil && sheet[cell]?.style == 1, "\(cell)")
        }
        #expect([sheet.value("F2"), sheet.value("F3")] == ["—", "—"])
        // A row without the section: its cell in the repeated column stays, its cell to the right moves right.
        #expect(sheet.value("A4") == "Подпись" && sheet["C4"]?.style == 1 && sheet.value("F4") == "конец")
        #expect(sheet.ranges["dimension"] == ["A1:F4"])
        #expect(sheet.xml.contains("<row r=\"1\" spans=\"1:6\">"), "Excel's hint of the row's columns")
        #expect(sheet.ranges["mergeCell"] == ["C4:C5", "D4:D5", "E4:E5"], "a merge inside the repeated column repeats with it")
        #expect(sheet.ranges["dataValidation"] == ["C2:C3 D2:D3 E2:E3"])
        #expect(sheet.xml.contains("<col min=\"3\" max=\"3\" width=\"14\" style=\"1\" customWidth=\"1\"/><col min=\"4\" max=\"4\" width=\"14\" style=\"1\" customWidth=\"1\"/><col min=\"5\" max=\"5\" width=\"14\" style=\"1\" customWidth=\"1\"/><col min=\"6\" max=\"6\" width=\"6\" customWidth=\"1\"/>"),
            "each copy of the column has the template column's width and style; the column to the right keeps its own")
        #expect(!sheet.xml.contains("mentordocs"))
    }

    @Test func anEmptyListTakesTheColumnsOut() throws {
        let sheet = try Self.fill(Self.sheet(), ["questions": [], "people": Self.people])
        #expect([sheet.value("A1"), sheet.value("B1"), sheet.value("C1")] == ["id", "ФИО", "Итог"])
        #expect(sheet.value("C2") == "—")
        #expect(sheet.ranges["dimension"] == ["A1:C4"])
    }

    @Test func severalCellsRepeatTogether() throws {
        let workbook = SampleWorkbook(sheets: [.init(name: "Лист1", body: """
            <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row></sheetData>\
            <mergeCells count="1"><mergeCell ref="A2:D2"/></mergeCells>
            """)], strings: ["<t>№</t>", "<t>{{#questions across}}{{ text }}</t>", "<t>{{@index}}{{/questions}}</t>", "<t>конец</t>"])
        let sheet = try Self.fill(workbook)
        #expect(["A", "B", "C", "D", "E", "F", "G", "H"].map { sheet.value($0 + "1") }
            == ["№", "Вопрос 1", "1", "Вопрос 2", "2", "Вопрос 3", "3", "конец"])
        #expect(sheet.ranges["mergeCell"] == ["A2:H2"], "a merge over all the repeated columns grows over every copy")
    }

    @Test func aListOfAnotherLengthInAnotherRowIsARenderError() throws {
        let workbook = Self.sheet(header: "{{#questions across}}{{ text }}{{/questions}}")
        let data: TemplateValue = ["questions": [["text": "Один"]],
                                   "people": [["id": "t1", "name": "Ильин", "questions": [["text": "a"], ["text": "b"]]]]]
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "ответы.xlsx")
        let error = #expect(throws: RenderError.self) { try DocumentRenderer(template).render(data) }
        #expect(error?.kinds == [.repeatedColumns])
        #expect(error?.description.contains("columns C repeat 1 times in one row and 2 times in row 2") == true, "\(String(describing: error))")
    }

    @Test func whatCannotBeDoneIsRefusedWithItsCell() throws {
        let unclosed = try SpreadsheetErrorTests.problems(Self.sheet(header: "{{#questions across}}{{ text }}"))
        #expect(unclosed.contains { $0.contains("cell C1") && $0.contains("not closed at the end of a cell of the same row") }, "\(unclosed)")
        let textBefore = try SpreadsheetErrorTests.problems(Self.sheet(header: "Вопросы: {{#questions across}}{{ text }}{{/questions}}"))
        #expect(textBefore.contains { $0.contains("cell C1") && $0.contains("must begin its cell") }, "\(textBefore)")
        let formula = try SpreadsheetErrorTests.problems(Self.sheet(extra: "<row r=\"5\"><c r=\"A5\"><f>1+1</f></c></row>"))
        #expect(formula.contains { $0.contains("cell A5") && $0.contains("cannot hold formulas") }, "\(formula)")
    }

    @Test func acrossOutsideASpreadsheetCellIsAMistakeInTheTag() throws {
        #expect(throws: TagSyntaxError.self) { try TagParser.parse("{{#questions across}}") }
    }
}
