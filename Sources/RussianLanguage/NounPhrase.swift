/// A noun phrase as documents name organisations, positions and periods: «Муниципальное бюджетное
/// общеобразовательное учреждение «Школа № 5»», «учитель математики», «2026–2027 учебный год»,
/// «Отдел ЗАГС администрации г. Примерска». Its leading adjectives and its head noun decline; what
/// follows the head (a genitive complement, «по УВР», «№ 5», a name in quotes, an abbreviation)
/// stays as it is. A phrase whose head cannot be told (it starts with quotes or an abbreviation,
/// or its noun's gender is unclear) is left as it is rather than guessed at.
public struct NounPhrase: Sendable, Hashable {
    /// The phrase in the nominative, as written: «учитель математики».
    public var text: String

    /// The phrase `text`, written in the nominative.
    public init(_ text: String) { self.text = text }

    /// The phrase in `grammaticalCase`: «учителю математики» in the dative; the text as it is when its
    /// head cannot be told.
    public func declined(to grammaticalCase: GrammaticalCase) -> String {
        guard let index = grammaticalCase.endingIndex else { return text }
        var adjectives: [Substring] = []
        var head: Substring?
        for word in text.split(whereSeparator: \.isWhitespace) {
            if adjectives.isEmpty, word.allSatisfy({ $0.isNumber || "–—-/.".contains($0) }) { continue }
            // Quotes before the head: a name, not a phrase to decline.
            guard word.first?.isLetter == true else { return text }
            let lowered = word.lowercased()
            if PhraseEndings.adjectivalNouns.contains(lowered) || PhraseEndings.nouns[lowered] != nil {
                head = word
                break
            }
            if Self.adjectiveEndings(of: Self.reflexiveStem(of: word)) != nil {
                adjectives.append(word)
                continue
            }
            head = word
            break
        }
        // Adjectives alone («Заведующий», «Старший вожатый»): the last one is the head.
        if head == nil, let last = adjectives.popLast() { head = last }
        // A head in capitals is an abbreviation (МБОУ, ЗАГС), unless it is a known noun or follows adjectives.
        if let head, head.count > 1, head.allSatisfy({ !$0.isLetter || $0.isUppercase }), adjectives.isEmpty,
           PhraseEndings.nouns[head.lowercased()] == nil {
            return text
        }
        guard let head, let declinedHead = Self.declineHead(head, to: grammaticalCase, index: index) else { return text }
        var result = ""
        var position = text.startIndex
        for adjective in adjectives {
            let animate = declinedHead.kind == .masculine && declinedHead.animate
            guard let form = Self.declineAdjective(adjective, index: index, animate: animate) else { return text }
            result += text[position..<adjective.startIndex] + form
            position = adjective.endIndex
        }
        result += text[position..<head.startIndex] + declinedHead.form + text[head.endIndex...]
        return result
    }

    /// The adjective in the case; a reflexive participle keeps its -ся after the ending
    /// («обучающийся» → «обучающемуся», «обучающаяся» → «обучающуюся»).
    private static func declineAdjective(_ word: Substring, index: Int, animate: Bool) -> String? {
        let stem = reflexiveStem(of: word)
        guard let (kind, forms) = adjectiveEndings(of: stem) else { return nil }
        let form = index == 2 && kind == .masculine && animate ? forms[0] : forms[index]
        return stem.dropLast(2) + Declension.matchCase(of: String(stem), form) + word[stem.endIndex...]
    }

    /// The word without a reflexive -ся when what is left is an adjective's form.
    private static func reflexiveStem(of word: Substring) -> Substring {
        let stem = word.dropLast(2)
        guard word.count > 5, word.lowercased().hasSuffix("ся"), adjectiveEndings(of: stem) != nil else { return word }
        return stem
    }

    private static func adjectiveEndings(of word: Substring) -> (kind: PhraseEndings.Kind, forms: [String])? {
        let lowered = word.lowercased()
        guard lowered.count > 3, lowered.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        let letters = Array(lowered)
        return PhraseEndings.adjectiveEndings(String(letters.suffix(2)), after: letters.dropLast(2).last, word: lowered)
    }

    /// The head in the case, with its gender and animacy for the adjectives; nil when it is not a
    /// noun whose declension is known. A compound «педагог-психолог» declines in both parts.
    private static func declineHead(_ head: Substring, to grammaticalCase: GrammaticalCase, index: Int)
        -> (form: String, kind: PhraseEndings.Kind, animate: Bool)? {
        let parts = head.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count > 1, !adjectivalNouns(head) {
            var forms: [String] = []
            var animate = false
            var kind = PhraseEndings.Kind.masculine
            for (position, part) in parts.enumerated() {
                guard let declined = declineNoun(part, to: grammaticalCase, index: index) else { return nil }
                forms.append(declined.form)
                animate = animate || declined.animate
                if position == 0 { kind = declined.kind }
            }
            return (forms.joined(separator: "-"), kind, animate)
        }
        if let (kind, _) = adjectiveEndings(of: reflexiveStem(of: head)), adjectivalNouns(head) || parts.count == 1,
           let form = declineAdjective(head, index: index, animate: adjectivalNouns(head)) {
            return (form, kind, adjectivalNouns(head))
        }
        return declineNoun(head, to: grammaticalCase, index: index)
    }

    private static func adjectivalNouns(_ word: Substring) -> Bool {
        PhraseEndings.adjectivalNouns.contains(word.lowercased())
    }

    private static func declineNoun(_ word: Substring, to grammaticalCase: GrammaticalCase, index: Int)
        -> (form: String, kind: PhraseEndings.Kind, animate: Bool)? {
        let lowered = word.lowercased()
        guard let noun = PhraseEndings.noun(lowered) else { return nil }
        if let irregular = noun.irregular[grammaticalCase] {
            return (Declension.matchCase(of: String(word), irregular, replacingAll: true), noun.kind, noun.animate)
        }
        guard let (replacing, forms) = PhraseEndings.nounEndings(lowered, kind: noun.kind) else { return nil }
        let form = index == 2 && noun.kind == .masculine && noun.animate ? forms[0] : forms[index]
        return (word.dropLast(replacing) + Declension.matchCase(of: String(word), form), noun.kind, noun.animate)
    }
}
