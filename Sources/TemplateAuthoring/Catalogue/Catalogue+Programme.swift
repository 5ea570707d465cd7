extension Catalogue {
    /// The school's documents (Положение, roadmap, orders) and each pair's agreement and plan.
    static let programmeEntries: [Entry] = []
}
