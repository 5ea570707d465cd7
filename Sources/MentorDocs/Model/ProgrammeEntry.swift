public import SpecSyntax

/// A participant or a pair (or group) of a programme, by id: what a problem of the spec is about.
public enum ProgrammeEntry: Hashable, Sendable {
    /// A participant, by their `id`.
    case participant(String)
    /// A pair or group, by its `id`.
    case pair(String)
}

extension Programme {
    /// The participant or pair a place of the spec belongs to, as a page links a problem `check`
    /// finds to the person or pair it is about: the entry at whose start, or at one of whose fields,
    /// the place stands; else the entry whose lines, from its start to its last field, hold it; nil
    /// for a place outside every participant and pair (the organisation, the programme, the roadmap).
    public func entry(at location: SourceLocation) -> ProgrammeEntry? {
        let entries = participants.map { participant in
            (ProgrammeEntry.participant(participant.id), [participant.location] + Array(participant.fieldLocations.values)
                + Array(participant.representative?.fieldLocations.values ?? [:].values))
        } + pairs.map { pair in
            (ProgrammeEntry.pair(pair.id), [pair.location] + Array(pair.fieldLocations.values))
        }
        if let exact = entries.first(where: { $0.1.contains(location) }) { return exact.0 }
        return entries.last { _, places in
            let lines = places.filter { $0.file == location.file }.map(\.line)
            guard let first = lines.min(), let last = lines.max() else { return false }
            return (first...last).contains(location.line)
        }?.0
    }
}
