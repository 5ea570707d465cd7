import DocumentEngine
import Foundation
import Testing
import TestSupport

/// A filled workbook opened by LibreOffice Calc, its formulas computed there, read back as the
/// sheets show them: sums over the repeated rows, dates as dates, codes with their leading zeros.
@Suite struct SpreadsheetOfficeTests {
    static func cell(_ reference: String, _ string: Int, style: Int? = nil) -> String {
        "<c r=\"\(reference)\"\(style.map { " s=\"\($0)\"" } ?? "") t=\"s\"><v>\(string)</v></c>"
    }

    static func workbook() -> SampleWorkbook {
        var workbook = SampleWorkbook(sheets: [
            .init(name: "Ведомость", body: """
                <sheetData>\
                <row r="1">\(cell("A1", 0))</row>\
                <row r="2">\(cell("A2", 1))\(cell("B2", 2))\(cell("C2", 3))\(cell("D2", 4))\(cell("E2", 5))\(cell("F2", 6))</row>\
                <row r="3">\(cell("A3", 7))\(cell("B3", 8))\(cell("C3", 9))\(cell("D3", 10, style: 1))\(cell("E3", 11))<c r="F3"><f>C3*2</f><v>0</v></c></row>\
                <row r="4">\(cell("A4", 12))<c r="C4"><f>SUM(C3:C3)</f><v>0</v></c><c r="F4"><f>SUM(F3:F3)</f><v>0</v></c></row>\
                <row r="5">\(cell("A5", 13))<c r="C5"><f>COUNT(D3:D3)</f><v>0</v></c></row>\
                </sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>
                """),
            .init(name: "Свод", body: """
                <sheetData><row r="1">\(cell("A1", 14))<c r="B1"><f>Ведомость!C4</f><v>0</v></c></row></sheetData>
                """),
        ], strings: ["Ведомость выдачи, {{ org }}", "№", "Код", "Часы", "Дата", "Начало", "Двойные часы",
                     "{{#items}}{{@index}}", "{{ code }}", "{{ hours }}", "{{ date }}", "{{ start }}{{/items}}",
                     "Итого", "Дат", "Всего часов"].map { "<t>\($0)</t>" })
        workbook.numberFormats = ["<numFmt numFmtId=\"164\" formatCode=\"dd\\.mm\\.yyyy\"/>"]
        workbook.cellStyles = ["<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"]
        return workbook
    }

    static let data: TemplateValue = ["org": "МБОУ «СОШ № 5»", "items": [
        ["code": "007", "hours": "4", "date": "2026-09-01", "start": "2026-09-15"],
        ["code": "010", "hours": "6.5", "date": "2026-10-12", "start": "2026-10-20"],
        ["code": "123", "hours": "2", "date": "2027-01-09", "start": "2027-01-11"],
    ]]

    @Test func libreOfficeComputesWhatWasFilled() throws {
        let folder = Paths.temporaryFolder("sheets-office")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try CompiledTemplate.compile(bytes: try Self.workbook().bytes(), file: "ведомость.xlsx")
        let path = folder + "/ведомость.xlsx"
        try Data(try DocumentRenderer(template).render(Self.data)).write(to: URL(fileURLWithPath: path))
        let sheets = try Office.sheets(of: path)
        let statement = try #require(sheets["Ведомость"], "LibreOffice read the sheets \(sheets.keys.sorted())")
        #expect(statement[0].first == "Ведомость выдачи, МБОУ «СОШ № 5»")
        #expect(statement[2].prefix(4) == ["1", "007", "4", "01.09.2026"])
        #expect(statement[3].prefix(4) == ["2", "010", "6.5", "12.10.2026"])
        #expect(statement[4].prefix(4) == ["3", "123", "2", "09.01.2027"])
        // A date in a cell without a date format gets the short date, in LibreOffice's own way of writing it.
        let start = statement[2][4]
        let parts = start.split(whereSeparator: { "./-".contains($0) })
        #expect(parts.count == 3 && parts.contains("15") && !start.contains("46280"), "\(start)")
        #expect(statement[2][5] == "8" && statement[3][5] == "13", "each row's formula computes its own row")
        #expect(statement[5].first == "Итого" && statement[5][2] == "12.5" && statement[5][5] == "25")
        #expect(statement[6].first == "Дат" && statement[6][2] == "3", "dates are numbers a formula counts")
        #expect(sheets["Свод"]?.first == ["Всего часов", "12.5"])
    }
}
