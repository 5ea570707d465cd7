import DocumentEngine
import Foundation
import Testing

/// ODS as a dialect of the engine: tags in cells, repeated rows, and everything below them moved
/// as LibreOffice Calc would move it had the rows been inserted by hand.
@Suite struct OpenDocumentSpreadsheetTests {
    typealias S = SampleSpreadsheet

    static let items: TemplateValue = ["org": "МБОУ «СОШ № 5»", "items": [
        ["code": "007", "hours": "4", "date": "2026-11-19", "class": "7 «А»"],
        ["code": "010", "hours": "6.5", "date": "2026-12-01", "class": "8 «Б»"],
        ["code": "123", "hours": "2", "date": "2027-01-09", "class": "9"],
    ]]

    /// Row 3 repeats; row 4 sums it; «Свод» refers to the sum.
    static func statement(extraRows: String = "", tail: String = "") -> String {
        """
        <table:table table:name="Ведомость">\
        \(S.row(S.text("Ведомость, {{ org }}")))\
        \(S.row(S.text("№"), S.text("Код"), S.text("Часы"), S.text("Дата"), S.text("Класс")))\
        \(S.row(S.text("{{#items}}{{@index}}"), S.text("{{ code }}"), S.text("{{ hours }}"), S.text("{{ date }}"),
            S.text("{{ class }}{{/items}}"), S.formula("of:=[.C3]*2"), S.formula("of:=SUM([.$C$3:.C3])")))\
        \(S.row(S.text("Итого"), "<table:table-cell/>", S.formula("of:=SUM([.C3:.C3])"), S.formula("of:=COUNT([.D2:.D3])")))\
        \(extraRows)\(tail)\
        </table:table>\
        <table:table table:name="Свод">\(S.row(S.text("Всего"), S.formula("of:=[$Ведомость.C4]*1")))</table:table>
        """
    }

    @Test func aRowRepeatsAndTheFormulasBelowFollowIt() throws {
        let filled = try S.fill(try S.ods(Self.statement()), Self.items)
        let sheet = try #require(filled["Ведомость"])
        #expect(sheet["A1"]?.value == "Ведомость, МБОУ «СОШ № 5»")
        #expect(sheet.rows.count == 6)
        #expect(sheet["A3"]?.value == "1" && sheet["A5"]?.value == "3")
        #expect(sheet["F3"]?.formula == "of:=[.C3]*2" && sheet["F4"]?.formula == "of:=[.C4]*2" && sheet["F5"]?.formula == "of:=[.C5]*2")
        #expect(sheet["G5"]?.formula == "of:=SUM([.$C$3:.C5])", "a fixed row stays on the first copy: a running total")
        #expect(sheet["A6"]?.value == "Итого")
        #expect(sheet["C6"]?.formula == "of:=SUM([.C3:.C5])")
        #expect(sheet["C6"]?.type == nil && sheet["C6"]?.value == nil, "the result saved for the template's cells is left out, to be computed anew")
        #expect(sheet["D6"]?.formula == "of:=COUNT([.D2:.D5])")
        #expect(filled["Свод"]?["B1"]?.formula == "of:=[$Ведомость.C6]*1")
        #expect(!filled.xml.contains("mentordocs") && !filled.xml.contains(" r=\""), "no mark of the engine is left")
    }

    @Test func valuesAreTypedAndTextStaysText() throws {
        let filled = try S.fill(try S.ods(Self.statement()), Self.items)
        let sheet = try #require(filled["Ведомость"])
        #expect(sheet["C3"] == .init(type: "float", value: "4"))
        #expect(sheet["C4"]?.value == "6.5" && sheet["C4"]?.type == "float")
        #expect(sheet["B3"]?.type == "string" && sheet["B3"]?.value == "007", "a code with a leading zero stays text")
        #expect(sheet["E3"]?.type == "string" && sheet["E3"]?.value == "7 «А»")
        #expect(sheet["E5"]?.type == "float" && sheet["E5"]?.value == "9", "a value tag beside the tag closing the row is a value")
        #expect(sheet["D3"]?.type == "date" && sheet["D3"]?.value == "2026-11-19")
        let twin = try #require(sheet["D3"]?.style, "a date in a cell whose style shows none gets a style that does")
        #expect(filled.elements["style:style"]?.contains { $0["style:name"] == twin && $0["style:data-style-name"] == "MentordocsDate" } == true)
        #expect(sheet["A1"]?.type == "string", "text beside a tag is text")
    }

