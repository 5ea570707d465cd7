import DocumentEngine
import Foundation
import Testing
import TestSupport

/// Sections over rows: tags in one row repeat the row, tags in different rows repeat those rows;
/// everything below moves down (or up, for an empty list), and every reference moves with it.
@Suite struct SpreadsheetRowTests {
    static let items: TemplateValue = ["org": "МБОУ «СОШ № 5»", "items": [
        ["name": "Тетрадь", "qty": "10", "price": "12.50"],
        ["name": "Ручка", "qty": "5", "price": "30"],
        ["name": "Линейка", "qty": "2", "price": "45"],
    ]]

    /// A statement: a title, a header row, a repeated row of items with a formula per item, a
    /// total below, a signature line merged across three cells; a second sheet of totals.
    static func statement() -> SampleWorkbook {
        var workbook = SampleWorkbook(sheets: [
            .init(name: "Лист1", body: """
                <dimension ref="A1:G7"/><sheetViews><sheetView workbookViewId="0"><selection activeCell="B5" sqref="B5"/></sheetView></sheetViews>\
                <sheetData>\
                <row r="1"><c r="A1" t="s"><v>0</v></c></row>\
                <row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="s"><v>3</v></c><c r="D3" t="s"><v>4</v></c><c r="E3" t="s"><v>5</v></c></row>\
                <row r="4"><c r="A4" s="1" t="s"><v>6</v></c><c r="B4" s="1" t="s"><v>7</v></c><c r="C4" s="1" t="s"><v>8</v></c><c r="D4" s="1" t="s"><v>9</v></c><c r="E4" s="1"><f>C4*D4</f><v>0</v></c><c r="F4" s="1"/><c r="G4" s="1"/></row>\
                <row r="5"><c r="B5" t="s"><v>10</v></c><c r="E5"><f>SUM(E4:E4)</f><v>0</v></c><c r="F5"><f>E5/$E$5</f><v>1</v></c></row>\
                <row r="7"><c r="A7" t="s"><v>11</v></c></row>\
                </sheetData>\
                <autoFilter ref="A3:E4"/>\
                <mergeCells count="2"><mergeCell ref="F4:G4"/><mergeCell ref="A7:C7"/></mergeCells>\
                <conditionalFormatting sqref="E4"><cfRule type="expression" dxfId="0" priority="1"><formula>$E4&gt;100</formula></cfRule></conditionalFormatting>\
                <dataValidations count="1"><dataValidation type="whole" allowBlank="1" sqref="C4"><formula1>1</formula1><formula2>$C$5</formula2></dataValidation></dataValidations>\
                <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
                """),
            .init(name: "Итоги", body: """
                <sheetData><row r="1"><c r="A1"><f>Лист1!E5</f><v>0</v></c><c r="B1"><f>SUM(Лист1!E4:E4)</f><v>0</v></c><c r="C1"><f>'Лист1'!A7</f><v>0</v></c></row></sheetData>
                """),
        ], strings: ["<t>Ведомость {{ org }}</t>", "<t>№</t>", "<t>Наименование</t>", "<t>Кол-во</t>", "<t>Цена</t>", "<t>Сумма</t>",
                     "<t>{{#items}}{{@index}}</t>", "<t>{{ name }}</t>", "<t>{{ qty }}</t>", "<t>{{ price }}{{/items}}</t>", "<t>Итого</t>",
                     "<t>Подпись</t>"])
        workbook.cellStyles = ["<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyBorder=\"1\"/>"]
        workbook.workbookTail = "<definedNames><definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">Лист1!$A$1:$G$7</definedName>"
            + "<definedName name=\"Товары\">Лист1!$B$4:$B$4</definedName><definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">Лист1!$3:$3</definedName></definedNames>"
            + "<calcPr calcId=\"191029\"/>"
        workbook.calculationChain = true
        return workbook
    }

    struct Filled {
        var sheet: FilledSheet
        var totals: FilledSheet
        var workbook: FilledSheet
        var parts: Set<String>
        var contentTypes: String
    }

