import DocumentEngine
import Testing
import TestSupport

/// A sheet's rows and cells get their numbers as they are rendered, and its cells their types:
/// a sheet without formulas in its rows is not read again afterwards, so everything it says about
/// its rows must be right as printed.
@Suite struct SpreadsheetRenderedNumbersTests {
    static let cell = SpreadsheetBlockTests.cell

    static func fill(_ workbook: SampleWorkbook, _ data: TemplateValue) throws -> FilledSheet {
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "реестр.xlsx")
        let reader = try ArchiveReader(bytes: try DocumentRenderer(template).render(data), file: "out.xlsx")
        return FilledSheet(String(decoding: try reader.read("xl/worksheets/sheet1.xml"), as: UTF8.self),
            sharedStrings: String(decoding: try reader.read("xl/sharedStrings.xml"), as: UTF8.self))
    }

    /// The pairs of `SpreadsheetBlockTests` without a formula: rows 2–4 per pair, row 4 per mentee
    /// inside them, row 6 below, with the filter, dimension and view that name them.
    static let pairs = SampleWorkbook("""
        <dimension ref="A1:C6"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
        <selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
        <sheetData>\
        <row r="1">\(cell("A1", 0))</row>\
        <row r="2">\(cell("A2", 1))\(cell("B2", 2))</row>\
        <row r="4">\(cell("A4", 3))\(cell("B4", 4))\(cell("C4", 5))</row>\
        <row r="6">\(cell("A6", 6))<c r="B6" s="0"/></row>\
        </sheetData><autoFilter ref="A1:C4"/><mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>
        """, strings: ["Пары", "{{#pairs}}{{ mentor }}", "{{ form }}", "{{#mentees}}{{ name }}", "{{ class }}", "{{ hours }}{{/mentees}}{{/pairs}}", "Конец"]
            .map { "<t>\($0)</t>" })

    @Test func nestedCopiesAndTheRowsBelowAreNumberedAsTheyArePrinted() throws {
        let sheet = try Self.fill(Self.pairs, SpreadsheetBlockTests.data)
        #expect(sheet.rows == [1, 2, 4, 5, 6, 8, 9, 12])
        #expect(sheet.order.filter { $0.hasPrefix("A") } == ["A1", "A2", "A4", "A5", "A6", "A8", "A9", "A12"])
        #expect([sheet.value("A4"), sheet.value("A5"), sheet.value("A8")] == ["Ильин", "Орлова", "Гончаренко"])
        #expect(sheet["C5"] == .init(type: nil, style: nil, value: "6", formula: nil), "typed as it was printed")
        #expect(sheet.value("A12") == "Конец")
        #expect(sheet["B12"] != nil, "a cell without a tag below the copies moves with its row")
        #expect(sheet.ranges["dimension"] == ["A1:C12"])
        #expect(sheet.ranges["autoFilter"] == ["A1:C10"])
        #expect(sheet.ranges["mergeCell"] == ["B2:C2", "B6:C6", "B9:C9"])
        #expect(sheet.ranges["selection"] == ["A2 A6 A9"], "the selected cell in each copy, as Excel selects a range in repeated rows")
        #expect(!sheet.xml.contains("mentordocs"), "no mark of the repeated rows is left")
    }

    @Test func noCopiesAtAllCloseTheGap() throws {
        let sheet = try Self.fill(Self.pairs, ["pairs": []])
        #expect(sheet.rows == [1, 3])
        #expect(sheet.value("A3") == "Конец")
        #expect(sheet.ranges["dimension"] == ["A1:C3"])
    }

    @Test func aSheetPushedPastItsLastRowIsARenderError() throws {
        let workbook = SampleWorkbook("""
            <sheetData><row r="1">\(Self.cell("A1", 0))\(Self.cell("B1", 2))</row><row r="1048576">\(Self.cell("A1048576", 1))</row></sheetData>
            """, strings: ["<t>{{#items}}{{ n }}</t>", "<t>Конец</t>", "<t>{{/items}}</t>"])
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "t.xlsx")
        _ = try DocumentRenderer(template).render(["items": [["n": "1"]]])
        let error = try #require(throws: RenderError.self) { try DocumentRenderer(template).render(["items": [["n": "1"], ["n": "2"]]]) }
        #expect(error.kinds == [.tooManyRows] && error.description.contains("xl/worksheets/sheet1.xml: the filled sheet would have more than 1048576 rows"),
            "\(error)")
    }

    @Test func spacesThatWouldBeLostAreKeptAndOthersAreNotMarked() throws {
        let values = ["plain": "Ильин Павел", "leading": " отступ", "trailing": "конец ", "double": "два  пробела", "lines": "строка\nещё", "tab": "a\tb"]
        let names = values.keys.sorted()
        let row = names.enumerated().map { Self.cell("\(["A", "B", "C", "D", "E", "F"][$0.offset])1", $0.offset) }.joined()
        let workbook = SampleWorkbook("<sheetData><row r=\"1\">\(row)</row></sheetData>", strings: names.map { "<t>{{ \($0) }}</t>" })
        let sheet = try Self.fill(workbook, .map(TemplateFields(values.map { (FieldName($0.key), TemplateValue.text($0.value)) })))
        for (index, name) in names.enumerated() {
            #expect(sheet.value("\(["A", "B", "C", "D", "E", "F"][index])1") == values[name], "\(name)")
        }
        #expect(sheet.xml.contains("<t>Ильин Павел</t>"))
        for marked in [" отступ", "конец ", "два  пробела", "строка\nещё", "a\tb"] {
            #expect(sheet.xml.contains("<t xml:space=\"preserve\">\(marked)</t>"), "\(marked)")
        }
    }
}
