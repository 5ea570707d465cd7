extension Catalogue {
    /// The monitoring questionnaires and the report made of their answers.
    static let monitoringEntries: [Entry] = [
        Entry(name: "questionnaire", document: .questionnaire),
        Entry(name: "monitoring", document: .monitoringReport),
    ]
}
