extension StringProtocol {
    /// Whether the text ends with `ending`, compared byte by byte. Names and endings are
    /// precomposed Cyrillic, so this says what `hasSuffix` says, without its cost per Character.
    func endsWith(_ ending: String) -> Bool {
        let text = utf8
        let tail = ending.utf8
        guard text.count >= tail.count else { return false }
        return text.suffix(tail.count).elementsEqual(tail)
    }

    /// The words between spaces, tabs, line breaks and no-break spaces.
    func words() -> [String] {
        if let words = utf8.withContiguousStorageIfAvailable(splitWords) { return words }
        var copy = String(self)
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(splitWords) ?? []
    }
}

/// Splits UTF-8 text at the bytes of spaces, tabs, line breaks and no-break spaces (C2 A0): the
/// text is read once, with no work per Character.
private func splitWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
    var words: [String] = []
    var wordStart: Int? = nil
    var index = 0
    while index < bytes.count {
        let separatorLength = switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: 2
        default: 0
        }
        if separatorLength > 0 {
            if let start = wordStart { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
            wordStart = nil
            index += separatorLength
        } else {
            if wordStart == nil { wordStart = index }
            index += 1
        }
    }
    if let start = wordStart { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
    return words
}
