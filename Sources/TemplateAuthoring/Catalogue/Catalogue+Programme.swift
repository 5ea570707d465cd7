extension Catalogue {
    /// The school's documents (Положение, roadmap, orders) and each pair's agreement and plan.
    static let programmeEntries: [Entry] = [
        Entry(name: "regulation", document: .regulation),
        Entry(name: "agreement", document: .agreement),
        Entry(name: "plan", document: .individualPlan),
        Entry(name: "roadmap", document: .roadmap),
        Entry(name: "order-introduction", document: .orderIntroduction),
        Entry(name: "order-curator", document: .orderCurator),
        Entry(name: "order-pairs", document: .orderPairs),
        Entry(name: "order-plans", document: .orderPlans),
        Entry(name: "order-closing", document: .orderClosing),
        Entry(name: "programme", document: .mentoringProgramme),
        Entry(name: "registers", document: .registers),
    ]
}
