extension Array where Element == UInt8 {
    /// Appends markup written in the code (`"</v>"`) as it is, in one copy: a string's UTF-8 view
    /// is appended byte by byte, which shows in the finishing of a sheet of 100,000 cells.
    mutating func append(markup: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    /// Appends a number in ASCII digits, as `String(number)` writes it (a row, a style's index, a
    /// date's serial), without making a `String` of it first.
    mutating func append(digitsOf number: Int) {
        if number >= 0, number < 10 {
            append(UInt8(ascii: "0") + UInt8(number))
            return
        }
        // Written from the right into a buffer on the stack, then appended in one copy.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        Swift.withUnsafeMutableBytes(of: &digits) { buffer in
            var index = buffer.count
            var rest = number.magnitude
            repeat {
                index -= 1
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if number < 0 {
                index -= 1
                buffer[index] = UInt8(ascii: "-")
            }
            append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[index...]))
        }
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether the bytes are those of `other`: lengths compared first, then the bytes through
    /// pointers (the generic `elementsEqual` walks two iterators, which shows on every tag of a large sheet).
    func equals(_ other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        return withUnsafeBufferPointer { own in
            for index in 0..<own.count where own[index] != other[index] { return false }
            return true
        }
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
