import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A part's elements as a small tree, read by Foundation's `XMLParser`: a reader of our output
/// independent of the engine's own XML code. (Not FoundationXML's `XMLDocument`, whose nodes
/// LeakSanitizer finds leaked in CI.)
final class ChartXMLElement {
    /// The name as written, with its prefix: `c:pt`.
    let name: String
    let attributes: [String: String]
    private(set) var children: [ChartXMLElement] = []
    private var ownText = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// The name without its prefix: `pt`.
    var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

    /// All the text inside, in document order.
    var stringValue: String { ownText + children.map(\.stringValue).joined() }

    /// Parses `xml`; nil when it is not well-formed.
    static func parse(_ xml: String) -> ChartXMLElement? {
        let builder = Builder()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = builder
        guard parser.parse() else { return nil }
        return builder.root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: ChartXMLElement?
        private var open: [ChartXMLElement] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:])
        {
            let element = ChartXMLElement(name: name, attributes: attributes)
            if let parent = open.last { parent.children.append(element) } else { root = element }
            open.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            // Text between child elements belongs to the element it stands in; charts keep text in leaves.
            open.last?.ownText += string
        }
    }
}
