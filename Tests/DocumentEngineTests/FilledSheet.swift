import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A filled sheet read back by meaning: its rows in order, each cell's kind of value, value, style
/// and formula, and the ranges of its merges, formatting and filter.
struct FilledSheet {
    struct Cell: Equatable {
        /// `t`: nil for a number, `inlineStr`, `s`, `str`, `b`, `e`.
        var type: String?
        var style: Int?
        /// `v`, or an inline string's text.
        var value: String?
        var formula: String?
    }

    private(set) var rows: [Int] = []
    private(set) var cells: [String: Cell] = [:]
    /// Every cell reference in the order of the file.
    private(set) var order: [String] = []
    /// `ref` or `sqref` of each element that has one, by the element's name (`mergeCell`, `dimension`, …).
    private(set) var ranges: [String: [String]] = [:]
    /// The text of other elements with text (`formula` of conditional formatting, `formula1`).
    private(set) var texts: [String: [String]] = [:]
    let xml: String

    /// The shared strings of the workbook, for cells that name one (`t="s"`).
    private(set) var strings: [String] = []

    init(_ xml: String, sharedStrings: String? = nil) {
        self.xml = xml
        if let sharedStrings {
            let reader = Reader()
            let parser = XMLParser(data: Data(sharedStrings.utf8))
            parser.delegate = reader
            parser.parse()
            strings = reader.strings
        }
        let reader = Reader()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = reader
        parser.parse()
        rows = reader.rows
        cells = reader.cells
        order = reader.order
        ranges = reader.ranges
        texts = reader.texts
    }

    subscript(_ reference: String) -> Cell? { cells[reference] }

    /// What a cell shows as text: a number, a string (shared or its own); nil for an empty or missing cell.
    func value(_ reference: String) -> String? {
        guard let cell = cells[reference] else { return nil }
        if cell.type == "s", let index = cell.value.flatMap(Int.init), strings.indices.contains(index) { return strings[index] }
        return cell.value
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var rows: [Int] = []
        var cells: [String: Cell] = [:]
        var order: [String] = []
        var ranges: [String: [String]] = [:]
        var texts: [String: [String]] = [:]
        var strings: [String] = []
        private var cell: String?
        private var text = ""
        private var string = ""
        private var inString = false
        private var inGuide = false
        private var collecting = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:])
        {
            switch name {
            case "row":
                rows.append(Int(attributes["r"] ?? "") ?? -1)
            case "si":
                inString = true
                string = ""
            case "rPh":
                inGuide = true
            case "c":
                let reference = attributes["r"] ?? "?"
                cell = reference
                order.append(reference)
                cells[reference] = Cell(type: attributes["t"], style: attributes["s"].flatMap(Int.init), value: nil, formula: nil)
            case "v", "t", "f", "formula", "formula1", "formula2", "definedName":
                collecting = true
                text = ""
            default:
                break
            }
            if let range = attributes["ref"] ?? attributes["sqref"] { ranges[name, default: []].append(range) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "v":
                if let cell { cells[cell]?.value = text }
            case "t" where cell == nil:
                if inString, !inGuide { string += text }
            case "t":
                if let cell {
                    let before = cells[cell]?.value ?? ""
                    cells[cell]?.value = before + text
                }
            case "f":
                if let cell { cells[cell]?.formula = text }
            case "c":
                cell = nil
            case "si":
                strings.append(string)
                inString = false
            case "rPh":
                inGuide = false
            case "formula", "formula1", "formula2", "definedName":
                texts[name, default: []].append(text)
            default:
                break
            }
            collecting = false
        }
    }
}
