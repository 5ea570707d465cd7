import DocumentEngine
import Testing
import TestSupport

/// Sections over several rows, sections inside sections, and rows left empty between: each copy
/// keeps its rows' places relative to one another, and formulas refer within their own copy.
@Suite struct SpreadsheetBlockTests {
    static func cell(_ reference: String, _ string: Int) -> String { "<c r=\"\(reference)\" t=\"s\"><v>\(string)</v></c>" }

    static func fill(_ workbook: SampleWorkbook, _ data: TemplateValue) throws -> FilledSheet {
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "план.xlsx")
        let reader = try ArchiveReader(bytes: try DocumentRenderer(template).render(data), file: "out.xlsx")
        return FilledSheet(String(decoding: try reader.read("xl/worksheets/sheet1.xml"), as: UTF8.self),
            sharedStrings: String(decoding: try reader.read("xl/sharedStrings.xml"), as: UTF8.self))
    }

    /// Rows 2–4 repeat per pair (row 3 left empty between the pair's name and its mentees); row 4
    /// repeats per mentee inside them; row 6 sums every mentee's hours.
    static let pairs = SampleWorkbook("""
        <sheetData>\
        <row r="1">\(cell("A1", 0))</row>\
        <row r="2">\(cell("A2", 1))\(cell("B2", 2))</row>\
        <row r="4">\(cell("A4", 3))\(cell("B4", 4))\(cell("C4", 5))<c r="D4"><f>C4*2+$C$2</f></c></row>\
        <row r="6">\(cell("A6", 6))<c r="C6"><f>SUM(C2:C4)</f></c><c r="D6"><f>COUNTA(A2:A4)</f></c></row>\
        </sheetData><mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>
        """, strings: ["Пары", "{{#pairs}}{{ mentor }}", "{{ form }}", "{{#mentees}}{{ name }}", "{{ class }}", "{{ hours }}{{/mentees}}{{/pairs}}", "Всего"]
            .map { "<t>\($0)</t>" })

    static let data: TemplateValue = ["pairs": [
        ["mentor": "Кравченко", "form": "учитель – ученик", "mentees": [["name": "Ильин", "class": "7 «А»", "hours": "4"], ["name": "Орлова", "class": "8 «Б»", "hours": "6"]]],
        ["mentor": "Шевчук", "form": "ученик – ученик", "mentees": [["name": "Гончаренко", "class": "6 «В»", "hours": "3"]]],
        ["mentor": "Ветров", "form": "учитель – учитель", "mentees": []],
    ]]

    @Test func rowsOfOneSectionRepeatTogetherWithTheSectionsInsideThem() throws {
        let sheet = try Self.fill(Self.pairs, Self.data)
        // Pair 1: rows 2 (mentor), 3 (empty), 4–5 (two mentees); pair 2: 6, 7, 8; pair 3: 9, 10, no mentees.
        #expect(sheet.rows == [1, 2, 4, 5, 6, 8, 9, 12])
        #expect([sheet.value("A2"), sheet.value("A6"), sheet.value("A9")] == ["Кравченко", "Шевчук", "Ветров"])
        #expect([sheet.value("A4"), sheet.value("A5"), sheet.value("A8")] == ["Ильин", "Орлова", "Гончаренко"])
        #expect([sheet.value("C4"), sheet.value("C5"), sheet.value("C8")] == ["4", "6", "3"])
        // Relative to its own copy; `$C$2`, fixed, to the first pair's row.
        #expect([sheet["D4"]?.formula, sheet["D5"]?.formula, sheet["D8"]?.formula] == ["C4*2+$C$2", "C5*2+$C$2", "C8*2+$C$2"])
        #expect(sheet.value("A12") == "Всего")
        #expect(sheet["C12"]?.formula == "SUM(C2:C10)")
        #expect(sheet["D12"]?.formula == "COUNTA(A2:A10)")
        #expect(sheet.ranges["mergeCell"] == ["B2:C2", "B6:C6", "B9:C9"], "a merge inside the repeated rows repeats with them")
    }

    @Test func noPairsLeaveTheRowsBelowWhereThePairsWere() throws {
        let sheet = try Self.fill(Self.pairs, ["pairs": []])
        #expect(sheet.rows == [1, 3])
        #expect(sheet.value("A3") == "Всего")
        #expect(sheet["C3"]?.formula == "SUM(#REF!)")
        #expect(sheet.ranges["mergeCell"] == nil && !sheet.xml.contains("mergeCells"))
    }

    @Test func aRunningTotalFromAFixedStart() throws {
        let workbook = SampleWorkbook("""
            <sheetData><row r="1">\(Self.cell("A1", 0))\(Self.cell("B1", 1))<c r="C1"><f>SUM($B$1:B1)</f></c></row></sheetData>
            """, strings: ["<t>{{#items}}{{ name }}</t>", "<t>{{ value }}{{/items}}</t>"])
        let sheet = try Self.fill(workbook, ["items": [["name": "а", "value": "1"], ["name": "б", "value": "2"], ["name": "в", "value": "3"]]])
        #expect([sheet["C1"]?.formula, sheet["C2"]?.formula, sheet["C3"]?.formula] == ["SUM($B$1:B1)", "SUM($B$1:B2)", "SUM($B$1:B3)"])
    }

    @Test func rowsAndCellsWithoutNumbersAreNumberedAsExcelReadsThem() throws {
        let workbook = SampleWorkbook("""
            <sheetData><row>\(Self.cell("A1", 0))<c t="s"><v>1</v></c></row><row><c t="s"><v>2</v></c></row><row><c><f>A2</f></c></row></sheetData>
            """, strings: ["<t>Список</t>", "<t>{{ n }}</t>", "<t>{{#items}}{{.}}{{/items}}</t>"])
        let sheet = try Self.fill(workbook, ["n": "2", "items": ["x", "y"]])
        #expect(sheet.order == ["A1", "B1", "A2", "A3"])
        #expect(sheet.value("B1") == "2" && sheet.value("A2") == "xy")
        #expect(sheet["A3"]?.formula == "A2")
    }
}
