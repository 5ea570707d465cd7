import DocumentEngine
import Foundation
import Testing
import TestSupport

/// An ODS template saved by LibreOffice Calc itself (`Fixtures/spreadsheets/statement.ods`, made by
/// `make-statement-ods.py`), filled, and opened again in LibreOffice: its formulas computed there
/// and read back as the sheets show them.
@Suite struct OpenDocumentSpreadsheetOfficeTests {
    static let template = Paths.root + "/Fixtures/spreadsheets/statement.ods"

    static let data: TemplateValue = ["org": "МБОУ «СОШ № 5»", "signer": "Петрова А. И.", "items": [
        ["code": "007", "hours": "4", "date": "2026-09-01", "class": "7 «А»"],
        ["code": "010", "hours": "6.5", "date": "2026-10-12", "class": "8 «Б»"],
        ["code": "123", "hours": "2", "date": "2027-01-09", "class": "10"],
    ]]

    static func filled() throws -> (template: [UInt8], output: [UInt8]) {
        let template = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.template)))
        let compiled = try CompiledTemplate.compile(bytes: template, file: "statement.ods")
        #expect(compiled.format == .ods && compiled.kind == .ods)
        return (template, try DocumentRenderer(compiled).render(Self.data))
    }

    @Test func libreOfficeComputesWhatWasFilled() throws {
        let folder = Paths.temporaryFolder("ods-office")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/ведомость.ods"
        try Data(try Self.filled().output).write(to: URL(fileURLWithPath: path))
        let sheets = try Office.sheets(of: path)
        let statement = try #require(sheets["Ведомость"], "LibreOffice read the sheets \(sheets.keys.sorted())")
        #expect(statement[0].first == "Ведомость выдачи, МБОУ «СОШ № 5»")
        #expect(statement[2].prefix(6) == ["1", "007", "4", "01.09.2026", "7 «А»", "8"])
        #expect(statement[3].prefix(6) == ["2", "010", "6.5", "12.10.2026", "8 «Б»", "13"])
        #expect(statement[4].prefix(6) == ["3", "123", "2", "09.01.2027", "10", "4"])
        #expect(statement[5].first == "Итого" && statement[5][2] == "12.5" && statement[5][5] == "25", "\(statement[5])")
        #expect(statement[6].first == "Дат" && statement[6][2] == "3", "dates are dates a formula counts")
        #expect(statement[7].prefix(2) == ["Подпись", "Петрова А. И."] && statement[8][1] == "Проверено")
        #expect(sheets["Свод"]?.first == ["Всего часов", "12.5"])
        #expect(sheets["Свод"]?.dropFirst().first == ["Через имя", "12.5"], "the named range grew with the rows")
    }

    @Test func theFilledFileBreaksNoRuleOfTheSchemaItsTemplateKeeps() throws {
        let (template, output) = try Self.filled()
        try assertNoNewViolations(template: template, output: output)
    }

    @Test func aSheetPerItemOpensInLibreOffice() throws {
        let folder = Paths.temporaryFolder("ods-office-copies")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let template = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.template)))
        // «Свод» refers to «Ведомость»: copied per item, that would be ambiguous.
        let error = try #require(throws: TemplateError.self) {
            try CompiledTemplate.compile(bytes: template, file: "statement.ods",
                options: CompileOptions(repeatBody: try DataPath(parsing: "classes"), sheetNames: try TextTemplate("{{ name }}")))
        }
        #expect(error.description.contains("«Свод»") && error.description.contains("copied for each item"), "\(error)")

        let card = try SampleSpreadsheet.ods("<table:table table:name=\"Класс\">"
            + SampleSpreadsheet.row(SampleSpreadsheet.text("Класс {{ name }}"))
            + SampleSpreadsheet.row(SampleSpreadsheet.text("{{#pupils}}{{ surname }}"), SampleSpreadsheet.text("{{ score }}{{/pupils}}"))
            + SampleSpreadsheet.row(SampleSpreadsheet.text("Сумма"), SampleSpreadsheet.formula("of:=SUM([.B2:.B2])"))
            + "</table:table>")
        let compiled = try CompiledTemplate.compile(bytes: card, file: "card.ods",
            options: CompileOptions(repeatBody: try DataPath(parsing: "classes"), sheetNames: try TextTemplate("{{ name }}")))
        let data: TemplateValue = ["classes": [
            ["name": "7 «А»", "pupils": [["surname": "Иванов", "score": "5"], ["surname": "Петров", "score": "4"]]],
            ["name": "8/Б", "pupils": [["surname": "Сидорова", "score": "3"]]],
        ]]
        let path = folder + "/классы.ods"
        try Data(try DocumentRenderer(compiled).render(data)).write(to: URL(fileURLWithPath: path))
        let sheets = try Office.sheets(of: path)
        #expect(Set(sheets.keys) == ["7 «А»", "8_Б"], "\(sheets.keys.sorted())")
        #expect(sheets["7 «А»"]?[3].prefix(2) == ["Сумма", "9"])
        #expect(sheets["8_Б"]?[2].prefix(2) == ["Сумма", "3"])
    }
}
