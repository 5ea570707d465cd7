import DocumentEngine
public import SpecSyntax
public import CalendarDays

/// A mentor or mentee of the programme, as the spec describes them.
public struct Participant: Sendable, Equatable {
    public enum Category: String, Sendable, CaseIterable {
        case student, teacher, parent, graduate, employer

        public var title: String {
            switch self {
            case .student: "обучающийся"
            case .teacher: "педагог"
            case .parent: "родитель"
            case .graduate: "выпускник"
            case .employer: "представитель работодателя"
            }
        }
    }

    public var id: String
    public var person: Person
    public var category: Category
    /// «7 «Б» класс» for a student, the job title for an adult.
    public var classOrPosition: String?
    /// Where an adult participant works, when it is not the school.
    public var workplace: String?
    /// A minor's parent or legal representative.
    public var representative: Representative?
    /// A teacher mentor's labour contract, amended by the supplementary agreement on mentoring.
    public var labourContract: LabourContract?
    /// The birth certificate of a pupil whose `document` is a passport (14–17): the document of
    /// their parent's authority.
    public var birthCertificate: IdentityDocument?
    /// The child's birth certificate: `document` when it is one, else `birthCertificate`.
    public var childsBirthCertificate: IdentityDocument? {
        person.document?.kind == .birthCertificate ? person.document : birthCertificate
    }
    /// Whether the person agreed to photos, video and their name on the school's site and groups.
    public var allowsPublication: Bool = false
    /// The day a teacher began teaching: tells a young specialist (0–3 years) for the indicators.
    public var workStart: CalendarDay?
    /// A mentee's request (запрос), as the base of mentees records it; the pair's goal when not given.
    public var request: String?
    /// A mentor's competences, as the base of mentors records them; the position when not given.
    public var competences: String?
    public var location: SourceLocation
    /// Where each field's value stands in the spec, for messages about that field.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(id: String, person: Person, category: Category, classOrPosition: String? = nil, workplace: String? = nil,
        representative: Representative? = nil, location: SourceLocation)
    {
        self.id = id
        self.person = person
        self.category = category
        self.classOrPosition = classOrPosition
        self.workplace = workplace
        self.representative = representative
        self.location = location
    }
}

/// Who signs for a minor: a parent, or an опекун / попечитель appointed by the guardianship authority.
public struct Representative: Sendable, Equatable {
    public enum Relation: String, Sendable, CaseIterable {
        case mother, father, guardian, trustee

        /// «мать», «отец», «опекун», «попечитель».
        public var title: String {
            switch self {
            case .mother: "мать"
            case .father: "отец"
            case .guardian: "опекун"
            case .trustee: "попечитель"
            }
        }

        public var isParent: Bool { self == .mother || self == .father }
    }

    public var person: Person
    public var relation: Relation
    /// For an опекун or попечитель: the guardianship authority's act (number and date).
    public var authorityAct: AuthorityAct?
    /// Where each field's value stands in the spec, for messages about that field.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(person: Person, relation: Relation, authorityAct: AuthorityAct? = nil) {
        self.person = person
        self.relation = relation
        self.authorityAct = authorityAct
    }
}

/// The act of the guardianship authority that appointed an опекун or попечитель.
public struct AuthorityAct: Sendable, Equatable {
    /// What the act is, as the authority calls it: «постановление», «распоряжение», «приказ».
    public var kind: String?
    public var issuer: String?
    public var number: String
    public var date: CalendarDay

    public init(kind: String? = nil, issuer: String? = nil, number: String, date: CalendarDay) {
        self.kind = kind
        self.issuer = issuer
        self.number = number
        self.date = date
    }
}
