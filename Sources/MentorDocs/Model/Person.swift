import DocumentEngine
public import RussianLanguage
public import CalendarDays

/// Someone named in the paperwork: a participant, a representative, the director, the curator.
public struct Person: Sendable, Equatable {
    /// Surname, first name and patronymic in the nominative, as the spec gives them: «Соколова Анна Петровна».
    public var fullName: String {
        didSet { genderOfName = Self.genderTold(by: fullName) }
    }
    /// Given in the spec where the patronymic does not tell it.
    public var gender: Gender?
    /// What the name itself tells, worked out once rather than for every document.
    public private(set) var genderOfName: Gender?
    /// The day of birth, from which ages are counted; nil when the spec has none.
    public var birthDate: CalendarDay?
    /// The postal address as the consents print it; nil when not given.
    public var address: String?
    /// The phone number as written: «+7 900 000-00-00»; nil when not given.
    public var phone: String?
    /// The e-mail address; nil when not given.
    public var email: String?
    /// The passport or birth certificate the consents cite; nil when not given.
    public var document: IdentityDocument?

    /// A person called `fullName`; `gender` is needed only where the name does not tell it.
    public init(fullName: String, gender: Gender? = nil, birthDate: CalendarDay? = nil, address: String? = nil,
        phone: String? = nil, email: String? = nil, document: IdentityDocument? = nil)
    {
        self.fullName = fullName
        self.genderOfName = Self.genderTold(by: fullName)
        self.gender = gender
        self.birthDate = birthDate
        self.address = address
        self.phone = phone
        self.email = email
        self.document = document
    }

    /// The spec's gender, or else the name's.
    public var resolvedGender: Gender? { gender ?? genderOfName }

    /// Whether the person can be reached for a dissemination consent: a phone, an e-mail or a postal address.
    public var hasContacts: Bool { phone != nil || email != nil || address != nil }

    private static func genderTold(by fullName: String) -> Gender? { PersonName(parsing: fullName)?.detectedGender }

    /// The surname, for file names and for messages that must not show more about a person.
    public var surname: String {
        let scalars = fullName.unicodeScalars
        return String(scalars.prefix { $0 != " " })
    }

    /// Full years on `date`.
    public func age(on date: CalendarDay) -> Int? {
        birthDate?.fullYears(on: date)
    }
}

/// A passport or a birth certificate: what a consent cites as the subject's identity document.
public struct IdentityDocument: Sendable, Equatable {
    /// Which document it is, the spec's `document.kind`.
    public enum Kind: String, Sendable, CaseIterable {
        /// A Russian citizen's passport (`passport`).
        case passport
        /// A birth certificate (`birth_certificate`): a child's document under 14.
        case birthCertificate = "birth_certificate"
        /// A foreign citizen's passport (`foreign_passport`).
        case foreignPassport = "foreign_passport"

        /// The name of the document as a consent prints it.
        public var title: String {
            switch self {
            case .passport: "паспорт гражданина Российской Федерации"
            case .birthCertificate: "свидетельство о рождении"
            case .foreignPassport: "паспорт иностранного гражданина"
            }
        }
    }

    /// Which document it is.
    public var kind: Kind
    /// The series as printed on it: «00 00»; nil for a document without one.
    public var series: String?
    /// The number: «000001».
    public var number: String
    /// Who issued it, in the nominative: «Отдел ЗАГС администрации г. Примерска»; nil when not given.
    public var issuedBy: String?
    /// The day it was issued; nil when not given.
    public var issuedOn: CalendarDay?

    /// A document of `kind` numbered `number`, with what else is known of it.
    public init(kind: Kind, series: String? = nil, number: String, issuedBy: String? = nil, issuedOn: CalendarDay? = nil) {
        self.kind = kind
        self.series = series
        self.number = number
        self.issuedBy = issuedBy
        self.issuedOn = issuedOn
    }
}
