import DocumentEngine
import Foundation
import Testing
import TestSupport

/// What cannot be filled is refused when the template is compiled, naming the sheet's part and the
/// cell: a mistake in a tag, and a reference that could not follow rows that repeat.
@Suite struct SpreadsheetErrorTests {
    static func cell(_ reference: String, _ string: Int) -> String { "<c r=\"\(reference)\" t=\"s\"><v>\(string)</v></c>" }

    /// Row 2 repeats per item; `extra` cells go in row 4, below it; `sheets` follow the first.
    static func workbook(row4: String = "", tail: String = "", other: String? = nil, names: String = "") -> SampleWorkbook {
        var workbook = SampleWorkbook(sheets: [.init(name: "Лист1", body: """
            <sheetData><row r="1">\(cell("A1", 0))</row><row r="2">\(cell("A2", 1))<c r="B2"><v>1</v></c>\(cell("C2", 2))</row><row r="4">\(row4)</row></sheetData>\(tail)
            """)] + (other.map { [.init(name: "Свод", body: "<sheetData><row r=\"1\">\($0)</row></sheetData>")] } ?? []),
            strings: ["<t>Список</t>", "<t>{{#items}}{{ name }}</t>", "<t>{{ n }}{{/items}}</t>"])
        if !names.isEmpty { workbook.workbookTail = "<definedNames>\(names)</definedNames>" }
        return workbook
    }

