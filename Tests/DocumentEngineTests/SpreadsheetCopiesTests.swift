import DocumentEngine
import Testing
import TestSupport

/// A workbook filled with a sheet per item (`fill --each … --merge`): each sheet with tags copied for
/// every item and named by a pattern, its rows and print area laid out for that item alone.
@Suite struct SpreadsheetCopiesTests {
    static func cell(_ reference: String, _ string: Int) -> String { "<c r=\"\(reference)\" t=\"s\"><v>\(string)</v></c>" }

    static func workbook() -> SampleWorkbook {
        var workbook = SampleWorkbook(sheets: [
            .init(name: "Справка", body: "<sheetData><row r=\"1\">\(cell("A1", 5))<c r=\"B1\"><f>1+1</f><v>2</v></c></row></sheetData>"),
            .init(name: "Карточка", body: """
                <sheetData><row r="1">\(cell("A1", 0))</row><row r="3">\(cell("A3", 1))\(cell("B3", 2))</row>\
                <row r="4">\(cell("A4", 3))<c r="B4"><f>SUM(B3:B3)</f></c></row></sheetData>\
                <pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>
                """),
        ], strings: ["{{ surname }} {{ name }}", "{{#marks}}{{ subject }}", "{{ mark }}{{/marks}}", "Сумма", "—", "Справка"].map { "<t>\($0)</t>" })
        workbook.workbookTail = "<definedNames><definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">Карточка!$A$1:$B$4</definedName>"
            + "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">Справка!$A$1:$B$1</definedName></definedNames>"
        return workbook
    }

    static let data: TemplateValue = ["pupils": [
        ["surname": "Белова", "name": "Дарья", "marks": [["subject": "Алгебра", "mark": "5"], ["subject": "История", "mark": "4"]]],
        ["surname": "Орлов", "name": "Илья", "marks": [["subject": "Алгебра", "mark": "3"]]],
        ["surname": "Белова", "name": "Анна", "marks": []],
    ]]

    static func fill(_ workbook: SampleWorkbook, _ data: TemplateValue, names: String? = "{{ surname }}") throws -> ArchiveReader {
        let options = CompileOptions(repeatBody: try DataPath(parsing: "pupils"), sheetNames: try names.map { try TextTemplate($0) })
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "карточки.xlsx", options: options)
        return try ArchiveReader(bytes: try DocumentRenderer(template).render(data), file: "out.xlsx")
    }

    static func text(_ reader: ArchiveReader, _ part: String) throws -> String { String(decoding: try reader.read(part), as: UTF8.self) }

    @Test func eachItemGetsASheetOfItsOwn() throws {
        let reader = try Self.fill(Self.workbook(), Self.data)
        let workbook = FilledSheet(try Self.text(reader, "xl/workbook.xml"))
        #expect(workbook.xml.contains("<sheet name=\"Справка\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"Белова\" sheetId=\"2\" r:id=\"rId2\"/>"
            + "<sheet name=\"Орлов\" sheetId=\"3\" r:id=\"rIdMentordocs1_2\"/><sheet name=\"Белова (2)\" sheetId=\"4\" r:id=\"rIdMentordocs1_3\"/>"))
        // Each copy's print area is its own, over its own rows; the other sheet's moves with its place.
        #expect(workbook.texts["definedName"] == ["'Белова'!$A$1:$B$5", "'Орлов'!$A$1:$B$4", "'Белова (2)'!$A$1:$B$3", "Справка!$A$1:$B$1"])
        #expect(workbook.xml.contains("localSheetId=\"1\">'Белова'") && workbook.xml.contains("localSheetId=\"3\">'Белова (2)'")
            && workbook.xml.contains("localSheetId=\"0\">Справка"))

        let first = FilledSheet(try Self.text(reader, "xl/worksheets/sheet2.xml"))
        #expect(first.value("A1") == "Белова Дарья")
        #expect([first.value("A3"), first.value("B3"), first.value("A4"), first.value("B4")] == ["Алгебра", "5", "История", "4"])
        #expect(first["B5"]?.formula == "SUM(B3:B4)")
        let second = FilledSheet(try Self.text(reader, "xl/worksheets/sheet2-2.xml"))
        #expect(second.value("A1") == "Орлов Илья" && second["B4"]?.formula == "SUM(B3:B3)")
        let third = FilledSheet(try Self.text(reader, "xl/worksheets/sheet2-3.xml"))
        #expect(third.value("A1") == "Белова Анна" && third.rows == [1, 3] && third["B3"]?.formula == "SUM(#REF!)")

        #expect(try Self.text(reader, "xl/_rels/workbook.xml.rels").contains("Id=\"rIdMentordocs1_3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2-3.xml\""))
        #expect(try Self.text(reader, "[Content_Types].xml").contains("<Override PartName=\"/xl/worksheets/sheet2-3.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
        #expect(FilledSheet(try Self.text(reader, "xl/worksheets/sheet1.xml"))["B1"]?.value == nil, "the untouched sheet's saved values go too")
    }

    @Test func withoutAPatternCopiesAreNumberedAfterTheirSheet() throws {
        let reader = try Self.fill(Self.workbook(), Self.data, names: nil)
        let workbook = try Self.text(reader, "xl/workbook.xml")
        #expect(workbook.contains("name=\"Карточка 1\"") && workbook.contains("name=\"Карточка 2\"") && workbook.contains("name=\"Карточка 3\""))
    }

    @Test func filledCopiesAreValid() throws {
        let template = try Self.workbook().bytes()
        let options = CompileOptions(repeatBody: try DataPath(parsing: "pupils"), sheetNames: try TextTemplate("{{ surname }}: [{{ name }}]"))
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.xlsx", options: options)).render(Self.data)
        #expect(try SchemaValidator.violations(of: output).map(\.description) == [])
        #expect(String(decoding: try ArchiveReader(bytes: output, file: "o").read("xl/workbook.xml"), as: UTF8.self)
            .contains("name=\"Белова_ _Дарья_\""), "Excel allows no colon or brackets in a sheet's name")
    }

    @Test func aSheetThatOthersReferToOrThatUsesOtherPartsIsNotCopied() throws {
        var referred = Self.workbook()
        referred.sheets[0].body = "<sheetData><row r=\"1\"><c r=\"B1\"><f>Карточка!B4</f></c></row></sheetData>"
        let options = CompileOptions(repeatBody: try DataPath(parsing: "pupils"))
        let bytes = try referred.bytes()
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: bytes, file: "t.xlsx", options: options) }
        #expect(error?.problems.map(\.description) == [
            "xl/worksheets/sheet1.xml: the formula “=Карточка!B4” refers to «Карточка», a sheet copied for each item: it cannot tell which item's copy it means",
        ])

        var drawn = Self.workbook()
        drawn.sheets = [drawn.sheets[1]]
        drawn.sheets[0].body += "<drawing r:id=\"rId1\"/>"
        drawn.workbookTail = ""
        let drawnBytes = try drawn.bytes()
        let refused = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: drawnBytes, file: "t.xlsx", options: options) }
        #expect(refused?.kinds == [.unsupported])
    }

    @Test func anEmptyListIsARenderError() throws {
        let template = try CompiledTemplate.compile(bytes: try Self.workbook().bytes(), file: "t.xlsx",
            options: CompileOptions(repeatBody: try DataPath(parsing: "pupils")))
        let error = #expect(throws: RenderError.self) { try DocumentRenderer(template).render(["pupils": []]) }
        #expect(error?.kinds == [.missingSection])
    }
}
