public import MentorDocs

extension ConsentStates {
    /// The consents among the journal's `papers`: each one's last issue, its return and its
    /// withdrawal while that holds.
    public init(papers: [Paper]) {
        self.init()
        for paper in papers where paper.key.kind.canBeWithdrawn {
            guard let personID = paper.key.personIDs.first else { continue }
            let key = ConsentStates.Key(personID: personID, publication: paper.key.kind == .consentPublication)
            self[key] = ConsentStates.State(issued: paper.latest.day, returned: paper.returned, withdrawn: paper.withdrawn)
        }
    }
}

extension Journal {
    /// What the journal beside `spec` knows of its consents, for the registers' journal of consents;
    /// nil when there is no journal yet (the registers then list what the spec plans). Nothing is created.
    public static func consentStates(forSpec spec: String) throws -> ConsentStates? {
        try existing(at: path(forSpec: spec)).map { ConsentStates(papers: try $0.papers()) }
    }
}
