import CLibxml2Shim

/// What reads a part as it is parsed (`XMLStream`): elements opening and closing, and the text
/// between them, without a tree held in memory.
protocol XMLStreamHandler: AnyObject {
    func start(_ element: XMLStream.Element)
    func end(_ element: XMLStream.Element)
    /// Text of the current element; one run of text may come in several calls.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Set to stop the parse early (a limit passed); the parse then throws nothing of its own.
    var stopped: Bool { get }
}

/// Parses a part with libxml2's streaming (SAX) interface, as safely as `XMLDocument` parses one:
/// no network, no entity substitution, no DTD, and any part with a DOCTYPE refused before
/// libxml2 sees it. Memory stays flat however large the part: what is kept is the handler's.
enum XMLStream {
    /// An element as it opens or closes: its local name and namespace, and (opening) its attributes.
    struct Element {
        fileprivate let localName: UnsafePointer<UInt8>
        fileprivate let namespace: UnsafePointer<UInt8>?
        fileprivate let attributeCount: Int
        /// libxml2's five pointers per attribute: local name, prefix, namespace, value start, value end.
        fileprivate let attributes: UnsafePointer<UnsafePointer<UInt8>?>?

        /// Whether the element's local name is `name`, whatever its namespace.
        func `is`(_ name: StaticString) -> Bool { Self.equal(localName, name) }

        /// The value of the attribute `name` without a namespace (`r`, `t`), as written with its
        /// escapes resolved; nil when there is none.
        func attribute(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? { attribute(name, namespace: nil) }

        /// The value of the attribute `name` in `namespace` (nil: in none).
        func attribute(_ name: StaticString, namespace: StaticString?) -> UnsafeBufferPointer<UInt8>? {
            guard let attributes else { return nil }
            for index in 0..<attributeCount {
                let base = index * 5
                guard let local = attributes[base], Self.equal(local, name) else { continue }
                if let namespace {
                    guard let own = attributes[base + 2], Self.equal(own, namespace) else { continue }
                } else if attributes[base + 2] != nil {
                    continue
                }
                guard let start = attributes[base + 3], let end = attributes[base + 4] else { return nil }
                return UnsafeBufferPointer(start: start, count: end - start)
            }
            return nil
        }

        /// Whether the element is in `namespace`.
        func isIn(_ namespace: StaticString) -> Bool { self.namespace.map { Self.equal($0, namespace) } ?? false }

        private static func equal(_ text: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
            let wanted = name.utf8Start
            for index in 0..<name.utf8CodeUnitCount where text[index] != wanted[index] { return false }
            return text[name.utf8CodeUnitCount] == 0
        }
    }

    private static let initialize: Void = { xmlInitParser() }()

    private static let safeOptions: Int32 =
        Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_NOERROR.rawValue) | Int32(XML_PARSE_NOWARNING.rawValue)

