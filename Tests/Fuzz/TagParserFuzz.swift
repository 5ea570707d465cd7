// libFuzzer entry for the tag language: tags and text templates built from any text.
import DocumentEngine

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTagParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? TagParser.parse("{{" + text + "}}")
    if let template = try? TextTemplate(text) { _ = template.render(["a": ["b": "c"]]) }
    return 0
}