    static func fill(_ workbook: SampleWorkbook, _ data: TemplateValue) throws -> Filled {
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "ведомость.xlsx")
        let reader = try ArchiveReader(bytes: try DocumentRenderer(template).render(data), file: "out.xlsx")
        func part(_ name: String) throws -> String { String(decoding: try reader.read(name), as: UTF8.self) }
        let strings = try part("xl/sharedStrings.xml")
        return Filled(sheet: FilledSheet(try part("xl/worksheets/sheet1.xml"), sharedStrings: strings), totals: FilledSheet(try part("xl/worksheets/sheet2.xml")),
            workbook: FilledSheet(try part("xl/workbook.xml")), parts: Set(reader.entries.map(\.name)), contentTypes: try part("[Content_Types].xml"))
    }

    @Test func aRowWithTagsRepeatsAndEverythingBelowMovesDown() throws {
        let filled = try Self.fill(Self.statement(), Self.items)
        let sheet = filled.sheet
        #expect(sheet.rows == [1, 3, 4, 5, 6, 7, 9])
        #expect([sheet.value("A4"), sheet.value("A5"), sheet.value("A6")] == ["1", "2", "3"])
        #expect(sheet["A4"]?.type == nil, "{{@index}} beside the section's tag is still a number")
        #expect([sheet.value("B4"), sheet.value("B5"), sheet.value("B6")] == ["Тетрадь", "Ручка", "Линейка"])
        #expect([sheet.value("D4"), sheet.value("D5"), sheet.value("D6")] == ["12.50", "30", "45"])
        #expect(sheet["D6"]?.type == nil && sheet["D6"]?.style == 1)
        // Each copy's formula refers to its own row; saved values are gone, to be computed anew.
        #expect([sheet["E4"]?.formula, sheet["E5"]?.formula, sheet["E6"]?.formula] == ["C4*D4", "C5*D5", "C6*D6"])
        #expect(sheet["E4"]?.value == nil)
        #expect(sheet.value("B7") == "Итого")
        #expect(sheet["E7"]?.formula == "SUM(E4:E6)", "a sum over the repeated row takes in every copy")
        #expect(sheet["F7"]?.formula == "E7/$E$7")
        #expect(sheet.value("A9") == "Подпись")
        #expect(sheet.ranges["mergeCell"] == ["F4:G4", "F5:G5", "F6:G6", "A9:C9"])
        #expect(sheet.xml.contains("<mergeCells count=\"4\">"))
        #expect(sheet.ranges["dimension"] == ["A1:G9"])
        #expect(sheet.ranges["autoFilter"] == ["A3:E6"])
        #expect(sheet.ranges["conditionalFormatting"] == ["E4:E6"])
        #expect(sheet.texts["formula"] == ["$E4>100"], "relative to the first cell of the formatted range")
        #expect(sheet.ranges["dataValidation"] == ["C4:C6"])
        #expect(sheet.texts["formula2"] == ["$C$7"])
        #expect(sheet.ranges["selection"] == ["B7"])
        #expect(!sheet.xml.contains("mentordocs"))

        #expect(filled.totals["A1"]?.formula == "Лист1!E7", "another sheet's reference to a moved row")
        #expect(filled.totals["B1"]?.formula == "SUM(Лист1!E4:E6)")
        #expect(filled.totals["C1"]?.formula == "'Лист1'!A9")
        #expect(filled.totals["A1"]?.value == nil)
        #expect(filled.workbook.texts["definedName"] == ["Лист1!$A$1:$G$9", "Лист1!$B$4:$B$6", "Лист1!$3:$3"])
        #expect(filled.workbook.xml.contains("fullCalcOnLoad=\"1\""))
        #expect(!filled.parts.contains("xl/calcChain.xml") && !filled.contentTypes.contains("calcChain"),
            "Excel's calculation chain names cells that moved: it is left for Excel to make anew")
    }

    @Test func anEmptyListRemovesTheRowAndEverythingBelowMovesUp() throws {
        let filled = try Self.fill(Self.statement(), ["org": "МБОУ «СОШ № 5»", "items": []])
        let sheet = filled.sheet
        #expect(sheet.rows == [1, 3, 4, 6])
        #expect(sheet.value("B4") == "Итого")
        #expect(sheet["E4"]?.formula == "SUM(#REF!)", "a range whose rows are all gone, as when Excel deletes them")
        #expect(sheet["F4"]?.formula == "E4/$E$4")
        #expect(sheet.value("A6") == "Подпись")
        #expect(sheet.ranges["mergeCell"] == ["A6:C6"])
        #expect(sheet.ranges["dimension"] == ["A1:G6"])
        #expect(sheet.ranges["autoFilter"] == ["A3:E3"])
        #expect(sheet.ranges["conditionalFormatting"] == nil && sheet.ranges["dataValidation"] == nil)
        #expect(!sheet.xml.contains("dataValidations"), "a list of validations must hold one, or go")
        #expect(filled.totals["A1"]?.formula == "Лист1!E4")
        #expect(filled.totals["B1"]?.formula == "SUM(Лист1!#REF!)")
        #expect(filled.workbook.texts["definedName"] == ["Лист1!$A$1:$G$6", "Лист1!#REF!", "Лист1!$3:$3"])
    }

    @Test func aRangeFromTheHeaderKeepsASumOfNoItemsValid() throws {
        var workbook = Self.statement()
        workbook.sheets[0].body = workbook.sheets[0].body.replacingOccurrences(of: "SUM(E4:E4)", with: "SUM(E3:E4)")
        let empty = try Self.fill(workbook, ["org": "", "items": []])
        #expect(empty.sheet["E4"]?.formula == "SUM(E3:E3)")
        let full = try Self.fill(workbook, Self.items)
        #expect(full.sheet["E7"]?.formula == "SUM(E3:E6)")
    }
}

