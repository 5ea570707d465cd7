import DocumentEngine
import Foundation
import Testing

/// A chart of an ODS standing below rows that repeat and drawn from them: the chart object's ranges
/// and the ranges its frame watches grow over the filled rows, the frame comes down with the cell it
/// stands in, and a range that could not follow the rows is refused when the template is compiled.
@Suite struct OpenDocumentSpreadsheetChartTests {
    typealias S = SampleSpreadsheet

    static let drawing = "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""

    /// The statement's hours (C) by code (B), charted from a frame in row 6, under the total (row 4)
    /// and an empty row; the frame's far corner is on E12. `frameRow` puts the frame elsewhere.
    static func template(values: String = "Ведомость.C3:Ведомость.C3", frameInItemsRow: Bool = false) throws -> [UInt8] {
        let frame = "<table:table-cell><draw:frame \(drawing) svg:width=\"10cm\" svg:height=\"6cm\" svg:x=\"0cm\" svg:y=\"0cm\" table:end-cell-address=\"Ведомость.E12\" table:end-x=\"0cm\" table:end-y=\"0cm\">"
            + "<draw:object draw:notify-on-update-of-ranges=\"Ведомость.B2:Ведомость.B3 Ведомость.C2:Ведомость.C3\" xlink:href=\"./Object 1\"/></draw:frame></table:table-cell>"
        let chart = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content \(S.namespaces) xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" office:version="1.3"><office:body><office:chart><chart:chart chart:class="chart:bar"><chart:plot-area table:cell-range-address="Ведомость.B2:Ведомость.C3"><chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="Ведомость.B3:Ведомость.B3"/></chart:axis><chart:series chart:values-cell-range-address="\(values)" chart:label-cell-address="Ведомость.C2" chart:class="chart:bar"/></chart:plot-area></chart:chart></office:chart></office:body></office:document-content>
            """
        var statement = OpenDocumentSpreadsheetTests.statement(extraRows: "<table:table-row><table:table-cell/></table:table-row>"
            + (frameInItemsRow ? "" : "<table:table-row>\(frame)</table:table-row>"))
        if frameInItemsRow {
            statement = statement.replacingOccurrences(of: "<table:table-row><table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>{{#items}}",
                with: "<table:table-row>\(frame)<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>{{#items}}")
        }
        return try S.ods(statement, objects: [("Object 1", chart)])
    }

    static func chartPart(of filled: FilledOpenDocumentSheets) throws -> String {
        String(decoding: try ArchiveReader(bytes: filled.package, file: "output").read("Object 1/content.xml"), as: UTF8.self)
    }

    @Test func theChartsRangesGrowOverTheFilledRows() throws {
        let filled = try S.fill(try Self.template(), OpenDocumentSpreadsheetTests.items)
        let chart = try Self.chartPart(of: filled)
        #expect(chart.contains("<chart:plot-area table:cell-range-address=\"Ведомость.B2:Ведомость.C5\">"))
        #expect(chart.contains("<chart:categories table:cell-range-address=\"Ведомость.B3:Ведомость.B5\"/>"))
        #expect(chart.contains("chart:values-cell-range-address=\"Ведомость.C3:Ведомость.C5\""))
        #expect(chart.contains("chart:label-cell-address=\"Ведомость.C2\""), "the series' name, in the header above the rows, stays")
        #expect(filled.elements["draw:object"]?.first?["draw:notify-on-update-of-ranges"] == "Ведомость.B2:Ведомость.B5 Ведомость.C2:Ведомость.C5")
    }

    @Test func anEmptyListLeavesTheChartWithoutBarsRatherThanOnTheRowsBelow() throws {
        let filled = try S.fill(try Self.template(), ["org": "Школа", "items": []])
        let chart = try Self.chartPart(of: filled)
        #expect(chart.contains("<chart:categories table:cell-range-address=\"#REF!\"/>"))
        #expect(chart.contains("chart:values-cell-range-address=\"#REF!\" chart:label-cell-address=\"Ведомость.C2\""))
        #expect(chart.contains("<chart:plot-area table:cell-range-address=\"Ведомость.B2:Ведомость.C2\">"), "the header is left")
    }

    @Test func theFrameComesDownWithItsCellAndItsFarCornerWithIt() throws {
        let filled = try S.fill(try Self.template(), OpenDocumentSpreadsheetTests.items)
        #expect(filled.elements["draw:frame"]?.first?["table:end-cell-address"] == "Ведомость.E14")
        let sheet = try #require(filled.xml.components(separatedBy: "<table:table table:name=\"Ведомость\"").dropFirst().first)
        let beforeFrame = try #require(sheet.components(separatedBy: "<draw:frame").first)
        #expect(beforeFrame.components(separatedBy: "<table:table-row").count - 1 == 8, "two rows were added above row 6")
        #expect(filled["Ведомость"]?["A6"]?.value == "Итого")
    }

    @Test func aChartRangeOfOneCellOfTheRepeatedRowsIsRefused() throws {
        let error = try #require(throws: TemplateError.self) {
            try CompiledTemplate.compile(bytes: try Self.template(values: "Ведомость.C3"), file: "t.ods")
        }
        #expect(error.description.contains("Object 1/content.xml") && error.description.contains("Ведомость.C3"), "\(error)")
        #expect(error.description.contains("refer to all of them as a range"), "\(error)")
    }

    @Test func aChartStandingInTheRepeatedRowsIsRefused() throws {
        let error = try #require(throws: TemplateError.self) {
            try CompiledTemplate.compile(bytes: try Self.template(frameInItemsRow: true), file: "t.ods")
        }
        #expect(error.description.contains("a picture, chart or shape anchored to cell Ведомость.A3 lies in rows 3–3"), "\(error)")
    }
}
