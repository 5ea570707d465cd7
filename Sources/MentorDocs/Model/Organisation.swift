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
