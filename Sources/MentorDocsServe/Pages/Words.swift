import MentorDocs
import MentorDocsJournal

/// The page's words for the library's values. Only words: which consent a person gets, which kinds
/// a group holds and what is wrong with a spec are the library's to decide.
enum Words {
    static func categoryPlural(_ category: Participant.Category) -> String {
        switch category {
        case .student: "Обучающиеся"
        case .teacher: "Педагоги"
        case .parent: "Родители"
        case .graduate: "Выпускники"
        case .employer: "Представители работодателей"
        }
    }

    /// Who signs, by age on the documents' date.
    static func ageBand(_ band: AgeBand?) -> String {
        switch band {
        case .child: "до \(AgeBand.ownSignatureAge) лет"
        case .adolescent: "\(AgeBand.adolescentAges) лет"
        case .adult: "от \(AgeBand.adulthood) лет"
        case nil: "не известен"
        }
    }

    static func group(_ group: DocumentGroup) -> String {
        switch group {
        case .regulation: "Положение о наставничестве"
        case .consents: "Согласия на обработку персональных данных"
        case .agreements: "Соглашения"
        case .plans: "Индивидуальные планы"
        case .roadmap: "Дорожная карта"
        case .orders: "Приказы"
        case .programme: "Программа наставничества"
        case .registers: "Реестры"
        case .questionnaires: "Анкеты мониторинга"
        case .monitoring: "Отчёт о мониторинге"
        }
    }

    /// A kind as a checkbox names it: the file's title, with the ages of the consents that share one.
    static func kind(_ kind: DocumentKind) -> String {
        let title = kind.fileTitle.prefix(1).uppercased() + kind.fileTitle.dropFirst()
        switch kind {
        case .consentAdult: return "\(title) (от \(AgeBand.adulthood) лет)"
        case .consentMinor: return "\(title) (\(AgeBand.adolescentAges) лет, вместе с родителем)"
        case .consentRepresentative: return "\(title) (до \(AgeBand.ownSignatureAge) лет)"
        default: return title
        }
    }

    /// A paper to sign, as the journal's page names it.
    static func paper(_ kind: PaperKind) -> String { kind.russianName }

    static func paperState(_ state: PaperStatus.State) -> String {
        switch state {
        case .notIssued: "не выдан"
        case .missing: "не вернулся"
        case .returned: "вернулся подписанным"
        case .withdrawn: "отозван"
        }
    }

    /// Why the journal refused a mark, in the words of the page (the library's message names ids and days).
    static func markingProblem(_ kind: MarkingError.Kind) -> String { kind.russianExplanation }

    static func severity(_ severity: SpecDiagnostic.Severity) -> String {
        switch severity {
        case .error: "Ошибка"
        case .warning: "Предупреждение"
        }
    }

    /// «строка 12, столбец 5».
    static func place(_ location: SourceLocation) -> String {
        "строка \(location.line), столбец \(location.column)"
    }

    static func date(_ day: CalendarDay) -> String { day.formatted("dd.MM.yyyy") }

    /// «1 документ», «3 документа», «5 документов».
    static func count(_ number: Int, _ noun: RussianNumber.NounForms, _ grammaticalCase: GrammaticalCase = .nominative) -> String {
        "\(number) \(RussianNumber.nounForm(number, noun, grammaticalCase))"
    }

    static let document = RussianNumber.NounForms(gender: .masculine,
        singular: ["документ", "документа", "документу", "документ", "документом", "документе"],
        plural: ["документы", "документов", "документам", "документы", "документами", "документах"])
    static let problem = RussianNumber.NounForms(gender: .feminine,
        singular: ["ошибка", "ошибки", "ошибке", "ошибку", "ошибкой", "ошибке"],
        plural: ["ошибки", "ошибок", "ошибкам", "ошибки", "ошибками", "ошибках"])
    static let second = RussianNumber.NounForms(gender: .feminine,
        singular: ["секунда", "секунды", "секунде", "секунду", "секундой", "секунде"],
        plural: ["секунды", "секунд", "секундам", "секунды", "секундами", "секундах"])
    static let warning = RussianNumber.NounForms(gender: .neuter,
        singular: ["предупреждение", "предупреждения", "предупреждению", "предупреждение", "предупреждением", "предупреждении"],
        plural: ["предупреждения", "предупреждений", "предупреждениям", "предупреждения", "предупреждениями", "предупреждениях"])
}
