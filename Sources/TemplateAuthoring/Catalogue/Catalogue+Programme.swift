extension Catalogue {
    /// The school's documents (Положение, roadmap, orders) and each pair's agreement and plan.
    static let programmeEntries: [Entry] = [
        Entry(name: "agreement", document: .agreement),
        Entry(name: "plan", document: .individualPlan),
    ]
}
