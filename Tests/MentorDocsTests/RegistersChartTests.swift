import DocumentEngine
import Foundation
import TemplateAuthoring
import Testing
import TestSupport

@testable import MentorDocs

/// The chart of participants by form on the registers' statistics sheet, in the XLSX and the ODS
/// of the example school: its series take in the row of every form the list filled, LibreOffice
/// reads the mentors' and mentees' counts of those rows into it, and it is drawn on the printed page.
@Suite struct RegistersChartTests {
    let programme: Programme
    init() throws { programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0 }

    func bytes(_ format: DocumentFormat) throws -> [UInt8] {
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.registers]))
        return try DocumentMaker(for: records, format: format).document(for: try #require(records.first)).bytes
    }

    /// The rows of the table by form as the filled workbook has them: each form, its mentors and mentees.
    func forms() throws -> [(form: String, mentors: String, mentees: String)] {
        let sheet = try #require(try WorkbookReader.read(bytes: try bytes(.xlsx), file: "registers.xlsx").sheet(named: "Статистика"))
        let header = try #require(sheet.rows.firstIndex { $0.cells.first?.text == "Форма наставничества" })
        let body = sheet.rows[(header + 1)...].prefix { $0.cells.first?.text != "Всего" }
        return body.map { ($0.cells[0].text, $0.cells[2].text, $0.cells[3].text) }
    }

    private func part(_ name: String, of bytes: [UInt8], file: String) throws -> String {
        String(decoding: try ArchiveReader(bytes: bytes, file: file).read(name), as: UTF8.self)
    }

    private func texts(_ xml: String, _ element: String) -> [String] {
        xml.components(separatedBy: "<\(element)>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    @Test func theSeriesTakeInTheRowOfEveryForm() throws {
        let forms = try forms()
        #expect(forms.map(\.form) == ["ученик – ученик", "учитель – учитель", "работодатель – ученик"])
        let last = 5 + forms.count
        let chart = try part("xl/charts/chart1.xml", of: try bytes(.xlsx), file: "registers.xlsx")
        #expect(texts(chart, "c:f") == ["'Статистика'!$C$5", "'Статистика'!$A$6:$A$\(last)", "'Статистика'!$C$6:$C$\(last)",
            "'Статистика'!$D$5", "'Статистика'!$A$6:$A$\(last)", "'Статистика'!$D$6:$D$\(last)"])
        #expect(texts(chart, "c:v") == ["Наставников", "Наставляемых"], "the series are named as the table's columns")
        let statistics = try #require(try WorkbookReader.read(bytes: try bytes(.xlsx), file: "registers.xlsx").sheet(named: "Статистика"))
        let curator = try #require(statistics.rows.first { $0.cells.first?.text.hasPrefix("Куратор") == true }).number
        #expect(curator > 18, "rows were added above the curator's line")
        let drawing = try part("xl/drawings/drawing1.xml", of: try bytes(.xlsx), file: "registers.xlsx")
        // Counted from 0, the row after the empty one under the curator's line.
        #expect(texts(drawing, "xdr:row") == [String(curator + 1)], "the chart stays under the curator's line, which moved down")

        let object = try part("Object 1/content.xml", of: try bytes(.ods), file: "registers.ods")
        #expect(object.contains("<chart:categories table:cell-range-address=\"Статистика.A6:Статистика.A\(last)\"/>"))
        #expect(object.contains("chart:values-cell-range-address=\"Статистика.C6:Статистика.C\(last)\" chart:label-cell-address=\"Статистика.C5\""))
        #expect(object.contains("chart:values-cell-range-address=\"Статистика.D6:Статистика.D\(last)\" chart:label-cell-address=\"Статистика.D5\""))
    }

    @Test func aChartOverColumnsWithoutNamesIsNotWritten() throws {
        let sheet = AuthoredSheet(name: "Лист1", columnWidths: [20, 10, 10], rows: [
            SheetRow(.header("Форма"), .header("Пар"), .empty),
            SheetRow(.text("{{#forms}}{{ form }}"), .text("{{ pairs }}", .number), .text("{{ mentees }}{{/forms}}", .number)),
        ], charts: [SheetChart(Chart(title: "Пары", series: []), headerRow: 1, rows: 2...2, seriesColumns: [2, 3], row: 4)])
        let workbook = AuthoredWorkbook(title: "t", sheets: [sheet])
        for writer in [XlsxWriter() as WorkbookWriter, OdsWriter()] {
            let error = try #require(throws: AuthoringError.self) { try writer.write(workbook, name: "t") }
            #expect(error.kind == .chartData && error.message.contains("«Пары» on «Лист1»"), "\(error)")
        }
    }

    @Test func theChartsAreValidSpreadsheetMLAndOpenDocument() throws {
        for format in [DocumentFormat.xlsx, .ods] {
            let template = try TemplateSource().bytes(for: .registers, format: format).bytes
            #expect(try SchemaValidator.violations(of: template).map(\.description) == [], "\(format)")
            #expect(try SchemaValidator.violations(of: try bytes(format)).map(\.description) == [], "\(format)")
        }
    }

    /// Saved again by LibreOffice as Excel's, each chart's caches hold what LibreOffice read from the
    /// cells: the forms, the mentors' and the mentees' counts; printed, the chart's title and forms are on the page.
    @Test(arguments: ["xlsx", "ods"]) func libreOfficeDrawsTheCountsOfEachForm(format: String) throws {
        let soffice = try #require(Office.which("soffice"), "LibreOffice (soffice) is installed")
        let forms = try forms()
        let folder = Paths.temporaryFolder("registers-chart-\(format)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/Реестры.\(format)"
        try Data(try bytes(format == "xlsx" ? .xlsx : .ods)).write(to: URL(fileURLWithPath: path))
        let saved = try Office.run(soffice, ["-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to", "xlsx",
            "--outdir", folder + "/saved", path])
        #expect(saved.status == 0, "\(saved.error)")
        let resaved = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/saved/Реестры.xlsx")))
        let reader = try ArchiveReader(bytes: resaved, file: "resaved.xlsx")
        let chartPart = try #require(reader.entries.map(\.name).first { $0.hasPrefix("xl/charts/chart") && $0.hasSuffix(".xml") })
        let chart = String(decoding: try reader.read(chartPart), as: UTF8.self)
        let series = chart.components(separatedBy: "<c:ser>").dropFirst().map { texts($0, "c:v") }
        #expect(series.count == 2)
        let names = forms.map(\.form)
        #expect(series.first == ["Наставников"] + names + forms.map(\.mentors))
        #expect(series.last == ["Наставляемых"] + names + forms.map(\.mentees))

        let text = try #require(try Office.text(of: [path]).values.first)
        let folded = Office.folded(text)
        #expect(folded.contains("Участники по формам наставничества"), "the chart is drawn")
        let afterTitle = folded.components(separatedBy: "Участники по формам наставничества").last ?? ""
        #expect(names.allSatisfy { afterTitle.contains($0) }, "each form names its bars: \(afterTitle)")
    }
}
