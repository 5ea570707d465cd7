/// The school or college that runs the programme and operates the personal data.
public struct Organisation: Sendable, Equatable {
    /// The full name from the charter, the operator's name in the consents: «Муниципальное бюджетное
    /// общеобразовательное учреждение «Средняя общеобразовательная школа № 99»».
    public var fullName: String
    /// The short name for headings and signatures: «МБОУ «СОШ № 99»».
    public var shortName: String
    /// The postal address: «000000, Условная область, г. Примерск, ул. Учебная, д. 1».
    public var address: String
    /// The town the orders and agreements are made in, without «г.»: «Примерск».
    public var city: String
    /// The ИНН (taxpayer number) the consents give for the operator: «0000000000»; nil when the spec has none.
    public var inn: String?
    /// The ОГРН (state registration number) the consents give for the operator; nil when the spec has none.
    public var ogrn: String?
    /// The web resources where the school publishes (for the dissemination consent).
    public var websites: [String]
    /// Those who process the data on the operator's behalf (a regional mentoring database, an
    /// e-journal's operator): the consents name each with its address.
    public var processors: [Processor] = []
    /// The school's head counts for the indicators of the registers' statistics, when given.
    public var totals = SchoolTotals()
    /// The director, who signs the orders and to whom withdrawals are addressed.
    public var director: Official
    /// The curator of the programme, appointed by the curator order.
    public var curator: Official

    /// An organisation as the spec's `organisation` describes it; `processors` starts empty.
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
    /// Who holds the office.
    public var person: Person
    /// The office as the documents print it: «директор», «заместитель директора по УВР».
    public var position: String

    /// `person` in `position`.
    public init(person: Person, position: String) {
        self.person = person
        self.position = position
    }
}

/// Someone processing personal data on the operator's behalf (art. 9 part 4 item 6 of 152-ФЗ).
public struct Processor: Sendable, Equatable {
    /// The processor's name: «ГАУ ДПО «Региональный центр наставничества»».
    public var name: String
    /// Their address, which the consents print beside the name.
    public var address: String
    /// What they do with the data, in a few words: «ведение региональной базы наставников».
    public var purpose: String?

    /// The processor `name` at `address`, doing `purpose` with the data.
    public init(name: String, address: String, purpose: String? = nil) {
        self.name = name
        self.address = address
        self.purpose = purpose
    }
}
