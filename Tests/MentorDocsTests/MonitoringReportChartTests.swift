import CalendarDays
import DocumentEngine
import Foundation
@testable import MentorDocs
import TestSupport
import Testing

/// The monitoring report's native charts: the example school's marks in the chart's own data (the
/// DOCX chart's caches and embedded workbook, the ODT object's table), valid, and drawn by LibreOffice.
struct MonitoringReportChartTests {
    private let programme = try! SpecReader.read(contentsOf: Paths.exampleSpec).0

    private func report(_ format: DocumentFormat) throws -> (bytes: [UInt8], figures: MonitoringFigures) {
        let responses = try ["entry", "exit"].flatMap { stage in
            try AnswerImport.read(contentsOf: [Paths.root + "/Fixtures/example-answers/\(stage).csv"], programme: programme,
                stage: MonitoringStage(rawValue: stage)).responses
        }
        let figures = MonitoringFigures(programme: programme, questions: .builtIn, responses: responses)
        let record = DocumentPlanner.monitoringReport(for: programme, figures: figures, on: CalendarDay(parsing: "2027-05-19")!)
        return (try DocumentMaker(for: [record], format: format).document(for: record).bytes, figures)
    }

    /// Each value a chart shows, as its caches or table write it: a point, not a comma.
    private func written(_ value: Double) -> String { Wording.decimal(value).replacingOccurrences(of: ",", with: ".") }

    private func texts(_ xml: String, _ element: String) -> [String] {
        xml.components(separatedBy: "<\(element)>").dropFirst().map { String($0.prefix { $0 != "<" }) }
            .map { $0.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&") }
    }

    @Test func theDocxChartsHoldTheMeansOfEachBlockAndBothStages() throws {
        let (bytes, figures) = try report(.docx)
        let reader = try ArchiveReader(bytes: bytes, file: "report.docx")
        let quality = String(decoding: try reader.read("word/charts/chart1.xml"), as: UTF8.self)
        let items = try #require(figures.blocks.first { $0.block.id == "quality" }).items
        #expect(items.count == 13)
        #expect(texts(quality, "c:v") == ["Средняя оценка «на выходе»"] + items.map(\.question.text) + items.map { written($0.overall.mean) })
        // Hand-read from the example answers: «встречи с наставником» 8, 7 and 7 at the exit.
        #expect(texts(quality, "c:v")[14] == "7.3")
        #expect(quality.contains("<c:f>Лист1!$B$2:$B$14</c:f>"))
        #expect(!quality.contains("{{"))
        #expect(quality.contains("Качество реализации программы: средние оценки</a:t>"))

        let change = String(decoding: try reader.read("word/charts/chart3.xml"), as: UTF8.self)
        let entries = figures.comparisons.map { written($0.entryMean) }, exits = figures.comparisons.map { written($0.exitMean) }
        let texts = figures.comparisons.map(\.question.text)
        #expect(!figures.comparisons.isEmpty)
        #expect(self.texts(change, "c:v") == ["На входе"] + texts + entries + ["На выходе"] + texts + exits)
        // The workbook «Изменить данные» opens holds the same numbers.
        let workbook = try ArchiveReader(bytes: try reader.read("word/embeddings/Microsoft_Excel_Worksheet3.xlsx"), file: "chart")
        let sheet = String(decoding: try workbook.read("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(self.texts(sheet, "v").filter { Double($0) != nil } == zip(entries, exits).flatMap { [$0, $1] })
        #expect(try SchemaValidator.violations(of: bytes) == [])
    }

    @Test func theOdtChartObjectsTablesHoldTheSameMeans() throws {
        let (bytes, figures) = try report(.odt)
        let reader = try ArchiveReader(bytes: bytes, file: "report.odt")
        let content = String(decoding: try reader.read("content.xml"), as: UTF8.self)
        #expect(content.components(separatedBy: "<draw:object ").count == 4)
        let growth = String(decoding: try reader.read("Object 2/content.xml"), as: UTF8.self)
        let items = try #require(figures.blocks.first { $0.block.id == "growth" }).items
        #expect(texts(growth, "text:p") == ["Личностный и профессиональный рост: средние оценки", "Вопрос", "Средняя оценка «на выходе»"]
            + items.flatMap { [$0.question.text, written($0.overall.mean)] })
        #expect(growth.contains("chart:values-cell-range-address=\"local-table.$B$2:.$B$\(items.count + 1)\""))
        let manifest = String(decoding: try reader.read("META-INF/manifest.xml"), as: UTF8.self)
        #expect(manifest.contains("manifest:full-path=\"Object 3/\""))
        #expect(try SchemaValidator.violations(of: bytes) == [])
    }

    @Test(arguments: [DocumentFormat.docx, .odt])
    func libreOfficeDrawsTheChartsWithTheirCategories(format: DocumentFormat) throws {
        let (bytes, _) = try report(format)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-charts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.\(format.rawValue)").path
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let text = try #require(try Office.text(of: [file])[file])
        #expect(text.contains("Качество реализации программы: средние оценки"))
        #expect(text.contains("«На входе» и «на выходе»: средние оценки"))
        #expect(text.contains("Средняя оценка «на выходе»"))
        #expect(text.contains("Я чувствую себя частью педагогического"))
        // The bars' labels are Russian numbers whatever language LibreOffice runs in (here C.UTF-8).
        let pointed = text.split(whereSeparator: \.isWhitespace).filter { $0.wholeMatch(of: /\d+\.\d+/) != nil }
        #expect(pointed.isEmpty, "values written with a point: \(pointed.prefix(5))")
    }
}
