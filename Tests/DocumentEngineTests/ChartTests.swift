import DocumentEngine
import Foundation
import Testing
import TestSupport

/// Charts bound to data by `{{#chart satisfaction}}` in their title, in templates LibreOffice saved
/// (`Fixtures/charts/make-chart-templates.py`): the caches, the embedded workbook and the ODF object's
/// table read back from the filled file, checked against the schemas.
@Suite struct ChartTests {
    static let data: TemplateValue = ["org": "МБОУ «СОШ № 5»", "satisfaction": [
        "series": ["Декабрь 2026", "Май 2027"],
        "categories": [
            ["name": "Встречи с наставником", "values": ["6,5", "8"]],
            ["name": "Пара", "values": ["7", "9.25"]],
            ["name": "Организация", "values": ["5", ""]],
            ["name": "Итоги «года» & планы", "values": ["4", "6"]],
        ],
    ]]

    static func satisfaction(_ categories: [(String, [String])], series: [String]? = nil) -> TemplateValue {
        var group: TemplateFields = ["categories": .list(categories.map { ["name": .text($0.0), "values": .list($0.1.map { .text($0) })] })]
        if let series { group["series"] = .list(series.map { .text($0) }) }
        return ["org": "Школа", "satisfaction": .map(group)]
    }

    static func render(_ fixture: String, _ data: TemplateValue) throws -> [UInt8] {
        let template = try CompiledTemplate.compile(bytes: try ChartReading.fixture(fixture), file: fixture)
        return try DocumentRenderer(template).render(data)
    }

