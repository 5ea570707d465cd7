import RussianLanguage

extension Participant {
    /// Who the participant is, as a phrase that stands after their name and declines with it:
    /// «обучающаяся 9 «Б» класса» for a pupil, the job title for an adult («учитель математики»).
    /// Nil when the spec gives neither.
    public var role: String? {
        guard let classOrPosition, !classOrPosition.isEmpty else { return nil }
        guard category == .student else { return classOrPosition }
        let pupil = person.resolvedGender == .female ? "обучающаяся" : "обучающийся"
        return "\(pupil) \(Self.classInGenitive(classOrPosition))"
    }

    /// «10 «А» класс» → «10 «А» класса»; «10А» → «10А класса»; a college group («группа ТМ-21»)
    /// by the noun phrase's rule. What cannot be told stays as written, in parentheses.
    static func classInGenitive(_ name: String) -> String {
        let words = name.split(separator: " ")
        if words.last?.lowercased() == "класс" { return name + "а" }
        if let first = words.first, first.first?.isNumber == true, words.count <= 2, name.count <= 8 {
            return name + " класса"
        }
        let declined = NounPhrase(name).declined(to: .genitive)
        return declined == name ? "(\(name))" : declined
    }
}
