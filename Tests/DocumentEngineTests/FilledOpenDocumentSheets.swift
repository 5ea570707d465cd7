import DocumentEngine
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// ODS packages for the tests: tables written as XML, the rest of the package as LibreOffice writes it.
enum SampleSpreadsheet {
    static let namespaces = SamplePackages.odfNamespaces
        + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\""
        + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\""
        + " xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""

    /// An ODS whose `office:spreadsheet` holds `body`, with `styles` among the automatic styles and
    /// `header` as the page's header in `styles.xml`, and `objects` embedded (chart objects: their
    /// folders and `content.xml`); an ODS template (`.ots`) when `mediaType` says so.
    static func ods(_ body: String, styles: String = "", header: String? = nil, objects: [(folder: String, content: String)] = [],
        mediaType: String = "application/vnd.oasis.opendocument.spreadsheet") throws -> [UInt8]
    {
        let writer = try ArchiveWriter(name: "sample.ods")
        try writer.add("mimetype", bytes: Array(mediaType.utf8), compression: .store)
        if let header {
            try writer.add("styles.xml", bytes: Array("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles \(namespaces) office:version="1.3"><office:master-styles><style:master-page style:name="Default"><style:header>\(header)</style:header></style:master-page></office:master-styles></office:document-styles>
                """.utf8))
        }
        try writer.add("content.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content \(namespaces) office:version="1.3"><office:automatic-styles>\(styles)</office:automatic-styles><office:body><office:spreadsheet>\(body)</office:spreadsheet></office:body></office:document-content>
            """.utf8))
        var entries = ""
        for object in objects {
            try writer.add(object.folder + "/content.xml", bytes: Array(object.content.utf8))
            entries += "<manifest:file-entry manifest:full-path=\"\(object.folder)/\" manifest:media-type=\"application/vnd.oasis.opendocument.chart\"/>"
                + "<manifest:file-entry manifest:full-path=\"\(object.folder)/content.xml\" manifest:media-type=\"text/xml\"/>"
        }
        try writer.add("META-INF/manifest.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="\(mediaType)"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\(entries)</manifest:manifest>
            """.utf8))
        return try writer.finish()
    }

    /// A cell of text, as LibreOffice writes one.
    static func text(_ text: String, _ attributes: String = "") -> String {
        "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"\(attributes.isEmpty ? "" : " " + attributes)><text:p>\(text)</text:p></table:table-cell>"
    }

    /// A cell with a formula (`of:=…`), its value saved as 0.
    static func formula(_ formula: String) -> String {
        "<table:table-cell table:formula=\"\(formula)\" office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"float\"><text:p>0</text:p></table:table-cell>"
    }

    static func row(_ cells: String...) -> String { "<table:table-row>" + cells.joined() + "</table:table-row>" }

    /// The filled `content.xml` of `template` for `data`.
    static func fill(_ template: [UInt8], _ data: TemplateValue, options: CompileOptions = CompileOptions()) throws -> FilledOpenDocumentSheets {
        let compiled = try CompiledTemplate.compile(bytes: template, file: "sample.ods", options: options)
        let output = try DocumentRenderer(compiled).render(data)
        return FilledOpenDocumentSheets(String(decoding: try ArchiveReader(bytes: output, file: "output").read("content.xml"), as: UTF8.self),
            package: output)
    }
}

/// A filled ODS read back by meaning: each table's rows as LibreOffice counts them (repeated rows
/// and cells unfolded, up to a limit), each cell's type, value, formula, style and spans, and the
/// attributes of the elements that hold ranges.
struct FilledOpenDocumentSheets {
    struct Cell: Equatable {
        var type: String?
        /// `office:value` or `office:date-value`, else the text of its paragraphs.
        var value: String?
        var formula: String?
        var style: String?
        var rowsSpanned: Int?
        var covered = false
    }

    struct Table {
        var name: String
        var attributes: [String: String]
        /// Rows by number from 1; rows past `unfoldLimit` are counted, not kept.
        var rows: [[Cell]] = []
        var rowCount = 0

        /// A cell by its place (`C5`).
        subscript(_ place: String) -> Cell? {
            let letters = place.prefix { $0.isLetter }
            guard let row = Int(place.dropFirst(letters.count)), row >= 1, row <= rows.count else { return nil }
            let column = letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
            return rows[row - 1].indices.contains(column - 1) ? rows[row - 1][column - 1] : nil
        }
    }

    static let unfoldLimit = 2_000
    let xml: String
    let package: [UInt8]
    private(set) var tables: [Table] = []
    /// Attributes of every element other than tables, rows and cells, by its qualified name.
    private(set) var elements: [String: [[String: String]]] = [:]

    init(_ xml: String, package: [UInt8] = []) {
        self.xml = xml
        self.package = package
        let reader = Reader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        parser.parse()
        tables = reader.tables
        elements = reader.elements
    }

    subscript(_ name: String) -> Table? { tables.first { $0.name == name } }

    private final class Reader: NSObject, XMLParserDelegate {
        var tables: [Table] = []
        var elements: [String: [[String: String]]] = [:]
        private var depth = 0
        private var rowRepeat = 1
        private var row: [Cell] = []
        private var cell: (Cell, Int)?
        private var text = ""
        private var paragraphs = 0
        private var annotation = 0

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:])
        {
            switch name {
            case "table:table":
                depth += 1
                if depth == 1 { tables.append(Table(name: attributes["table:name"] ?? "", attributes: attributes)) }
            case "table:table-row" where depth == 1:
                rowRepeat = Int(attributes["table:number-rows-repeated"] ?? "1") ?? 1
                row = []
            case "table:table-cell", "table:covered-table-cell":
                guard depth == 1 else { break }
                let value = attributes["office:value"] ?? attributes["office:date-value"]
                cell = (Cell(type: attributes["office:value-type"], value: value, formula: attributes["table:formula"],
                    style: attributes["table:style-name"], rowsSpanned: attributes["table:number-rows-spanned"].flatMap { Int($0) },
                    covered: name == "table:covered-table-cell"), Int(attributes["table:number-columns-repeated"] ?? "1") ?? 1)
                text = ""
                paragraphs = 0
            case "office:annotation":
                annotation += 1
            case "text:p" where cell != nil && annotation == 0:
                if paragraphs > 0 { text += "\n" }
                paragraphs += 1
            case "text:s" where cell != nil && annotation == 0:
                text += String(repeating: " ", count: Int(attributes["text:c"] ?? "1") ?? 1)
            default:
                elements[name, default: []].append(attributes)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if cell != nil, paragraphs > 0, annotation == 0 { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "table:table":
                depth -= 1
            case "table:table-row" where depth == 1:
                guard !tables.isEmpty else { break }
                for _ in 0..<rowRepeat where tables[tables.count - 1].rows.count < FilledOpenDocumentSheets.unfoldLimit {
                    tables[tables.count - 1].rows.append(row)
                }
                tables[tables.count - 1].rowCount += rowRepeat
            case "table:table-cell", "table:covered-table-cell":
                guard depth == 1, var (value, times) = cell else { break }
                if value.value == nil, paragraphs > 0 { value.value = text }
                for _ in 0..<min(times, 1_024) { row.append(value) }
                cell = nil
            case "office:annotation":
                annotation -= 1
            default:
                break
            }
        }
    }
}