    static func problems(_ workbook: SampleWorkbook) throws -> [String] {
        let bytes = try workbook.bytes()
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: bytes, file: "форма.xlsx") }
        return error?.problems.map(\.description) ?? []
    }

    static func kinds(_ workbook: SampleWorkbook) throws -> Set<TemplateProblem.Kind> {
        let bytes = try workbook.bytes()
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: bytes, file: "форма.xlsx") }
        return error?.kinds ?? []
    }

    @Test func aMistakeInATagNamesTheCell() throws {
        let workbook = SampleWorkbook("<sheetData><row r=\"3\"><c r=\"C3\" t=\"s\"><v>0</v></c></row></sheetData>", strings: ["<t>{{ name | dativ }}</t>"])
        #expect(try Self.problems(workbook) == ["xl/worksheets/sheet1.xml, cell C3 («{{ name | dativ }}»): unknown filter “dativ” in “{{ name | dativ }}”"])
    }

    @Test func anUnclosedSectionNamesItsCell() throws {
        let workbook = SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>", strings: ["<t>{{#items}}{{ name }}</t>"])
        #expect(try Self.problems(workbook) == ["xl/worksheets/sheet1.xml, cell A1 («{{#items}}{{ name }}»): the section “{{#items}}” is never closed; add {{/items}}"])
    }

    @Test func oneCellOfRepeatedRowsFromOutsideThemIsRefused() throws {
        #expect(try Self.problems(Self.workbook(row4: "<c r=\"B4\"><f>B2*2</f></c>")) == [
            "xl/worksheets/sheet1.xml: cell B4: the formula “=B2*2” refers to B2, a cell of rows 2–2 of «Лист1», which repeat for each item of a list: it cannot tell which copy it means; refer to all of them as a range (such as B2:B2), or put the formula in those rows",
        ])
    }

    @Test func oneCellOfRepeatedRowsFromAnotherSheetIsRefused() throws {
        let found = try Self.problems(Self.workbook(other: "<c r=\"A1\"><f>Лист1!B2</f></c>"))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("xl/worksheets/sheet2.xml: cell A1: the formula “=Лист1!B2” refers to Лист1!B2, a cell of rows 2–2 of «Лист1»") == true)
    }

    @Test func aRangeThatTakesInPartOfTheRepeatedRowsIsRefused() throws {
        var workbook = Self.workbook(row4: "<c r=\"B4\"><f>SUM(B2:B2)</f></c>")
        // Rows 2 and 3 repeat together: B2:B2 is half of them.
        workbook.sheets[0].body = workbook.sheets[0].body.replacingOccurrences(of: Self.cell("C2", 2), with: "")
            .replacingOccurrences(of: "<row r=\"4\">", with: "<row r=\"3\">\(Self.cell("A3", 2))</row><row r=\"4\">")
        workbook.sheets[0].body += "<mergeCells count=\"1\"><mergeCell ref=\"D1:D2\"/></mergeCells>"
        #expect(try Self.problems(workbook) == [
            "xl/worksheets/sheet1.xml: cell B4: the formula “=SUM(B2:B2)” refers to B2:B2, which takes in part of rows 2–3 of «Лист1»; those rows repeat for each item of a list, and a range must take in all of them or none",
            "xl/worksheets/sheet1.xml: merged cells D1:D2: the merged cells take in part of rows 2–3, which repeat for each item of a list; they must take in all of them or lie inside them",
        ])
    }

    @Test func indirectAndReferencesThroughSeveralSheetsAreRefused() throws {
        #expect(try Self.kinds(Self.workbook(row4: "<c r=\"B4\"><f>SUM(INDIRECT(\"B2:B\"&amp;ROW()))</f></c>")) == [.unshiftableReference])
        #expect(try Self.kinds(Self.workbook(other: "<c r=\"A1\"><f>SUM(Лист1:Свод!A1)</f></c>")) == [.unshiftableReference])
        let found = try Self.problems(Self.workbook(row4: "<c r=\"B4\"><f>INDIRECT(\"A1\")</f></c>"))
        #expect(found.first?.contains("uses INDIRECT, whose references are text that cannot follow rows that repeat") == true)
    }

    @Test func aNameOfOneCellOfRepeatedRowsIsRefused() throws {
        #expect(try Self.problems(Self.workbook(names: "<definedName name=\"Первый\">Лист1!$B$2</definedName>")) == [
            "xl/workbook.xml: the name «Первый»: the formula “=Лист1!$B$2” refers to Лист1!$B$2, a cell of rows 2–2 of «Лист1», which repeat for each item of a list: it cannot tell which copy it means; refer to all of them as a range (such as Лист1!B2:B2)",
        ])
    }

    @Test func referencesThatCanFollowAreAccepted() throws {
        let workbook = Self.workbook(row4: "<c r=\"B4\"><f>SUM(B2:B2)+SUM($B$1:$B$3)+A1</f></c>",
            tail: "<mergeCells count=\"1\"><mergeCell ref=\"C1:C3\"/></mergeCells>",
            other: "<c r=\"A1\"><f>SUM(Лист1!B2:B2)+Лист1!B4+INDEX(Лист1!B:B,1)</f></c>",
            names: "<definedName name=\"Все\">Лист1!$B$2:$B$2</definedName>")
        _ = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "форма.xlsx")
    }

    @Test func aPictureInsideRepeatedRowsIsRefusedAndOneAboveOrBelowIsNot() throws {
        func withDrawing(fromRow row: Int) throws -> SampleWorkbook {
            var workbook = Self.workbook(tail: "<drawing r:id=\"rId1\"/>")
            workbook.firstSheetRelationships = ["<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing\" Target=\"../drawings/drawing1.xml\"/>"]
            workbook.extraParts = [("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml", """
                <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(row)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(row)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>
                """)]
            return workbook
        }
        _ = try CompiledTemplate.compile(bytes: try withDrawing(fromRow: 0).bytes(), file: "форма.xlsx")
        _ = try CompiledTemplate.compile(bytes: try withDrawing(fromRow: 3).bytes(), file: "форма.xlsx")
        #expect(try Self.problems(withDrawing(fromRow: 1)) == [
            "xl/drawings/drawing1.xml: a picture, chart or shape of «Лист1» (xl/worksheets/sheet1.xml) at row 2 lies in rows 2–2, which repeat for each item of a list; it cannot be repeated with them: put it above or below them",
        ])
    }

    @Test func aDoctypeInSharedStringsIsRefused() throws {
        let workbook = SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>", strings: ["<t>&lol;</t>"])
        let bytes = try workbook.bytes()
        // The strings part with an entity bomb's DOCTYPE in front of it.
        let reader = try ArchiveReader(bytes: bytes, file: "t.xlsx")
        let writer = try ArchiveWriter(name: "t.xlsx")
        for entry in reader.entries {
            var part = try reader.read(entry)
            if entry.name == "xl/sharedStrings.xml" {
                part = Array("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY lol \"lol\">]>".utf8) + Array(String(decoding: part, as: UTF8.self)
                    .split(separator: "\n").dropFirst().joined().utf8)
            }
            try writer.add(entry.name, bytes: part)
        }
        let hostile = try writer.finish()
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: hostile, file: "t.xlsx") }
        #expect(error?.kinds == [.xml(.doctype)])
        #expect(error?.problems.first?.part == "xl/sharedStrings.xml")
    }

    @Test func sharedStringsCopiedIntoCellsCountTowardsTheTagCap() throws {
        // 1,000 tags in one string, in 101 cells: a small file that would hold 101,000 tags.
        let string = "<t>" + String(repeating: "{{ a }}", count: 1000) + "</t>"
        let cells = (1...101).map { "<c r=\"A\($0)\" t=\"s\"><v>0</v></c>" }.map { "<row r=\"\($0.dropFirst(8).prefix { $0 != "\"" })\">\($0)</row>" }
        let workbook = SampleWorkbook("<sheetData>\(cells.joined())</sheetData>", strings: [string])
        let found = try Self.problems(workbook)
        #expect(found == ["xl/worksheets/sheet1.xml: the sheet's cells hold more than 100000 tags (cell A101 passes that); no real form needs so many: is it generated by mistake?"])
    }

    @Test func aListLongerThanASheetIsARenderError() throws {
        let rows = SampleWorkbook("<sheetData><row r=\"1048575\"><c r=\"A1048575\" t=\"s\"><v>0</v></c><c r=\"B1048575\" t=\"s\"><v>1</v></c></row></sheetData>",
            strings: ["<t>{{#items}}{{.}}</t>", "<t>{{/items}}</t>"])
        let template = try CompiledTemplate.compile(bytes: try rows.bytes(), file: "форма.xlsx")
        _ = try DocumentRenderer(template).render(["items": ["a", "b"]])
        let refused = #expect(throws: RenderError.self) { try DocumentRenderer(template).render(["items": ["a", "b", "c"]]) }
        #expect(refused?.kinds == [.tooManyRows])
    }
}
