import DocumentEngine
public import RussianLanguage
public import CalendarDays

/// Someone named in the paperwork: a participant, a representative, the director, the curator.
public struct Person: Sendable, Equatable {
    public var fullName: String {
        didSet { genderOfName = Self.genderTold(by: fullName) }
    }
    /// Given in the spec where the patronymic does not tell it.
    public var gender: Gender?
    /// What the name itself tells, worked out once rather than for every document.
    public private(set) var genderOfName: Gender?
    public var birthDate: CalendarDay?
    public var address: String?
    public var phone: String?
    public var email: String?
    public var document: IdentityDocument?

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
    public enum Kind: String, Sendable, CaseIterable {
        case passport
        case birthCertificate = "birth_certificate"
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

    public var kind: Kind
    public var series: String?
    public var number: String
    public var issuedBy: String?
    public var issuedOn: CalendarDay?

    public init(kind: Kind, series: String? = nil, number: String, issuedBy: String? = nil, issuedOn: CalendarDay? = nil) {
        self.kind = kind
        self.series = series
        self.number = number
        self.issuedBy = issuedBy
        self.issuedOn = issuedOn
    }
}
