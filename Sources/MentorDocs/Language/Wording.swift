import RussianLanguage

/// Phrases the documents need that are built from numbers.
enum Wording {
    /// «8 (восемь) месяцев», in the accusative that «на …» and «сроком …» take.
    /// «12,5 %»: a decimal comma, and a space before the sign (ГОСТ 8.417), one that does not break.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)") + "\u{00A0}%"
    }

    static func months(_ count: Int) -> String {
        RussianNumber.counted(count, noun: .month, case: .accusative)
    }

    /// «5 000 (пять тысяч) рублей 00 копеек»: the roubles in figures grouped by thousands and in
    /// words, the kopecks in two figures, each noun agreeing with its number.
    static func roubles(_ sum: Roubles) -> String {
        let whole = sum.wholeRoubles
        let kopecks = sum.remainingKopecks
        let figures = kopecks < 10 ? "0\(kopecks)" : String(kopecks)
        return "\(grouped(whole)) (\(RussianNumber.words(whole))) \(RussianNumber.nounForm(whole, .rouble, .nominative)) "
            + "\(figures) \(RussianNumber.nounForm(kopecks, .kopeck, .nominative))"
    }

    /// «5 000», «12 500», «950»: thousands set apart by a no-break space.
    static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return groups.joined(separator: "\u{00A0}")
    }
}

extension RussianNumber.NounForms {
    static let rouble = RussianNumber.NounForms(gender: .masculine,
        singular: ["рубль", "рубля", "рублю", "рубль", "рублём", "рубле"],
        plural: ["рубли", "рублей", "рублям", "рубли", "рублями", "рублях"])
    static let kopeck = RussianNumber.NounForms(gender: .feminine,
        singular: ["копейка", "копейки", "копейке", "копейку", "копейкой", "копейке"],
        plural: ["копейки", "копеек", "копейкам", "копейки", "копейками", "копейках"])
}
