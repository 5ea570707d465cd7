/// Where each consent handed out stands, as the school's journal of issued papers knows it: the
/// journal of consents in the registers is filled from it. A consent the journal does not know is
/// listed as the spec makes it (issued on the documents' date, nothing back yet).
public struct ConsentStates: Sendable, Equatable {
    /// Which consent: the processing consent (in whichever of its three forms) or the consent to
    /// dissemination, of one person.
    public struct Key: Hashable, Sendable {
        /// The person the consent is about, by spec id (the child, for a representative's consent).
        public var personID: String
        /// The consent to dissemination rather than to processing.
        public var publication: Bool

        /// The processing consent (or, with `publication`, the dissemination consent) of `personID`.
        public init(personID: String, publication: Bool) {
            self.personID = personID
            self.publication = publication
        }

        /// The consent a document of `kind` is, or nil for a kind that is no consent.
        public init?(kind: DocumentKind, personID: String) {
            switch kind {
            case .consentAdult, .consentMinor, .consentRepresentative: self.init(personID: personID, publication: false)
            case .consentPublication: self.init(personID: personID, publication: true)
            default: return nil
            }
        }
    }

    /// One consent's days.
    public struct State: Sendable, Equatable {
        /// When the version handed out last was issued.
        public var issued: CalendarDay
        /// When it last came back signed.
        public var returned: CalendarDay?
        /// When it was withdrawn, while that withdrawal holds.
        public var withdrawn: CalendarDay?

        /// A consent issued on `issued`, back on `returned`, withdrawn on `withdrawn`.
        public init(issued: CalendarDay, returned: CalendarDay? = nil, withdrawn: CalendarDay? = nil) {
            self.issued = issued
            self.returned = returned
            self.withdrawn = withdrawn
        }
    }

    private var states: [Key: State]

    /// The states of these consents.
    public init(_ states: [Key: State] = [:]) { self.states = states }

    /// What is known of the consent `key`; nil when it was never handed out.
    public subscript(key: Key) -> State? {
        get { states[key] }
        set { states[key] = newValue }
    }
}
