import DocumentEngine
import Foundation
import Testing
import TestSupport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the data of a filled chart back from the file, without the engine's own XML code: a DOCX
/// chart's caches and formulas, an ODF chart object's local table and ranges.
enum ChartReading {
    static let fixtures = Paths.root + "/Fixtures/charts"

    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixtures + "/" + name)))
    }

    static func part(_ name: String, of package: [UInt8]) throws -> String {
        String(decoding: try ArchiveReader(bytes: package, file: "filled").read(name), as: UTF8.self)
    }

    /// The XML tree of a part.
    static func tree(_ xml: String) throws -> ChartXMLElement {
        try #require(ChartXMLElement.parse(xml), "the part is not well-formed XML")
    }

    static func elements(_ local: String, in element: ChartXMLElement) -> [ChartXMLElement] {
        var found: [ChartXMLElement] = []
        func walk(_ node: ChartXMLElement) {
            if node.localName == local { found.append(node) }
            for child in node.children { walk(child) }
        }
        walk(element)
        return found
    }

    static func child(_ local: String, of element: ChartXMLElement) -> ChartXMLElement? {
        element.children.first { $0.localName == local }
    }

    /// One series of a DrawingML chart as its caches hold it.
    struct WordSeries: Equatable {
        var name: String?
        var nameFormula: String?
        var categories: [String]
        var categoriesFormula: String?
        /// Each point's value by its index; a gap has none.
        var values: [Int: String]
        var valueCount: Int
        var valuesFormula: String?
    }

    static func wordSeries(of chartXML: String) throws -> [WordSeries] {
        try elements("ser", in: tree(chartXML)).map { series in
            let tx = child("tx", of: series)
            let cat = child("cat", of: series), val = child("val", of: series)
            func points(_ element: ChartXMLElement?) -> [(Int, String)] {
                elements("pt", in: element ?? ChartXMLElement(name: "none", attributes: [:])).map {
                    (Int($0.attributes["idx"] ?? "") ?? -1, child("v", of: $0)?.stringValue ?? "")
                }
            }
            func formula(_ element: ChartXMLElement?) -> String? { element.flatMap { elements("f", in: $0).first?.stringValue } }
            let count = val.flatMap { elements("ptCount", in: $0).first?.attributes["val"] }.flatMap(Int.init) ?? -1
            return WordSeries(
                name: points(tx).first?.1 ?? tx.flatMap { child("v", of: $0)?.stringValue },
                nameFormula: formula(tx), categories: points(cat).map(\.1), categoriesFormula: formula(cat),
                values: Dictionary(uniqueKeysWithValues: points(val)), valueCount: count, valuesFormula: formula(val))
        }
    }

    /// The title's text of a DrawingML chart, nil when it has none.
    static func wordTitle(of chartXML: String) throws -> String? {
        guard let title = elements("title", in: try tree(chartXML)).first else { return nil }
        return elements("t", in: title).map(\.stringValue).joined()
    }

    /// An ODF chart object's local table, row by row (the header row first), and its series' ranges.
    static func openDocumentTable(of objectXML: String) throws -> (rows: [[String]], ranges: [String], title: String?) {
        let root = try tree(objectXML)
        let rows = elements("table-row", in: root).map { row in
            elements("table-cell", in: row).map { cell in
                cell.attributes["office:value"] ?? elements("p", in: cell).map(\.stringValue).joined()
            }
        }
        let ranges = elements("series", in: root).compactMap { $0.attributes["chart:values-cell-range-address"] }
        let title = elements("title", in: root).first.map { elements("p", in: $0).map(\.stringValue).joined() }
        return (rows, ranges, title)
    }

    /// The content part of the chart object an ODF document embeds (the first).
    static func chartObjectPart(of package: [UInt8]) throws -> String {
        let content = try part("content.xml", of: package)
        let href = content.components(separatedBy: "<draw:object ")[1].components(separatedBy: "xlink:href=\"")[1].prefix { $0 != "\"" }
        let folder = href.hasPrefix("./") ? String(href.dropFirst(2)) : String(href)
        return folder + "/content.xml"
    }

    /// Has LibreOffice save `file` in `format` (`odt`, `docx`, `pdf`) and returns the bytes it wrote.
    static func converted(_ file: String, to format: String) throws -> [UInt8] {
        let soffice = try #require(Office.which("soffice"), "LibreOffice is not installed; run .ci/install")
        let folder = Paths.temporaryFolder("chart-convert")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Office.run(soffice, ["-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to", format,
            "--outdir", folder, file])
        let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + base + "." + format)))
    }

    /// The violations of one chart part of the DrawingML chart schema (`c:chartSpace`), by xmllint.
    static func chartSchemaViolations(_ chartXML: String) throws -> [String] {
        try schemaViolations(chartXML, schema: SchemaValidator.schemasFolder + "/OfficeOpenXML-Transitional/dml-chart.xsd",
            option: "--schema", preprocessing: "markup-compatibility.xsl")
    }

    /// The violations of an ODF chart object's content of the ODF 1.3 schema, foreign markup removed first.
    static func openDocumentSchemaViolations(_ objectXML: String) throws -> [String] {
        try schemaViolations(objectXML, schema: SchemaValidator.schemasFolder + "/OpenDocument-1.3/OpenDocument-v1.3-schema.rng",
            option: "--relaxng", preprocessing: "odf-foreign-elements.xsl")
    }

    private static func schemaViolations(_ xml: String, schema: String, option: String, preprocessing: String) throws -> [String] {
        let xmllint = try #require(Office.which("xmllint"), "xmllint is not installed; run .ci/install")
        let xsltproc = try #require(Office.which("xsltproc"), "xsltproc is not installed; run .ci/install")
        let folder = Paths.temporaryFolder("chart-schema")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try xml.write(toFile: folder + "/part.xml", atomically: true, encoding: .utf8)
        try Office.run(xsltproc, ["--nonet", "-o", folder + "/checked.xml", SchemaValidator.schemasFolder + "/Preprocessing/" + preprocessing,
            folder + "/part.xml"])
        let result = try Office.run(xmllint, ["--noout", "--nonet", option, schema, folder + "/checked.xml"])
        return result.error.split(separator: "\n").map(String.init).filter { !$0.hasSuffix(" validates") }
    }
}
