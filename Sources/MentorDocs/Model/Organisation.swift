/// The school or college that runs the programme and operates the personal data.
public struct Organisation: Sendable, Equatable {
    public var fullName: String
    public var shortName: String
    public var address: String
    public var city: String
    public var inn: String?
    public var ogrn: String?
    /// The web resources where the school publishes (for the dissemination consent).
    public var websites: [String]
    /// Those who process the data on the operator's behalf (a regional mentoring database, an
    /// e-journal's operator): the consents name each with its address.
    public var processors: [Processor] = []
    /// The school's head counts for the indicators of the registers' statistics, when given.
    public var totals = SchoolTotals()
    public var director: Official
    public var curator: Official

    public init(fullName: String, shortName: String, address: String, city: String, inn: String? = nil, ogrn: String? = nil,
        websites: [String] = [], director: Official, curator: Official)
    {
        self.fullName = fullName
        self.shortName = shortName
        self.address = address
        self.city = city
        self.inn = inn
        self.ogrn = ogrn
        self.websites = websites
        self.director = director
        self.curator = curator
    }
}

/// A person acting in an office: the director, the curator.
public struct Official: Sendable, Equatable {
    public var person: Person
    public var position: String

    public init(person: Person, position: String) {
        self.person = person
        self.position = position
    }
}

/// Someone processing personal data on the operator's behalf (art. 9 part 4 item 6 of 152-ФЗ).
public struct Processor: Sendable, Equatable {
    public var name: String
    public var address: String
    /// What they do with the data, in a few words: «ведение региональной базы наставников».
    public var purpose: String?

    public init(name: String, address: String, purpose: String? = nil) {
        self.name = name
        self.address = address
        self.purpose = purpose
    }
}
