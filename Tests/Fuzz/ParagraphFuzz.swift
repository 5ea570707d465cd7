// libFuzzer entry for the compile step: any text as the paragraphs of a Word document, split into
// runs and paragraphs where the input has control bytes (1 ends a run, 2 a paragraph), the way
// Word splits what a person types. Compiling must stay linear however many tags a paragraph holds.
import DocumentEngine

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParagraphs(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var body = "<w:p><w:r><w:t xml:space=\"preserve\">"
    for scalar in String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self).unicodeScalars {
        switch scalar {
        case "\u{1}": body += "</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t xml:space=\"preserve\">"
        case "\u{2}": body += "</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">"
        case "&": body += "&amp;"
        case "<": body += "&lt;"
        case ">": body += "&gt;"
        case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n": continue
        default: body.unicodeScalars.append(scalar)
        }
    }
    body += "</w:t></w:r></w:p>"
    let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\(body)<w:sectPr/></w:body></w:document>"
    guard let writer = try? ArchiveWriter(name: "fuzz.docx"),
        (try? writer.add("word/document.xml", bytes: Array(document.utf8))) != nil,
        let bytes = try? writer.finish()
    else { return 0 }
    if let template = try? CompiledTemplate.compile(bytes: bytes, file: "fuzz.docx"), let renderer = try? DocumentRenderer(template) {
        _ = try? renderer.render(["items": ["a", "b"], "flag": true, "name": "x"], options: RenderOptions(allowMissing: true))
    }
    return 0
}
