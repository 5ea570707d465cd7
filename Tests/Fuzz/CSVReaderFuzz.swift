// libFuzzer entry for the CSV reader.
import SpecSyntax

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? CSVReader.read(bytes, file: "fuzz.csv")
    return 0
}
