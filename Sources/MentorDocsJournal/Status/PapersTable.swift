/// A group of people and their papers, as `status` prints one table and a spreadsheet one sheet.
public struct PapersTable: Sendable {
    /// Who is in the table.
    public enum Grouping: Sendable, Hashable {
        /// The students of one class, by the spec's `class`.
        case studentClass(String)
        /// Everyone without a class: teachers, employers, parents, graduates.
        case noClass
        /// The mentor and mentees of one pair or group, with that pair's papers and their consents.
        case pair(String)
    }

    /// Who is in the table.
    public var grouping: Grouping
    /// The people in the spec's order, each with their papers.
    public var people: [PersonPapers]

    /// A table of `people`, grouped by `grouping`.
    public init(grouping: Grouping, people: [PersonPapers]) {
        self.grouping = grouping
        self.people = people
    }

    /// Only the papers still to come back (missing or not issued), and only the people who owe one.
    public func outstanding() -> PapersTable {
        var table = self
        table.people = people.compactMap { person in
            var person = person
            person.papers = person.papers.filter(\.isOutstanding)
            return person.papers.isEmpty ? nil : person
        }
        return table
    }
}
