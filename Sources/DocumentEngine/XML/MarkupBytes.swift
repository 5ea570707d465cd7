extension Array where Element == UInt8 {
    /// Appends markup written in the code (`"</v>"`) as it is, in one copy: a string's UTF-8 view
    /// is appended byte by byte, which shows in the finishing of a sheet of 100,000 cells.
    mutating func append(markup: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }
}

extension Int {
    /// A number written in ASCII digits, as markup writes a row or a style's index; nil for anything
    /// else (a sign, a space, nothing, or more digits than a row or index ever has).
    init?(asciiDigits digits: some Collection<UInt8>) {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(digit - UInt8(ascii: "0"))
        }
        self = value
    }
}