    @Test func aDateKeepsItsCellsDateStyleAndATextCellKeepsNumbersAsText() throws {
        let styles = """
            <number:date-style style:name="N37"><number:day/><number:text>.</number:text><number:month/></number:date-style>\
            <number:text-style style:name="N100"><number:text-content/></number:text-style>\
            <style:style style:name="ceDate" style:family="table-cell" style:data-style-name="N37"/>\
            <style:style style:name="ceText" style:family="table-cell" style:data-style-name="N100"/>
            """
        let body = "<table:table table:name=\"Лист1\">"
            + S.row(S.text("{{ day }}", "table:style-name=\"ceDate\""), S.text("{{ number }}", "table:style-name=\"ceText\""), S.text("{{ missing }}"))
            + "</table:table>"
        let filled = try S.fill(try S.ods(body, styles: styles), ["day": "2026-11-19", "number": "1250", "missing": ""])
        let sheet = try #require(filled["Лист1"])
        #expect(sheet["A1"] == .init(type: "date", value: "2026-11-19", style: "ceDate"))
        #expect(sheet["B1"] == .init(type: "string", value: "1250", style: "ceText"))
        #expect(sheet["C1"] == .init(type: nil, value: nil), "an empty value leaves the cell empty")
    }

    @Test func aTagSplitByTheEditorsSpansIsFoundWholeAndHeaderRowsStayAbove() throws {
        let body = "<table:table table:name=\"Лист1\"><table:table-header-rows>" + S.row(S.text("Часы")) + "</table:table-header-rows>"
            + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>{{#items}}{{ ho<text:span text:style-name=\"T1\">urs</text:span> }}</text:p></table:table-cell>"
            + S.text("{{/items}}") + "</table:table-row>"
            + S.row(S.formula("of:=SUM([.A2:.A2])")) + "</table:table>"
        let filled = try S.fill(try S.ods(body), ["items": [["hours": "3"], ["hours": "4"]]])
        let sheet = try #require(filled["Лист1"])
        #expect(sheet["A1"]?.value == "Часы")
        #expect(sheet["A2"] == .init(type: "float", value: "3") && sheet["A3"] == .init(type: "float", value: "4"))
        #expect(sheet["A4"]?.formula == "of:=SUM([.A2:.A3])")
    }

    @Test func theEmptyTailOfAMillionRowsIsSplitNotUnfolded() throws {
        let tail = "<table:table-row table:number-rows-repeated=\"1048572\"><table:table-cell/></table:table-row>"
        let template = try S.ods(Self.statement(tail: tail))
        let filled = try S.fill(template, Self.items)
        let sheet = try #require(filled["Ведомость"])
        #expect(sheet.rowCount == 1_048_576, "the sheet still ends at LibreOffice's last row")
        #expect(filled.xml.utf8.count < 20_000)
    }

    @Test func aSheetPushedPastItsLastRowIsARenderError() throws {
        // Rows 2 to 1,048,575 are empty, row 1,048,576 says «Конец»: a second item pushes it off the sheet.
        let body = "<table:table table:name=\"Лист1\">" + S.row(S.text("{{#items}}{{ n }}"), S.text("{{/items}}"))
            + "<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell/></table:table-row>" + S.row(S.text("Конец"))
            + "</table:table>"
        let template = try CompiledTemplate.compile(bytes: try S.ods(body), file: "t.ods")
        _ = try DocumentRenderer(template).render(["items": [["n": "1"]]])
        let error = try #require(throws: RenderError.self) { try DocumentRenderer(template).render(["items": [["n": "1"], ["n": "2"]]]) }
        #expect(error.kinds == [.tooManyRows] && error.description.contains("more than 1048576 rows"), "\(error)")
    }

    @Test func aTaggedRowOrCellStandingForSeveralIsWrittenOut() throws {
        let body = "<table:table table:name=\"Лист1\">"
            + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>{{ n }}</text:p></table:table-cell></table:table-row>"
            + S.row(S.formula("of:=SUM([.A1:.B2])"))
            + "</table:table>"
        let filled = try S.fill(try S.ods(body), ["n": "5"])
        let sheet = try #require(filled["Лист1"])
        #expect(sheet.rows.prefix(2).allSatisfy { $0.count == 2 && $0.allSatisfy { $0.type == "float" && $0.value == "5" } })
        #expect(sheet["A3"]?.formula == "of:=SUM([.A1:.B2])")
    }

    @Test func mergesPrintRangesNamesFiltersFormattingAndValidationMove() throws {
        let below = S.row(S.text("Подпись", "table:number-rows-spanned=\"2\" table:number-columns-spanned=\"1\""), S.text("{{ org }}"))
            + S.row("<table:covered-table-cell/>", S.text("Проверено"))
        var body = Self.statement(extraRows: below)
        body = body.replacingOccurrences(of: "<table:table table:name=\"Ведомость\">",
            with: "<table:table table:name=\"Ведомость\" table:print-ranges=\"Ведомость.A1:Ведомость.E6\">")
        body = body.replacingOccurrences(of: "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>Класс",
            with: "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\" table:number-rows-spanned=\"2\"><text:p>Класс")
        body = body.replacingOccurrences(of: "</table:table><table:table table:name=\"Свод\">", with: """
            <calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="Ведомость.C3:Ведомость.C3">\
            <calcext:condition calcext:apply-style-name="Default" calcext:value="&gt;[.C3]" calcext:base-cell-address="Ведомость.C3"/>\
            </calcext:conditional-format></calcext:conditional-formats></table:table><table:table table:name="Свод">
            """)
        body = "<table:content-validations><table:content-validation table:name=\"val1\" table:condition=\"of:cell-content()&gt;=0\" table:base-cell-address=\"Ведомость.C3\"/></table:content-validations>"
            + body
            + "<table:named-expressions><table:named-range table:name=\"ЧАСЫ\" table:base-cell-address=\"$Ведомость.$C$3\" table:cell-range-address=\"$Ведомость.$C$3:.$C$3\"/></table:named-expressions>"
            + "<table:database-ranges><table:database-range table:name=\"__Anonymous_Sheet_DB__0\" table:target-range-address=\"Ведомость.A2:Ведомость.E3\" table:display-filter-buttons=\"true\"/></table:database-ranges>"
        // The header «Класс» spans rows 2–3, so it takes in the repeated row whole and grows with it.
        let filled = try S.fill(try S.ods(body), Self.items)
        let sheet = try #require(filled["Ведомость"])
        #expect(sheet["E2"]?.rowsSpanned == 4)
        #expect(sheet["A7"]?.value == "Подпись" && sheet["A7"]?.rowsSpanned == 2 && sheet["A8"]?.covered == true)
        #expect(sheet.attributes["table:print-ranges"] == "Ведомость.A1:Ведомость.E8")
        #expect(filled.elements["calcext:conditional-format"]?.first?["calcext:target-range-address"] == "Ведомость.C3:Ведомость.C5")
        #expect(filled.elements["calcext:condition"]?.first?["calcext:base-cell-address"] == "Ведомость.C3")
        #expect(filled.elements["table:named-range"]?.first?["table:cell-range-address"] == "$Ведомость.$C$3:.$C$5")
        #expect(filled.elements["table:database-range"]?.first?["table:target-range-address"] == "Ведомость.A2:Ведомость.E5")
        #expect(filled.elements["table:content-validation"]?.first?["table:base-cell-address"] == "Ведомость.C3")
    }

    @Test func anEmptyListRemovesItsRowsAndRangesCloseUp() throws {
        let filled = try S.fill(try S.ods(Self.statement()), ["org": "Школа", "items": []])
        let sheet = try #require(filled["Ведомость"])
        #expect(sheet["A3"]?.value == "Итого")
        #expect(sheet["D3"]?.formula == "of:=COUNT([.D2:.D2])", "a range from the header row keeps working")
        #expect(sheet["C3"]?.formula == "of:=SUM(#REF!)", "a range whose rows are all gone is #REF!, as LibreOffice writes it")
    }

    @Test func whatCannotFollowTheRowsIsRefusedNamingTheCell() throws {
        let one = Self.statement().replacingOccurrences(of: "of:=[$Ведомость.C4]*1", with: "of:=[$Ведомость.C3]*1")
        let error = try #require(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: try S.ods(one), file: "t.ods") }
        #expect(error.description.contains("content.xml") && error.description.contains("cell Свод.B1"), "\(error)")
        #expect(error.description.contains("[$Ведомость.C3]") || error.description.contains("$Ведомость.C3"), "\(error)")

        let part = Self.statement().replacingOccurrences(of: "of:=SUM([.C3:.C3])", with: "of:=SUM([.C2:.C3])")
            .replacingOccurrences(of: "{{ hours }}", with: "{{ hours }}</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>x")
        #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: try S.ods(part), file: "t.ods") }

        let chart = Self.statement().replacingOccurrences(of: "<table:table table:name=\"Свод\">", with: "<table:table table:name=\"Свод\">"
            + "<table:shapes><draw:frame xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"><draw:object draw:notify-on-update-of-ranges=\"Ведомость.C3\"/></draw:frame></table:shapes>")
        let chartError = try #require(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: try S.ods(chart), file: "t.ods") }
        #expect(chartError.description.contains("the ranges a chart watches") && chartError.description.contains("Ведомость.C3"), "\(chartError)")

        let indirect = Self.statement().replacingOccurrences(of: "of:=[$Ведомость.C4]*1", with: "of:=INDIRECT(&quot;C4&quot;)")
        let indirectError = try #require(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: try S.ods(indirect), file: "t.ods") }
        #expect(indirectError.description.contains("INDIRECT"))
    }

    @Test func aSheetPerItemIsACopyOfTheTableNamedForTheItem() throws {
        let body = "<table:content-validations><table:content-validation table:name=\"val1\" table:condition=\"of:cell-content()&gt;=0\" table:base-cell-address=\"Карточка.B2\"/></table:content-validations>"
            + "<table:table table:name=\"Карточка\" table:print-ranges=\"Карточка.A1:Карточка.B2\">"
            + S.row(S.text("{{ surname }}"), S.formula("of:=[.B2]+1"))
            + S.row(S.text("Часы"), S.text("{{ hours }}"))
            + "</table:table><table:table table:name=\"Итог\">" + S.row(S.text("Всё")) + "</table:table>"
        let names = try TextTemplate("{{ surname }}")
        let data: TemplateValue = ["people": [["surname": "Иванова", "hours": "3"], ["surname": "Петров", "hours": "5"], ["surname": "Иванова", "hours": "1"]]]
        let filled = try S.fill(try S.ods(body), data, options: CompileOptions(repeatBody: try DataPath(parsing: "people"), sheetNames: names))
        #expect(filled.tables.map(\.name) == ["Иванова", "Петров", "Иванова (2)", "Итог"])
        #expect(filled["Петров"]?["A1"]?.value == "Петров" && filled["Петров"]?["B2"]?.value == "5")
        #expect(filled["Петров"]?.attributes["table:print-ranges"] == "Петров.A1:Петров.B2")
        #expect(filled["Иванова (2)"]?.attributes["table:print-ranges"] == "'Иванова (2)'.A1:'Иванова (2)'.B2")
        #expect(filled.elements["table:content-validation"]?.first?["table:base-cell-address"] == "Иванова.B2",
            "a validation of the copied sheet is based in its first copy")
        #expect(!filled.xml.contains("{{") && !filled.xml.contains("mentordocs"))
    }

    @Test func aTaggedRowStandingForAMillionIsRefusedNotWrittenOut() throws {
        let body = "<table:table table:name=\"Лист1\"><table:table-row table:number-rows-repeated=\"1000000\">"
            + "<table:table-cell table:number-columns-repeated=\"3\"><text:p>{{ n }}</text:p></table:table-cell></table:table-row></table:table>"
        let clock = ContinuousClock()
        let start = clock.now
        let error = try #require(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: try S.ods(body), file: "bomb.ods") }
        #expect(error.kinds.contains(.tooManyTags) && error.description.contains("«Лист1»"), "\(error)")
        #expect(clock.now - start < .seconds(20))
    }

    @Test func theOutputBreaksNoRuleOfTheSchemaItsTemplateKeeps() throws {
        let template = try S.ods(Self.statement(tail: "<table:table-row table:number-rows-repeated=\"1048572\"><table:table-cell/></table:table-row>"))
        let filled = try S.fill(template, Self.items)
        try assertNoNewViolations(template: template, output: filled.package)
    }
}

@Suite struct OpenDocumentSpreadsheetKindTests {
    @Test func anODSIsKnownByItsName() {
        #expect(DocumentFileKind(fileName: "Fixtures/spreadsheets/statement.ods") == .ods)
        #expect(DocumentFileKind(fileName: "шаблон.OTS") == .ots)
        #expect(DocumentFormat(fileName: "итоги.ods") == .ods)
    }

