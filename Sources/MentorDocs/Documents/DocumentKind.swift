public import DocumentEngine

/// The documents mentordocs makes, each from a built-in template with the same name.
public enum DocumentKind: String, Sendable, CaseIterable {
    /// The Положение о наставничестве, adopted by the pedagogical council and approved by the introduction order.
    case regulation
    /// Consent to personal data processing of an adult participant.
    case consentAdult = "consent-adult"
    /// Consent of a minor aged 14–17, signed by them and by a parent or попечитель.
    case consentMinor = "consent-minor"
    /// Consent given by a parent or legal representative for a minor under 14.
    case consentRepresentative = "consent-representative"
    /// Consent to personal data allowed for dissemination (photos, names on the school's site).
    case consentPublication = "consent-publication"
    /// The withdrawal of a processing consent (adult, 14–17 or representative), to the director.
    case consentWithdrawal = "consent-withdrawal"
    /// The demand to stop dissemination and the withdrawal of the dissemination consent.
    case publicationWithdrawal = "publication-withdrawal"
    /// The mentor–mentee agreement, one per mentee of a pair or group, printed in two copies.
    case agreement
    /// The individual plan of a pair or group.
    case plan
    /// The дорожная карта of the organisation.
    case roadmap
    /// The Программа наставничества: its forms, pairs and groups and their plans, its stages and monitoring.
    case mentoringProgramme = "programme"
    /// The order introducing the target model and approving the Положение and the roadmap.
    case orderIntroduction = "order-introduction"
    /// The order appointing the curator.
    case orderCurator = "order-curator"
    /// The order fixing the mentoring pairs and groups.
    case orderPairs = "order-pairs"
    /// The order approving the individual plans.
    case orderPlans = "order-plans"
    /// The order closing the programme year and rewarding the mentors.
    case orderClosing = "order-closing"
    /// A teacher mentor's written consent to mentoring (Labour Code art. 351.8).
    case mentorConsent = "mentor-consent"
    /// The supplementary agreement to a teacher mentor's labour contract (Labour Code art. 351.8).
    case labourSupplement = "labour-supplement"
    /// The curator's registers: the bases of mentees and of mentors, the journal of consents, the statistics.
    case registers
    /// A participant's monitoring questionnaire, «на входе» or «на выходе».
    case questionnaire
    /// The answer sheet of a stage's questionnaires: a workbook with a row per participant and a column
    /// per question, made beside the questionnaires and read back by `mentordocs monitoring --answers`.
    case answerSheet = "answer-sheet"
    /// The monitoring report: the figures of the answers read back (made by `mentordocs monitoring`, not by `generate`).
    case monitoringReport = "monitoring"

    /// The group `--only` names it by, which is also the folder its files go into.
    public var group: DocumentGroup {
        switch self {
        case .regulation: .regulation
        case .consentAdult, .consentMinor, .consentRepresentative, .consentPublication: .consents
        case .consentWithdrawal, .publicationWithdrawal: .consents
        case .agreement, .mentorConsent, .labourSupplement: .agreements
        case .plan: .plans
        case .roadmap: .roadmap
        case .mentoringProgramme: .programme
        case .orderIntroduction, .orderCurator, .orderPairs, .orderPlans, .orderClosing: .orders
        case .registers: .registers
        case .questionnaire, .answerSheet: .questionnaires
        case .monitoringReport: .monitoring
        }
    }

    /// Whether it is made only as a workbook (XLSX or ODS), whatever the documents beside it are made
    /// as: the answer sheets, which `generate` makes as XLSX beside DOCX questionnaires, ODS beside ODT.
    public var isWorkbookOnly: Bool { self == .answerSheet }

    /// The format its files are made in when the documents are made in `format`.
    public func format(besideDocumentsOf format: DocumentFormat) -> DocumentFormat {
        guard isWorkbookOnly else { return format }
        switch format {
        case .odt, .ods: return .ods
        case .docx, .xlsx: return .xlsx
        }
    }

    /// Whether the spec alone makes it, so `generate` and `DocumentPlanner` plan it: all but the
    /// monitoring report, which needs the answers.
    public var isMadeFromSpec: Bool { self != .monitoringReport }

    /// The folder of the output its files go into: `consents`, `orders`.
    public var folder: String { group.rawValue }

    /// The words of the file name after the person's name (or alone, for the school's documents).
    public var fileTitle: String {
        switch self {
        case .regulation: "Положение о наставничестве"
        case .consentAdult, .consentMinor: "согласие на обработку ПДн"
        case .consentRepresentative: "согласие законного представителя на обработку ПДн"
        case .consentPublication: "согласие на распространение ПДн"
        case .consentWithdrawal: "отзыв согласия на обработку ПДн"
        case .publicationWithdrawal: "отзыв согласия на распространение ПДн"
        case .agreement: "соглашение"
        case .plan: "индивидуальный план"
        case .roadmap: "Дорожная карта"
        case .orderIntroduction: "Приказ о внедрении целевой модели наставничества"
        case .orderCurator: "Приказ о назначении куратора"
        case .orderPairs: "Приказ о закреплении наставнических пар и групп"
        case .orderPlans: "Приказ об утверждении индивидуальных планов"
        case .orderClosing: "Приказ о подведении итогов и поощрении наставников"
        case .mentoringProgramme: "Программа наставничества"
        case .mentorConsent: "согласие на наставничество"
        case .labourSupplement: "дополнительное соглашение к трудовому договору"
        case .registers: "Реестры наставнической деятельности"
        case .questionnaire: "анкета мониторинга"
        case .answerSheet: "Лист ответов на анкеты мониторинга"
        case .monitoringReport: "Отчёт о мониторинге программы наставничества"
        }
    }
}

/// The kinds as a secretary asks for them: `--only consents,agreements`.
public enum DocumentGroup: String, Sendable, CaseIterable {
    /// `regulation`: the Положение; `consents`: the consents and their withdrawals; `agreements`: the
    /// agreements, mentors' consents and labour supplements; `plans`: individual plans; `roadmap`: the
    /// дорожная карта; `orders`: the director's orders; `programme`: the Программа наставничества;
    /// `registers`: the curator's registers; `questionnaires`: each participant's monitoring
    /// questionnaires; `monitoring`: the monitoring report, made from the answers by `mentordocs monitoring`.
    case regulation, consents, agreements, plans, roadmap, orders, programme, registers, questionnaires, monitoring
}