    @Test func aWordChartsCachesHoldTheData() throws {
        let filled = try Self.render("bar-chart-word.docx", Self.data)
        let chart = try ChartReading.part("word/charts/chart1.xml", of: filled)
        let series = try ChartReading.wordSeries(of: chart)
        #expect(series.count == 2)
        let categories = ["Встречи с наставником", "Пара", "Организация", "Итоги «года» & планы"]
        #expect(series[0] == .init(name: "Декабрь 2026", nameFormula: "Лист1!$B$1", categories: categories,
            categoriesFormula: "Лист1!$A$2:$A$5", values: [0: "6.5", 1: "7", 2: "5", 3: "4"], valueCount: 4,
            valuesFormula: "Лист1!$B$2:$B$5"))
        #expect(series[1] == .init(name: "Май 2027", nameFormula: "Лист1!$C$1", categories: categories,
            categoriesFormula: "Лист1!$A$2:$A$5", values: [0: "8", 1: "9.25", 3: "6"], valueCount: 4,
            valuesFormula: "Лист1!$C$2:$C$5"), "an empty value is a gap: no point, the count kept")
        #expect(try ChartReading.wordTitle(of: chart) == "Удовлетворённость", "the binding tag leaves the title")
        #expect(try ChartReading.chartSchemaViolations(chart) == [])
        let text = SamplePackages.text(ofXML: try ChartReading.part("word/document.xml", of: filled))
        #expect(text.contains("Результаты анкетирования, МБОУ «СОШ № 5»"), "the text's own tags are filled alongside")
    }

    @Test func theEmbeddedWorkbookHoldsTheSameData() throws {
        let template = try ChartReading.fixture("bar-chart-word.docx")
        let filled = try Self.render("bar-chart-word.docx", Self.data)
        let embedded = "word/embeddings/Microsoft_Excel_Worksheet.xlsx"
        let workbook = try ArchiveReader(bytes: filled, file: "filled").read(embedded)
        let folder = Paths.temporaryFolder("chart-workbook")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(workbook).write(to: URL(fileURLWithPath: folder + "/данные.xlsx"))
        let sheet = try #require(try Office.sheets(of: folder + "/данные.xlsx")["Лист1"])
        #expect(sheet.prefix(5).map { Array($0.prefix(3)) } == [
            ["", "Декабрь 2026", "Май 2027"],
            ["Встречи с наставником", "6.5", "8"],
            ["Пара", "7", "9.25"],
            ["Организация", "5", ""],
            ["Итоги «года» & планы", "4", "6"],
        ])
        let templateWorkbook = try ArchiveReader(bytes: template, file: "template").read(embedded)
        try assertNoNewViolations(template: templateWorkbook, output: workbook, "the embedded workbook")
    }

    @Test func fewerCategoriesThanTheTemplateEmptyTheRestOfTheWorkbook() throws {
        let filled = try Self.render("bar-chart-word.docx", Self.satisfaction([("Одна", ["3", "4"])]))
        let series = try ChartReading.wordSeries(of: try ChartReading.part("word/charts/chart1.xml", of: filled))
        #expect(series.map(\.categories) == [["Одна"], ["Одна"]])
        #expect(series.map(\.valuesFormula) == ["Лист1!$B$2", "Лист1!$C$2"])
        #expect(series.map(\.name) == ["На входе", "На выходе"], "without series names the template's stay")
        let workbook = try ArchiveReader(bytes: filled, file: "filled").read("word/embeddings/Microsoft_Excel_Worksheet.xlsx")
        let sheet = try ChartReading.part("xl/worksheets/sheet1.xml", of: workbook)
        #expect(sheet.contains("<dimension ref=\"A1:C2\"/>"), "\(sheet)")
        #expect(!sheet.contains("r=\"A3\"") && !sheet.contains("<v>9</v>"), "the template's later rows are emptied")
    }

    @Test func noCategoriesLeaveAnEmptyChart() throws {
        for fixture in ["bar-chart-word.docx", "bar-chart.docx"] {
            let filled = try Self.render(fixture, Self.satisfaction([]))
            let chart = try ChartReading.part("word/charts/chart1.xml", of: filled)
            let series = try ChartReading.wordSeries(of: chart)
            #expect(series.map(\.values) == [[:], [:]] && series.map(\.valueCount) == [0, 0], "\(fixture)")
            #expect(try ChartReading.chartSchemaViolations(chart) == [], "\(fixture)")
        }
    }

    @Test func aDocxSavedByLibreOfficeIsFilledWithoutAWorkbook() throws {
        // LibreOffice names a workbook in the chart's relationships that it does not write: the caches are what counts.
        let filled = try Self.render("bar-chart.docx", Self.data)
        let chart = try ChartReading.part("word/charts/chart1.xml", of: filled)
        let series = try ChartReading.wordSeries(of: chart)
        #expect(series.map(\.name) == ["Декабрь 2026", "Май 2027"])
        #expect(series[0].categories.count == 4 && series[1].values == [0: "8", 1: "9.25", 3: "6"])
        #expect(try ChartReading.chartSchemaViolations(chart) == [])
        let document = try ChartReading.part("word/document.xml", of: filled)
        let ids = document.components(separatedBy: "<wp:docPr id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(!ids.isEmpty && Set(ids).count == ids.count, "drawing ids stay unique: \(ids)")
    }

    @Test func anOpenDocumentChartsTableHoldsTheData() throws {
        let filled = try Self.render("bar-chart.odt", Self.data)
        let object = try ChartReading.part(try ChartReading.chartObjectPart(of: filled), of: filled)
        let table = try ChartReading.openDocumentTable(of: object)
        #expect(table.rows == [
            ["", "Декабрь 2026", "Май 2027"],
            ["Встречи с наставником", "6.5", "8"],
            ["Пара", "7", "9.25"],
            ["Организация", "5", ""],
            ["Итоги «года» & планы", "4", "6"],
        ])
        #expect(table.ranges == ["local-table.$B$2:.$B$5", "local-table.$C$2:.$C$5"])
        #expect(table.title == "Удовлетворённость")
        #expect(try ChartReading.openDocumentSchemaViolations(object) == [])
        #expect(try SchemaValidator.newViolations(template: try ChartReading.fixture("bar-chart.odt"), output: filled) == [])
    }

    @Test func aValueThatIsNotANumberIsNamedByItsPlace() throws {
        for fixture in ["bar-chart-word.docx", "bar-chart.odt"] {
            let data = Self.satisfaction([("Встречи", ["7", "8"]), ("Пара", ["хорошо", "9"])])
            let error = try #require(throws: RenderError.self) { try Self.render(fixture, data) }
            #expect(error.kinds == [.invalidChartData])
            #expect(error.description.contains("“satisfaction.categories.2.values.1” is “хорошо”, not a number"), "\(error)")
        }
        let short = Self.satisfaction([("Встречи", ["7"])])
        let error = try #require(throws: RenderError.self) { try Self.render("bar-chart.odt", short) }
        #expect(error.description.contains("“satisfaction.categories.1.values” has 1 values; the chart has 2 series"), "\(error)")
        let missing = try #require(throws: RenderError.self) { try Self.render("bar-chart.docx", ["org": "Школа"]) }
        #expect(missing.kinds == [.missingValue] && missing.description.contains("word/charts/chart1.xml"), "\(missing)")
    }

    @Test func aChartWithoutNumbersToFillIsRefusedWhenCompiled() throws {
        let template = try ChartReading.fixture("bar-chart-word.docx")
        let chart = try ChartReading.part("word/charts/chart1.xml", of: template)
        let withoutCache = chart.replacingOccurrences(of: #"<c:numCache>.*?</c:numCache>"#, with: "", options: .regularExpression)
        let broken = try Self.replacing("word/charts/chart1.xml", with: withoutCache, in: template)
        let error = try #require(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: broken, file: "отчёт.docx") }
        #expect(error.kinds == [.unfillableChart])
        #expect(error.description.contains("отчёт.docx: word/charts/chart1.xml: series 1 has no numbers kept with the chart"), "\(error)")

        let badTag = chart.replacingOccurrences(of: "{{#chart satisfaction}}", with: "{{ satisfaction }}")
        let untagged = try Self.replacing("word/charts/chart1.xml", with: badTag, in: template)
        let tagError = try #require(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: untagged, file: "отчёт.docx") }
        #expect(tagError.description.contains("a chart's title takes one tag, {{#chart name}}"), "\(tagError)")
    }

    @Test func aTitleThatIsOnlyTheTagIsRemoved() throws {
        let template = try ChartReading.fixture("bar-chart-word.docx")
        let chart = try ChartReading.part("word/charts/chart1.xml", of: template)
        let bare = try Self.replacing("word/charts/chart1.xml", with: chart.replacingOccurrences(of: "Удовлетворённость ", with: ""), in: template)
        let filled = try DocumentRenderer(try CompiledTemplate.compile(bytes: bare, file: "bare.docx")).render(Self.data)
        let written = try ChartReading.part("word/charts/chart1.xml", of: filled)
        #expect(try ChartReading.wordTitle(of: written) == nil)
        #expect(written.contains("<c:autoTitleDeleted val=\"1\"/>"))
        #expect(try ChartReading.chartSchemaViolations(written) == [])
    }

    /// The package with one part's text replaced.
    static func replacing(_ part: String, with text: String, in package: [UInt8]) throws -> [UInt8] {
        let reader = try ArchiveReader(bytes: package, file: "template")
        let writer = try ArchiveWriter(name: "template")
        for entry in reader.entries {
            if entry.name == part { try writer.add(part, bytes: Array(text.utf8)) } else { try writer.copy(entry, from: reader) }
        }
        return try writer.finish()
    }
}
