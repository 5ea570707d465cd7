import DocumentEngine
import Foundation
import Testing
import TestSupport

/// Filled charts opened by LibreOffice: the data it reads from them is read back from what it saves
/// (a DOCX chart saved as ODT shows its table, an ODT chart saved as DOCX its caches) and from the
/// PDF it prints.
@Suite(.serialized) struct ChartOfficeTests {
    static let categories = ["Встречи с наставником", "Пара", "Организация", "Итоги «года» & планы"]

    static func filledFile(_ fixture: String, _ data: TemplateValue, in folder: String, as name: String) throws -> String {
        let path = folder + "/" + name
        try Data(try ChartTests.render(fixture, data)).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func libreOfficeReadsAFilledWordChartsData() throws {
        let folder = Paths.temporaryFolder("chart-office")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for fixture in ["bar-chart-word.docx", "bar-chart.docx"] {
            let path = try Self.filledFile(fixture, ChartTests.data, in: folder, as: "отчёт.docx")
            let saved = try ChartReading.converted(path, to: "odt")
            let table = try ChartReading.openDocumentTable(of: try ChartReading.part(try ChartReading.chartObjectPart(of: saved), of: saved))
            #expect(table.rows.first.map { Array($0.dropFirst()) } == ["Декабрь 2026", "Май 2027"], "\(fixture)")
            #expect(table.rows.dropFirst().map { $0.first ?? "" } == Self.categories, "\(fixture)")
            #expect(table.rows.dropFirst().map { Array($0.dropFirst()) } == [["6.5", "8"], ["7", "9.25"], ["5", ""], ["4", "6"]]
                || table.rows.dropFirst().map { Array($0.dropFirst()) } == [["6.5", "8"], ["7", "9.25"], ["5", "NaN"], ["4", "6"]],
                "\(fixture): \(table.rows)")
            #expect(table.title == "Удовлетворённость", "\(fixture)")
        }
    }

    @Test func libreOfficeReadsAFilledOpenDocumentChartsData() throws {
        let folder = Paths.temporaryFolder("chart-office")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try Self.filledFile("bar-chart.odt", ChartTests.data, in: folder, as: "отчёт.odt")
        let saved = try ChartReading.converted(path, to: "docx")
        let series = try ChartReading.wordSeries(of: try ChartReading.part("word/charts/chart1.xml", of: saved))
        #expect(series.map(\.name) == ["Декабрь 2026", "Май 2027"])
        #expect(series.map(\.categories) == [Self.categories, Self.categories])
        #expect(series[0].values == [0: "6.5", 1: "7", 2: "5", 3: "4"])
        #expect(series[1].values.filter { $0.key != 2 } == [0: "8", 1: "9.25", 3: "6"], "\(series[1].values)")
    }

    @Test func theChartIsPrintedWithTheData() throws {
        let folder = Paths.temporaryFolder("chart-office")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = try [("bar-chart-word.docx", "из-word.docx"), ("bar-chart.docx", "из-libreoffice.docx"), ("bar-chart.odt", "отчёт.odt")].map {
            try Self.filledFile($0.0, ChartTests.data, in: folder, as: $0.1)
        }
        let texts = try Office.text(of: files)
        for file in files {
            let text = Office.folded(try #require(texts[file], "LibreOffice printed \(file)"))
            for label in ["Удовлетворённость", "Декабрь 2026", "Май 2027", "Пара", "Организация", "Конец отчёта."] {
                #expect(text.contains(label), "\(file) prints «\(label)»: \(text)")
            }
            #expect(!text.contains("{{") && !text.contains("На входе"), "\(file): \(text)")
            // The value axis reaches past the largest value, 9.25, and no further than the template's scale would need.
            #expect(text.contains("10") && !text.contains("45"), "\(file): \(text)")
        }
    }

    @Test func noAndOneCategoryOpenInLibreOffice() throws {
        let folder = Paths.temporaryFolder("chart-office")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var files: [String] = []
        for (index, categories) in [[], [("Единственная", ["3", "4"])]].enumerated() {
            for fixture in ["bar-chart-word.docx", "bar-chart.docx", "bar-chart.odt"] {
                let name = "\(index)-\(fixture)"
                files.append(try Self.filledFile(fixture, ChartTests.satisfaction(categories), in: folder, as: name))
            }
        }
        let texts = try Office.text(of: files)
        for file in files {
            let text = Office.folded(try #require(texts[file], "LibreOffice printed \(file)"))
            #expect(text.contains("Конец отчёта."), "\(file): \(text)")
            #expect(text.contains("Единственная") == file.contains("/1-"), "\(file): \(text)")
        }
    }

    /// The page LibreOffice prints, as pixels: the two series' bars (blue and orange in the fixtures)
    /// take areas in the proportion of the filled values' sums (22.5 and 23.25), not the template's (18 and 24).
    @Test func theBarsAreDrawnToTheFilledValues() throws {
        let folder = Paths.temporaryFolder("chart-pixels")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pdftoppm = try #require(Office.which("pdftoppm"), "poppler-utils is not installed; run .ci/install")
        for fixture in ["bar-chart-word.docx", "bar-chart.docx", "bar-chart.odt"] {
            let path = try Self.filledFile(fixture, ChartTests.data, in: folder, as: "filled-" + fixture)
            try Data(try ChartReading.converted(path, to: "pdf")).write(to: URL(fileURLWithPath: folder + "/page.pdf"))
            try Office.run(pdftoppm, ["-r", "60", "-f", "1", "-l", "1", "-singlefile", folder + "/page.pdf", folder + "/page"])
            let pixels = try Self.pixels(ofPPM: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/page.ppm"))))
            func count(_ colour: (Int, Int, Int)) -> Int {
                pixels.filter { abs($0.0 - colour.0) + abs($0.1 - colour.1) + abs($0.2 - colour.2) < 40 }.count
            }
            let blue = count((0x44, 0x72, 0xC4)), orange = count((0xED, 0x7D, 0x31))
            #expect(blue > 200 && orange > 200, "\(fixture): bars drawn (\(blue) blue, \(orange) orange pixels)")
            let ratio = Double(orange) / Double(max(blue, 1))
            #expect(ratio > 0.9 && ratio < 1.15, "\(fixture): orange to blue \(ratio); 1.03 for the filled values, 1.33 for the template's")
        }
    }

    /// The pixels of a binary PPM (`P6`) image as red, green, blue.
    static func pixels(ofPPM bytes: [UInt8]) throws -> [(Int, Int, Int)] {
        var fields: [String] = []
        var index = 0
        while fields.count < 4, index < bytes.count {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A { index += 1 }
            let start = index
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x0A { index += 1 }
            fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
        }
        index += 1
        try #require(fields.first == "P6" && fields.last == "255", "a binary PPM: \(fields)")
        return stride(from: index, to: bytes.count - 2, by: 3).map { (Int(bytes[$0]), Int(bytes[$0 + 1]), Int(bytes[$0 + 2])) }
    }
}
