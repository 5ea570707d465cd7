extension Array where Element == UInt8 {
    /// Appends markup written in the code (`"</v>"`) as it is, in one copy: a string's UTF-8 view
    /// is appended byte by byte, which shows in the finishing of a sheet of 100,000 cells.
    mutating func append(markup: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }
}
