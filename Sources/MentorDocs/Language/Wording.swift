import RussianLanguage

/// Phrases the documents need that are built from numbers.
enum Wording {
    /// «8 (восемь) месяцев», in the accusative that «на …» and «сроком …» take.
    /// «12,5 %»: a decimal comma, and a space before the sign (ГОСТ 8.417), one that does not break.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)") + "\u{00A0}%"
    }

    /// «7,4», «−0,5», «10»: a decimal comma, at most `places` decimals, trailing zeros dropped; `signed`
    /// puts «+» before a rise, as a change is written.
    static func decimal(_ value: Double, places: Int = 1, signed: Bool = false) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let units = Int((abs(value) * Double(scale)).rounded())
        var fraction = String(units % scale)
        while fraction.count < places { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let magnitude = fraction.isEmpty ? "\(units / scale)" : "\(units / scale),\(fraction)"
        guard units != 0 else { return "0" }
        if value < 0 { return "\u{2212}" + magnitude }
        return signed ? "+" + magnitude : magnitude
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
