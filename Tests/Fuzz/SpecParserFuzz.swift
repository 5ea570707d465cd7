// libFuzzer entry for the spec parser: any bytes must parse or throw, never crash or hang.
import SpecSyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpecParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? SpecParser.parse(bytes, file: "fuzz.spec")
    return 0
}
