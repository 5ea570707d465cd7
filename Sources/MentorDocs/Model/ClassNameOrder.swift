/// The order people sort school classes in: by the number of the year, then by the rest of the name
/// («5 «А»», «5 «Б»», «10 «А»»: not «10» before «5» as text would sort them). Names without a
/// number at their start come after those with one, in the order of their text.
public enum ClassNameOrder {
    /// Whether class `a` comes before class `b`.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let (yearA, restA) = split(a), (yearB, restB) = split(b)
        switch (yearA, yearB) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return restA != restB ? restA < restB : a < b
        }
    }

    private static func split(_ name: String) -> (year: Int?, rest: Substring) {
        let trimmed = name.drop(while: \.isWhitespace)
        let digits = trimmed.prefix(while: \.isASCII).prefix(while: \.isNumber)
        return (Int(digits), trimmed.dropFirst(digits.count).drop(while: \.isWhitespace))
    }
}
