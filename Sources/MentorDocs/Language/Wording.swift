import RussianLanguage

/// Phrases the documents need that are built from numbers.
enum Wording {
    /// «8 (восемь) месяцев», in the accusative that «на …» and «сроком …» take.
    static func months(_ count: Int) -> String {
        RussianNumber.counted(count, noun: .month, case: .accusative)
    }
}
