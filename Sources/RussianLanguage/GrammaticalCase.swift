/// The six cases of Russian.
public enum GrammaticalCase: String, CaseIterable, Sendable {
    /// `nominative` (именительный: кто?), `genitive` (родительный: кого?), `dative` (дательный: кому?),
    /// `accusative` (винительный: кого?), `instrumental` (творительный: кем?), `prepositional` (предложный: о ком?).
    case nominative, genitive, dative, accusative, instrumental, prepositional

    /// Reads a case by its English name, its Russian name or the school abbreviation:
    /// `dative`, `дательный`, `дп`.
    public init?(name: String) {
        let lowered = name.lowercased()
        if let english = GrammaticalCase(rawValue: lowered) {
            self = english
            return
        }
        let russian: [String: GrammaticalCase] = [
            "именительный": .nominative, "ип": .nominative, "родительный": .genitive, "рп": .genitive,
            "дательный": .dative, "дп": .dative, "винительный": .accusative, "вп": .accusative,
            "творительный": .instrumental, "тп": .instrumental, "предложный": .prepositional, "пп": .prepositional,
        ]
        guard let found = russian[lowered] else { return nil }
        self = found
    }

    /// The position of the case in the rule tables' lists of endings (nominative has none).
    var endingIndex: Int? {
        switch self {
        case .nominative: nil
        case .genitive: 0
        case .dative: 1
        case .accusative: 2
        case .instrumental: 3
        case .prepositional: 4
        }
    }
}

/// A person's gender as their name declines by it; the spec writes it `male` or `female` (or `м`, `ж`).
public enum Gender: String, Sendable, CaseIterable {
    /// `male`: a man's name (Петров Иван Сергеевич); `female`: a woman's (Петрова Анна Сергеевна).
    case male, female
}
