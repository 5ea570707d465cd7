import CLibxml2Shim

/// One parsed XML part, freed when the last handle to it or to one of its nodes goes.
///
/// Parsing is safe by construction: no network, no entity substitution, no DTD loading,
/// and any part with a DOCTYPE is refused before libxml2 sees it.
final class XMLDocument {
    let pointer: xmlDocPtr
    let part: String

    private static let initialize: Void = { xmlInitParser() }()

    private static let safeOptions: Int32 =
        Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOERROR.rawValue)
        | Int32(XML_PARSE_NOWARNING.rawValue) | Int32(XML_PARSE_COMPACT.rawValue)

    init(bytes: [UInt8], part: String) throws(XMLParseError) {
        _ = Self.initialize
        if let offset = Self.doctypeOffset(in: bytes) {
            let (line, column) = Self.position(of: offset, in: bytes)
            throw XMLParseError(.doctype, part: part, line: line, column: column,
                message: "the part declares a DOCTYPE; templates may not carry DTDs or entities")
        }
        guard let context = xmlNewParserCtxt() else {
            throw XMLParseError(.outOfMemory, part: part, line: 1, column: 1, message: "out of memory")
        }
        mentordocs_xml_silence(context)
        defer { xmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlCtxtReadMemory(context, base, Int32(buffer.count), part, "UTF-8", Self.safeOptions)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            throw Self.lastError(of: context, part: part)
        }
        self.pointer = document
        self.part = part
    }

    /// Nodes taken out of the tree, freed only with the document: a handle that still points at
    /// one reads memory that is there, never memory given back.
    private var discarded: [xmlNodePtr] = []

    deinit {
        // A discarded node put back into some tree is freed with that tree.
        for node in discarded where node.pointee.parent == nil { xmlFreeNode(node) }
        xmlFreeDoc(pointer)
    }

    /// Takes a node out of the tree for good; its memory is given back with the document's.
    func discard(_ node: xmlNodePtr) {
        xmlUnlinkNode(node)
        discarded.append(node)
    }

    var root: XMLNode? { xmlDocGetRootElement(pointer).map { XMLNode($0, in: self) } }

    /// The whole document as UTF-8, XML declaration included, without re-indenting.
    func serialized() -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(pointer, &memory, &size, "UTF-8")
        guard let memory else { return [] }
        defer { mentordocs_xml_free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }

    func newText(_ text: String) -> XMLNode {
        XMLNode(xmlNewDocText(pointer, text)!, in: self)
    }

    func newProcessingInstruction(_ name: String, _ content: String) -> XMLNode {
        XMLNode(xmlNewDocPI(pointer, name, content)!, in: self)
    }

    static func lastError(of context: xmlParserCtxtPtr, part: String) -> XMLParseError {
        guard let error = xmlCtxtGetLastError(context) else {
            return XMLParseError(.malformed, part: part, line: 1, column: 1, message: "malformed XML")
        }
        let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
        return XMLParseError(
            .malformed, part: part, line: Int(error.pointee.line), column: Int(error.pointee.int2),
            message: "malformed XML: " + message.trimmingTrailingNewlines())
    }

    static func doctypeOffset(in bytes: [UInt8]) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        guard bytes.count >= marker.count else { return nil }
        var index = 0
        while index <= bytes.count - marker.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!"),
                bytes[index..<index + marker.count].elementsEqual(marker)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var result = self
        while result.last == "\n" { result.removeLast() }
        return result
    }
}

extension XMLDocument {
    /// Parses a well-formed fragment in the context of `parent` (so its namespaces resolve).
    func parseFragment(_ bytes: [UInt8], in parent: XMLNode) -> XMLNode? {
        var list: xmlNodePtr?
        let result = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { base in
                xmlParseInNodeContext(parent.pointer, base, Int32(buffer.count), Self.safeFragmentOptions, &list)
            }
        }
        guard result == XML_ERR_OK, let list else { return nil }
        return XMLNode(list, in: self)
    }

    private static let safeFragmentOptions: Int32 =
        Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOERROR.rawValue) | Int32(XML_PARSE_NOWARNING.rawValue)
}
