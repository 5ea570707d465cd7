import DocumentEngine
public import SpecSyntax
public import CalendarDays

/// A mentor or mentee of the programme, as the spec describes them.
public struct Participant: Sendable, Equatable {
    /// What a participant is, the spec's `category`.
    public enum Category: String, Sendable, CaseIterable {
        /// `student`: a pupil (обучающийся); `teacher`: a teacher (педагог); `parent`: a pupil's parent;
        /// `graduate`: a former pupil (выпускник); `employer`: an employer's representative.
        case student, teacher, parent, graduate, employer

        /// The category in Russian, as documents print it: «обучающийся», «представитель работодателя».
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

    /// The id by which pairs name the participant: `t1`, `s3`.
    public var id: String
    /// Their name, birth date, contacts and identity document.
    public var person: Person
    /// What they are; a teacher, parent or employer counts as an adult without a birth date.
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
    /// Where the participant's entry starts in the spec, for messages about them.
    public var location: SourceLocation
    /// Where each field's value stands in the spec, for messages about that field.
    public var fieldLocations: [String: SourceLocation] = [:]

    /// A participant as the spec describes them; the other fields start empty.
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
    /// Who a representative is to the minor, the spec's `relation`.
    public enum Relation: String, Sendable, CaseIterable {
        /// `mother`, `father`: a parent; `guardian`: an опекун; `trustee`: a попечитель.
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

        /// Whether the representative is a parent, who needs no act of the guardianship authority.
        public var isParent: Bool { self == .mother || self == .father }
    }

    /// The representative themselves: their name, address and passport.
    public var person: Person
    /// Who they are to the minor.
    public var relation: Relation
    /// For an опекун or попечитель: the guardianship authority's act (number and date).
    public var authorityAct: AuthorityAct?
    /// Where each field's value stands in the spec, for messages about that field.
    public var fieldLocations: [String: SourceLocation] = [:]

    /// `person` acting for a minor as `relation`; an опекун or попечитель by `authorityAct`.
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
    /// The authority that issued it: «Отдел опеки и попечительства администрации г. Примерска»; nil when not given.
    public var issuer: String?
    /// The act's number: «123-р».
    public var number: String
    /// The day it was issued.
    public var date: CalendarDay

    /// Act `number` of `date`, of `kind` and by `issuer` where they are known.
    public init(kind: String? = nil, issuer: String? = nil, number: String, date: CalendarDay) {
        self.kind = kind
        self.issuer = issuer
        self.number = number
        self.date = date
    }
}
