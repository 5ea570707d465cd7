@testable import DocumentEngine
import Testing

/// The streaming reader of large parts (class lists of tens of thousands of rows).
@Suite struct XMLStreamTests {
    final class Counter: XMLStreamHandler {
        var elements = 0
        var textBytes = 0
        var stopped: Bool { false }
        func start(_ element: XMLStream.Element) { elements += 1 }
        func end(_ element: XMLStream.Element) {}
        func text(_ bytes: UnsafeBufferPointer<UInt8>) { textBytes += bytes.count }
    }

    @Test func aPartOfTensOfMegabytesOnOneLineIsRead() throws {
        // As Excel saves a sheet of 100,000 rows: one line, here 30 MB; given to libxml2 whole, it
        // stopped at its lookup limit ("Huge input lookup").
        let row = Array(#"<row><c t="inlineStr"><is><t>Ильин Павел Андреевич</t></is></c></row>"#.utf8)
        var bytes = Array("<sheetData>".utf8)
        bytes.reserveCapacity(30_000_000 + 1_000)
        while bytes.count < 30_000_000 { bytes += row }
        bytes += Array("</sheetData>".utf8)
        let counter = Counter()
        try XMLStream.parse(bytes, part: "xl/worksheets/sheet1.xml", into: counter)
        let rows = (bytes.count - 23) / row.count
        #expect(counter.elements == 1 + rows * 4)
        #expect(counter.textBytes == rows * "Ильин Павел Андреевич".utf8.count)
    }

    @Test func malformedXMLIsStillFoundWhereItIs() throws {
        var bytes = Array("<a>".utf8) + Array(repeating: UInt8(ascii: "x"), count: 600_000)
        bytes += Array("<b></a>".utf8)
        let error = try #require(throws: XMLParseError.self) { try XMLStream.parse(bytes, part: "content.xml", into: Counter()) }
        #expect(error.part == "content.xml" && error.line == 1 && error.column > 600_000, "\(error)")
    }
}
