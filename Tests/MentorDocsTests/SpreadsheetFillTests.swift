import DocumentEngine
import Foundation
import Testing
import TestSupport

/// `fill` with a workbook: one filled copy, a file per item, a sheet per item, and the sections and
/// types a school's class list needs, read back through LibreOffice Calc.
@Suite struct SpreadsheetFillTests {
    static let data = """
        school: { name: "Лицей № 5", city: Примерск }
        pupils:
          - { surname: Белова, name: Дарья, code: "007", born: 2013-04-02, score: 4.5 }
          - { surname: Орлов, name: Илья, code: "010", born: 2012-11-20, score: 5 }
        """

    static func cell(_ reference: String, _ string: Int) -> String { "<c r=\"\(reference)\" t=\"s\"><v>\(string)</v></c>" }

    /// A class list: the school in row 1, a row per pupil from row 3, the average score below.
    static func makeWorkbook(in folder: String) throws -> String {
        var workbook = SampleWorkbook(sheets: [.init(name: "Класс", body: """
            <sheetData><row r="1">\(cell("A1", 0))</row>\
            <row r="2">\(cell("A2", 1))\(cell("B2", 2))\(cell("C2", 3))\(cell("D2", 4))</row>\
            <row r="3">\(cell("A3", 5))\(cell("B3", 6))\(cell("C3", 7))\(cell("D3", 8))</row>\
            <row r="4">\(cell("A4", 9))<c r="D4"><f>AVERAGE(D3:D3)</f><v>0</v></c></row></sheetData>
            """)], strings: ["{{ school.name }}, г. {{ school.city }}", "Фамилия", "Код", "Родился", "Балл",
                             "{{#pupils}}{{ surname }} {{ name }}", "{{ code }}", "{{ born }}", "{{ score }}{{/pupils}}", "Средний"].map { "<t>\($0)</t>" })
        workbook.numberFormats = ["<numFmt numFmtId=\"164\" formatCode=\"dd\\.mm\\.yyyy\"/>"]
        workbook.cellStyles = ["<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"]
        workbook.sheets[0].body = workbook.sheets[0].body.replacingOccurrences(of: cell("C3", 7), with: "<c r=\"C3\" s=\"1\" t=\"s\"><v>7</v></c>")
        let path = folder + "/класс.xlsx"
        try Data(try workbook.bytes()).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func fillWritesTheWorkbookWithARowPerPupil() throws {
        let folder = Paths.temporaryFolder("fill-xlsx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try Self.makeWorkbook(in: folder)
        try Self.data.write(toFile: folder + "/class.spec", atomically: true, encoding: .utf8)
        let result = try Office.run(Paths.tool, ["fill", template, folder + "/class.spec", "--out", folder + "/список.xlsx"])
        #expect(result.status == 0, "\(result.error)")
        let sheet = try #require(try Office.sheets(of: folder + "/список.xlsx")["Класс"])
        #expect(sheet.map { Array($0.prefix(4)) } == [
            ["Лицей № 5, г. Примерск", "", "", ""],
            ["Фамилия", "Код", "Родился", "Балл"],
            ["Белова Дарья", "007", "02.04.2013", "4.5"],
            ["Орлов Илья", "010", "20.11.2012", "5"],
            ["Средний", "", "", "4.75"],
        ])
    }

    @Test func eachWritesAWorkbookPerClassAndMergeASheetPerClass() throws {
        let folder = Paths.temporaryFolder("each-xlsx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = try Self.makeWorkbook(in: folder)
        try "school: { name: Лицей, city: Примерск }\nclasses:\n  - { title: 7А, pupils: [{ surname: Белова, name: Дарья, code: '1', born: 2013-04-02, score: 4 }] }\n  - { title: 7Б, pupils: [] }\n"
            .write(toFile: folder + "/classes.spec", atomically: true, encoding: .utf8)
        let each = try Office.run(Paths.tool, ["fill", template, folder + "/classes.spec", "--each", "classes", "--out", folder + "/out", "--name", "{{ title }}"])
        #expect(each.status == 0, "\(each.error)")
        #expect(Paths.files(in: folder + "/out") == ["7А.xlsx", "7Б.xlsx"])
        let empty = try #require(try Office.sheets(of: folder + "/out/7Б.xlsx")["Класс"])
        #expect(empty.map(\.first) == ["Лицей, г. Примерск", "Фамилия", "Средний"], "no pupils: the average moves up")

        let merge = try Office.run(Paths.tool, ["fill", template, folder + "/classes.spec", "--each", "classes", "--merge", "--out", folder + "/all.xlsx",
            "--name", "{{ title }} класс"])
        #expect(merge.status == 0, "\(merge.error)")
        let sheets = try Office.sheets(of: folder + "/all.xlsx")
        #expect(sheets.keys.sorted() == ["7А класс", "7Б класс"])
        #expect(sheets["7А класс"]?.map(\.first) == ["Лицей, г. Примерск", "Фамилия", "Белова Дарья", "Средний"])
        #expect(sheets["7А класс"]?.last?.last == "4")
        #expect(sheets["7Б класс"]?.map(\.first) == ["Лицей, г. Примерск", "Фамилия", "Средний"])
    }

    @Test func inspectNamesTheCellOfEachTag() throws {
        let folder = Paths.temporaryFolder("inspect-xlsx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try Office.run(Paths.tool, ["inspect", try Self.makeWorkbook(in: folder)])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("  xl/worksheets/sheet1.xml, cell A3: {{#pupils}}\n"))
        #expect(result.output.contains("  pupils[].born\n"))
    }
}
