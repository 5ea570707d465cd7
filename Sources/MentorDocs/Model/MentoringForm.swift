/// The forms of mentoring of the target model (Р-145).
public enum MentoringForm: String, Sendable, CaseIterable {
    /// «ученик – ученик»: an older or more successful pupil helps another.
    case studentStudent = "ученик – ученик"
    /// «учитель – учитель»: an experienced teacher helps a young or new one.
    case teacherTeacher = "учитель – учитель"
    /// «студент – ученик»: a college or university student, or a former pupil, helps a pupil.
    case studentPupil = "студент – ученик"
    /// «работодатель – ученик»: a partner organisation's specialist guides a pupil towards a profession.
    case employerPupil = "работодатель – ученик"
    /// «работодатель – студент»: the same for a student.
    case employerStudent = "работодатель – студент"
    /// «учитель – ученик»: a teacher supports a pupil.
    case teacherStudent = "учитель – ученик"

    /// The form's place among the forms: compared and hashed instead of its Russian name (a
    /// statistic of thousands of pairs looks a form up for each).
    private var ordinal: Int {
        switch self {
        case .studentStudent: 0
        case .teacherTeacher: 1
        case .studentPupil: 2
        case .employerPupil: 3
        case .employerStudent: 4
        case .teacherStudent: 5
        }
    }

    public static func == (left: MentoringForm, right: MentoringForm) -> Bool { left.ordinal == right.ordinal }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// Reads a form as people write it: any dash or hyphen, any spacing, any letter case.
    public init?(spelling: String) {
        guard let form = Self.spellings[Self.normalize(spelling)] else { return nil }
        self = form
    }

    /// Each form by its name normalized, worked out once: a spec names a form in every pair.
    private static let spellings = Dictionary(uniqueKeysWithValues: allCases.map { (normalize($0.rawValue), $0) })

    /// Whether mentees of this form must be 10 to 19 years old (the teacher forms set no age).
    public var limitsMenteeAge: Bool { self != .teacherTeacher }

    /// Whether the mentor is an employee of the school, so Labour Code art. 351.8 applies.
    public var mentorIsEmployee: Bool { self == .teacherTeacher || self == .teacherStudent }

    /// Lower case, «ё» as «е», every dash as «-», without spaces.
    private static func normalize(_ text: String) -> String {
        let dashes: Set<Character> = ["-", "–", "—", "‐", "‑", "−"]
        var result = ""
        for character in text.lowercased() where !character.isWhitespace {
            result.append(character == "ё" ? "е" : dashes.contains(character) ? "-" : character)
        }
        return result
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