/// A range formatted as a table grows with the repeated rows it takes in.
@Suite struct SpreadsheetTableTests {
    static func withTable(_ range: String) -> SampleWorkbook {
        var workbook = SpreadsheetRowTests.statement()
        workbook.sheets[0].body = workbook.sheets[0].body.replacingOccurrences(of: "<autoFilter ref=\"A3:E4\"/>", with: "")
            + "<tableParts count=\"1\"><tablePart r:id=\"rId1\"/></tableParts>"
        workbook.sheets[0].body = workbook.sheets[0].body.replacingOccurrences(of: "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/><tableParts",
            with: "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/><tableParts")
        workbook.firstSheetRelationships = ["<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/table\" Target=\"../tables/table1.xml\"/>"]
        let columns = ["№", "Наименование", "Кол-во", "Цена", "Сумма"].enumerated().map { "<tableColumn id=\"\($0.offset + 1)\" name=\"\($0.element)\"/>" }.joined()
        workbook.extraParts = [("xl/tables/table1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
            "<table xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" id=\"1\" name=\"Товары\" displayName=\"Товары\" ref=\"\(range)\"><autoFilter ref=\"\(range)\"/><tableColumns count=\"5\">\(columns)</tableColumns><tableStyleInfo name=\"TableStyleMedium2\" showFirstColumn=\"0\" showLastColumn=\"0\" showRowStripes=\"1\" showColumnStripes=\"0\"/></table>")]
        return workbook
    }

    @Test func aTableOverTheRepeatedRowGrowsWithIt() throws {
        let workbook = Self.withTable("A3:E4")
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "ведомость.xlsx")
        let output = try DocumentRenderer(template).render(SpreadsheetRowTests.items)
        let table = FilledSheet(String(decoding: try ArchiveReader(bytes: output, file: "out").read("xl/tables/table1.xml"), as: UTF8.self))
        #expect(table.ranges["table"] == ["A3:E6"] && table.ranges["autoFilter"] == ["A3:E6"])
        #expect(try SchemaValidator.violations(of: output).map(\.description) == [])
        let empty = try DocumentRenderer(template).render(["org": "", "items": []])
        let emptyTable = FilledSheet(String(decoding: try ArchiveReader(bytes: empty, file: "out").read("xl/tables/table1.xml"), as: UTF8.self))
        #expect(emptyTable.ranges["table"] == ["A3:E4"] && emptyTable.ranges["autoFilter"] == ["A3:E4"],
            "a table keeps a row under its header, as Excel keeps one when all of them are deleted")
    }

    @Test func aTableInsideTheRepeatedRowIsRefused() throws {
        let bytes = try Self.withTable("B4:C4").bytes()
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: bytes, file: "ведомость.xlsx") }
        #expect(error?.problems.map(\.description) == [
            "xl/tables/table1.xml: the table B4:C4 of «Лист1» lies inside rows 4–4, which repeat for each item of a list; a table cannot be repeated: let it take in those rows with its header above them",
        ])
    }
}
