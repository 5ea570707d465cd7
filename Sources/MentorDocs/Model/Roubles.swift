/// A sum of money in roubles and kopecks: a mentor's monthly pay (доплата) for mentoring.
public struct Roubles: Sendable, Equatable {
    /// The whole sum in kopecks: 500 000 for 5 000 roubles.
    public var kopecks: Int

    /// The sum of `kopecks` kopecks.
    public init(kopecks: Int) { self.kopecks = kopecks }

    /// The roubles of the sum: 5000 for 5 000,50 ₽.
    public var wholeRoubles: Int { kopecks / 100 }
    /// The kopecks beyond the whole roubles, from 0 to 99: 50 for 5 000,50 ₽.
    public var remainingKopecks: Int { kopecks % 100 }

    /// Reads «5000», «5 000», «5000.50», «5 000,5»: roubles with up to two decimals of kopecks,
    /// spaces between thousands allowed; nil for anything else or for a sum from a billion up.
    public init?(parsing text: String) {
        let digits = text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        let parts = digits.split(separator: digits.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 9,
            whole.allSatisfy(\.isASCII), let roubles = Int(whole), roubles >= 0
        else { return nil }
        var kopecks = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isASCII), let value = Int(fraction), value >= 0 else { return nil }
            kopecks = fraction.count == 1 ? value * 10 : value
        }
        self.kopecks = roubles * 100 + kopecks
    }
}