    /// Parses `bytes` (the part `part`), telling `handler` what it meets; throws where the XML is
    /// not well-formed, with the line and column.
    static func parse(_ bytes: [UInt8], part: String, into handler: some XMLStreamHandler) throws(XMLParseError) {
        guard !bytes.isEmpty else { throw XMLParseError(.malformed, part: part, line: 1, column: 1, message: "malformed XML: the part is empty") }
        if let offset = XMLDocument.doctypeOffset(in: bytes) { throw doctypeError(at: offset, in: bytes, part: part) }
        let parser = try Parser(part: part, handler: handler)
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            repeat {
                let count = min(piece, buffer.count - offset)
                parser.feed(UnsafeBufferPointer(rebasing: buffer[offset..<(offset + count)]), last: offset + count == buffer.count)
                offset += count
            } while offset < buffer.count && !parser.done
        }
        try parser.finish()
    }

    /// The error of a part with a DOCTYPE at `offset` (of `bytes`, the part from its start).
    static func doctypeError(at offset: Int, in bytes: [UInt8], part: String) -> XMLParseError {
        let (line, column) = XMLDocument.position(of: offset, in: bytes)
        return XMLParseError(.doctype, part: part, line: line, column: column,
            message: "the part declares a DOCTYPE; templates may not carry DTDs or entities")
    }

    /// How much of a part libxml2 is given at a time, and a part read from an archive is inflated at a time.
    static let piece = 256 * 1024

    /// A parse fed a part in pieces as it is read: libxml2 copies what it is given into a buffer of
    /// its own, and a part of tens of megabytes on one line (as Excel writes a sheet) given whole
    /// passes its lookup limit. The caller refuses a DOCTYPE before a piece is fed.
    final class Parser {
        private let part: String
        private let reader: Reader
        private let unmanaged: Unmanaged<Reader>
        private let context: xmlParserCtxtPtr

        init(part: String, handler: some XMLStreamHandler) throws(XMLParseError) {
            _ = XMLStream.initialize
            self.part = part
            reader = Reader(handler)
            unmanaged = Unmanaged.passRetained(reader)
            var callbacks = XMLStream.makeCallbacks()
            guard let context = xmlCreatePushParserCtxt(&callbacks, unmanaged.toOpaque(), nil, 0, part) else {
                unmanaged.release()
                throw XMLParseError(.outOfMemory, part: part, line: 1, column: 1, message: "out of memory")
            }
            self.context = context
            reader.context = context
            xmlCtxtUseOptions(context, XMLStream.safeOptions)
        }

        deinit {
            xmlFreeParserCtxt(context)
            unmanaged.release()
        }

        /// Whether feeding more is no use: the handler stopped, or the XML is already not well-formed.
        var done: Bool { reader.handler.stopped || context.pointee.wellFormed == 0 }

        /// Parses the next piece; `last` for the part's last.
        func feed(_ piece: UnsafeBufferPointer<UInt8>, last: Bool) {
            guard !done else { return }
            _ = piece.withMemoryRebound(to: CChar.self) { bytes in
                xmlParseChunk(context, bytes.baseAddress, Int32(bytes.count), last ? 1 : 0)
            }
        }

        /// Throws where the XML was not well-formed (unless the handler stopped the parse).
        func finish() throws(XMLParseError) {
            if reader.handler.stopped { return }
            guard context.pointee.wellFormed != 0 else { throw XMLDocument.lastError(of: context, part: part) }
        }
    }

    private static func makeCallbacks() -> xmlSAXHandler {
        var callbacks = xmlSAXHandler()
        callbacks.initialized = UInt32(XML_SAX2_MAGIC)
        callbacks.startElementNs = { context, localName, _, namespace, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            let reader = Unmanaged<Reader>.fromOpaque(context).takeUnretainedValue()
            let element = Element(localName: localName, namespace: namespace, attributeCount: Int(attributeCount),
                attributes: UnsafeRawPointer(attributes)?.assumingMemoryBound(to: UnsafePointer<UInt8>?.self))
            reader.handler.start(element)
            reader.stopIfAsked()
        }
        callbacks.endElementNs = { context, localName, _, namespace in
            guard let context, let localName else { return }
            let reader = Unmanaged<Reader>.fromOpaque(context).takeUnretainedValue()
            reader.handler.end(Element(localName: localName, namespace: namespace, attributeCount: 0, attributes: nil))
            reader.stopIfAsked()
        }
        callbacks.characters = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            let reader = Unmanaged<Reader>.fromOpaque(context).takeUnretainedValue()
            reader.handler.text(UnsafeBufferPointer(start: characters, count: Int(length)))
            reader.stopIfAsked()
        }
        // Whitespace between elements is text too (`<t> </t>`): the same callback.
        callbacks.ignorableWhitespace = callbacks.characters
        callbacks.cdataBlock = callbacks.characters
        callbacks.serror = { _, _ in }

        return callbacks
    }

    /// The handler and the parse it is in, reached from libxml2's callbacks.
    private final class Reader {
        let handler: any XMLStreamHandler
        var context: xmlParserCtxtPtr?

        init(_ handler: any XMLStreamHandler) { self.handler = handler }

        func stopIfAsked() {
            if handler.stopped, let context { xmlStopParser(context) }
        }
    }
}
