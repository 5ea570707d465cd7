// libFuzzer entry for the archive reader and the template compiler: any bytes as a DOCX/ODT.
import DocumentEngine

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let template = try? CompiledTemplate.compile(bytes: bytes, file: "fuzz.docx"),
        let renderer = try? DocumentRenderer(template)
    {
        _ = try? renderer.render([:], options: RenderOptions(allowMissing: true))
    }
    return 0
}
