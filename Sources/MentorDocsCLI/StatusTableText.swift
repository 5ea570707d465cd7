import MentorDocs
import MentorDocsJournal

/// `status`'s tables as text: a row per paper, the person's id and name on their first row, the
/// columns padded to their widest cell. Names come from the spec.
struct StatusTableText {
    let programme: Programme

    static let header = ["id", "name", "paper", "issued", "returned", "withdrawn", "state"]

    func render(_ table: PapersTable) -> String {
        var rows = [Self.header]
        for person in table.people {
            let id = person.participant.id
            let name = FileNaming.surnameAndInitials(person.participant.person.fullName)
            if person.papers.isEmpty { rows.append([id, name, "—", "", "", "", "nothing to sign"]) }
            for (index, status) in person.papers.enumerated() {
                rows.append([index == 0 ? id : "", index == 0 ? name : "", label(status, for: id),
                    Self.day(status.paper?.latest.day), Self.day(status.paper?.returned), Self.day(status.paper?.withdrawn),
                    state(status)])
            }
        }
        return title(table) + "\n" + Self.aligned(rows)
    }

    /// The journal's papers about people the spec no longer has: ids only, as the journal keeps them.
    func renderStrangers(_ papers: [Paper]) -> String {
        var lines = ["in the journal, naming no one in the spec now:"]
        for paper in papers {
            let pair = paper.key.pairID.map { " \($0)" } ?? ""
            lines.append("  \(paper.key.personIDs.joined(separator: ", ")): \(paper.key.kind.rawValue)\(pair), "
                + "issued \(paper.latest.day.iso), \(paper.state.rawValue)")
        }
        return lines.joined(separator: "\n")
    }

    /// How many papers the tables show in each state (a paper of two people counted once), and what the marks mean.
    func summary(of tables: [PapersTable]) -> [String] {
        var seen: Set<PaperKey> = []
        var shown: [PaperStatus] = []
        for table in tables {
            for person in table.people {
                for status in person.papers where seen.insert(status.key).inserted { shown.append(status) }
            }
        }
        let counts = [PaperStatus.State.returned, .missing, .withdrawn, .notIssued].map { state in "\(shown.filter { $0.state == state }.count) \(state.rawValue)" }
        var lines = ["\(shown.count) paper(s): " + counts.joined(separator: ", ")]
        if shown.contains(where: { $0.paper?.changedSinceReturned == true }) {
            lines.append("changed since: generated again with other content after it came back; what was signed is the earlier version")
        }
        if shown.contains(where: { !$0.planned }) {
            lines.append("not in the spec now: issued from an earlier spec (its pair or people have changed since)")
        }
        return lines
    }

    private func title(_ table: PapersTable) -> String {
        switch table.grouping {
        case .studentClass(let name): return name
        case .noClass: return "without a class"
        case .pair(let id):
            guard let pair = programme.pairs.first(where: { $0.id == id }) else { return id }
            return "\(pair.isGroup ? "group" : "pair") \(id) (\(pair.form.rawValue))"
        }
    }

    /// `agreement p2 with Лебедев Л.Р.`: the paper, its pair, and whoever else it names.
    private func label(_ status: PaperStatus, for personID: String) -> String {
        var label = status.key.kind.rawValue
        if let pair = status.key.pairID { label += " \(pair)" }
        let others = status.key.personIDs.filter { $0 != personID }.map { id in
            programme.participant(id).map { FileNaming.surnameAndInitials($0.person.fullName) } ?? id
        }
        if !others.isEmpty { label += " with " + others.joined(separator: ", ") }
        return label
    }

    private func state(_ status: PaperStatus) -> String {
        var state = status.state.rawValue
        if status.paper?.changedSinceReturned == true { state += ", changed since" }
        if !status.planned { state += ", not in the spec now" }
        return state
    }

    private static func day(_ day: CalendarDay?) -> String { day?.iso ?? "—" }

    private static func aligned(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - cell.count + 2) }
            }
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
