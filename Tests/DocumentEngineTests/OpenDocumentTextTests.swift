import Testing
import DocumentEngine
import Foundation

/// How a value's text becomes ODF: runs of spaces as `text:s` (ODF collapses them otherwise),
/// tabs and line breaks as elements, carriage returns and control characters dropped.
@Suite struct OpenDocumentTextTests {
    static let cases: [(value: String, xml: String)] = [
        ("Иван Петров", "Иван Петров"),
        ("  два", "<text:s text:c=\"2\"/>два"),
        (" один", "<text:s/>один"),
        ("а  б", "а <text:s/>б"),
        ("а   б", "а <text:s text:c=\"2\"/>б"),
        ("конец ", "конец<text:s/>"),
        ("конец  ", "конец<text:s text:c=\"2\"/>"),
        (" ", "<text:s/>"),
        ("", ""),
        ("а\tб", "а<text:tab/>б"),
        ("а\r\nб", "а<text:line-break/>б"),
        ("а \nб", "а <text:line-break/>б"),
        ("а  \t б", "а <text:s/><text:tab/> б"),
        ("\r  x", "<text:s text:c=\"2\"/>x"),
        ("a \r b", "a <text:s/>b"),
        ("A & B <C> \"D\"", "A &amp; B &lt;C&gt; &quot;D&quot;"),
        ("x\u{1}y\u{1F}z", "xyz"),
        ("№ 5 — «Ёлочка»", "№ 5 — «Ёлочка»"),
    ]

    @Test(arguments: cases)
    func encodes(_ value: String, _ xml: String) throws {
        let filled = try SamplePackages.fill(try SamplePackages.odt(body: "<text:p>[{{ v }}]</text:p>"), ["v": .text(value)])
        let start = filled.range(of: "<text:p>[")!.upperBound
        let end = filled.range(of: "]</text:p>", range: start..<filled.endIndex)!.lowerBound
        #expect(String(filled[start..<end]) == xml)
    }
}
