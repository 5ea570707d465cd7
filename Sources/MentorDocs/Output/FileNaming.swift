/// File names a secretary can find by surname, safe on Windows too.
public enum FileNaming {
    /// «Соколова А.П.»: the surname and initials, the way lists name people.
    public static func surnameAndInitials(_ fullName: String) -> String {
        let words = fullName.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let surname = words.first else { return fullName }
        let initials = words.dropFirst().prefix(2).compactMap { $0.first.map { "\($0)." } }.joined()
        return initials.isEmpty ? surname : "\(surname) \(initials)"
    }

    /// Replaces what Windows forbids in a name (`<>:"/\|?*`, control characters) and trims
    /// the trailing dots and spaces it drops.
    public static func safe(_ name: String) -> String {
        let forbidden: Set<Character> = ["<", ">", ":", "\"", "/", "\\", "|", "?", "*"]
        var result = String(name.map { character -> Character in
            if forbidden.contains(character) { return "_" }
            if character.unicodeScalars.contains(where: { $0.value < 32 }) { return "_" }
            if character == "\u{00A0}" { return " " }
            return character
        })
        while let last = result.last, last == "." || last == " " { result.removeLast() }
        return result.isEmpty ? "_" : result
    }
}