    @Test func aSpreadsheetTemplateIsFilledAsASpreadsheetAndItsHeaderToo() throws {
        let template = try SampleSpreadsheet.ods("<table:table table:name=\"Лист1\">" + SampleSpreadsheet.row(SampleSpreadsheet.text("{{ n }}")) + "</table:table>",
            header: "<text:p>Школа: {{ org }}</text:p>", mediaType: "application/vnd.oasis.opendocument.spreadsheet-template")
        let compiled = try CompiledTemplate.compile(bytes: template, file: "шаблон.ots")
        #expect(compiled.kind == .ots && compiled.format == .ods)
        let output = try DocumentRenderer(compiled).render(["n": "7", "org": "СОШ № 5"])
        let reader = try ArchiveReader(bytes: output, file: "итоги.ods")
        #expect(String(decoding: try reader.read("mimetype"), as: UTF8.self) == "application/vnd.oasis.opendocument.spreadsheet")
        #expect(String(decoding: try reader.read("styles.xml"), as: UTF8.self).contains("<text:p>Школа: СОШ № 5</text:p>"))
        let sheet = FilledOpenDocumentSheets(String(decoding: try reader.read("content.xml"), as: UTF8.self))
        #expect(sheet["Лист1"]?["A1"] == .init(type: "float", value: "7"))
    }
}
