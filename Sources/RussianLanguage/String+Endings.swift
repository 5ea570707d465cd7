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
        var words: [String] = []
        let bytes = utf8
        var wordStart: Index? = nil
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            var separatorEnd: Index? = nil
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: separatorEnd = next
            case 0xC2 where next != bytes.endIndex && bytes[next] == 0xA0: separatorEnd = bytes.index(after: next)
            default: break
            }
            if let separatorEnd {
                if let start = wordStart { words.append(String(self[start..<index])) }
                wordStart = nil
                index = separatorEnd
            } else {
                if wordStart == nil { wordStart = index }
                index = next
            }
        }
        if let start = wordStart { words.append(String(self[start..<bytes.endIndex])) }
        return words
    }
}
