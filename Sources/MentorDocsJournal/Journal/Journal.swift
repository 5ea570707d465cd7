#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MentorDocs

/// What was handed out to be signed and what came back: an SQLite file beside the spec, holding
/// ids, kinds, days, file names and digests only (names stay in the spec).
public final class Journal {
    /// Where the journal of the spec at `specPath` is kept: beside it, `school.spec` →
    /// `school.journal.sqlite`.
    public static func path(forSpec specPath: String) -> String {
        let slash = specPath.lastIndex(of: "/")
        let nameStart = slash.map { specPath.index(after: $0) } ?? specPath.startIndex
        var base = specPath[...]
        // A leading dot is part of the name (`.spec`), not an extension.
        if let dot = specPath[nameStart...].lastIndex(of: "."), dot > nameStart { base = specPath[..<dot] }
        return base + ".journal.sqlite"
    }

    /// The journal's file.
    public let path: String
    let database: Database

    /// Opens the journal at `path`, making the file (readable by its owner only) and its tables when
    /// missing, and bringing an older schema up to date.
    public convenience init(path: String) throws {
        try self.init(path: path, migrations: JournalSchema.migrations)
    }

    /// With a list of schema versions of the caller's: how migrating from an older version is tested.
    init(path: String, migrations: [Migration]) throws {
        self.path = path
        database = try Database(path: path, create: true)
        try Migration.migrate(database, with: migrations)
    }

    /// The journal at `path` if there is one; nil when nothing has been issued yet. Nothing is created.
    public static func existing(at path: String) throws -> Journal? {
        guard access(path, F_OK) == 0 else { return nil }
        return try Journal(path: path)
    }

    /// Records the documents handed out, all in one transaction: either every one is in the
    /// journal afterwards, or (on any failure) none is.
    public func record(_ documents: [IssuedDocument]) throws {
        try database.transaction {
            let issue = try database.prepare(
                "INSERT INTO issue (document_kind, pair_id, file, issued_on, sha256) VALUES (?, ?, ?, ?, ?)")
            let person = try database.prepare("INSERT INTO issue_person (issue_id, position, person_id) VALUES (?, ?, ?)")
            for document in documents {
                try issue.run([.text(document.kind.rawValue), SQLValue(document.pairID), .text(document.file),
                    .text(document.day.iso), .text(document.sha256)])
                let issueID = database.lastInsertedRowID
                for (position, personID) in document.personIDs.enumerated() {
                    try person.run([.integer(issueID), .integer(Int64(position)), .text(personID)])
                }
            }
        }
    }

    /// Every document handed out, in the order they were recorded (the school's own documents and
    /// plans included).
    public func issuedDocuments() throws -> [IssuedDocument] {
        try storedIssues().map(\.document)
    }

    /// Every paper handed out to be signed, with its events, in the order first handed out.
    public func papers() throws -> [Paper] {
        let issues = try storedIssues()
        var order: [PaperKey] = []
        var grouped: [PaperKey: (issues: [IssuedDocument], rowIDs: [Int64])] = [:]
        var paperOfRow: [Int64: (key: PaperKey, index: Int)] = [:]
        for issue in issues {
            guard let key = issue.document.paperKey else { continue }
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: ([], [])].issues.append(issue.document)
            grouped[key]!.rowIDs.append(issue.rowID)
            paperOfRow[issue.rowID] = (key, grouped[key]!.issues.count - 1)
        }
        var events: [PaperKey: [PaperEvent]] = [:]
        let statement = try database.prepare("SELECT issue_id, kind, happened_on FROM event ORDER BY id")
        for row in try statement.rows(read: { ($0.integer(0), $0.text(1) ?? "", $0.text(2) ?? "") }) {
            guard let paper = paperOfRow[row.0], let kind = PaperEvent.Kind(rawValue: row.1) else { continue }
            events[paper.key, default: []].append(PaperEvent(kind: kind, day: try day(row.2), issueIndex: paper.index))
        }
        return order.map { key in
            Paper(key: key, issues: grouped[key]!.issues, events: events[key] ?? [], issueRowIDs: grouped[key]!.rowIDs)
        }
    }

    /// The papers that name `personID`.
    public func papers(concerning personID: String) throws -> [Paper] {
        try papers().filter { $0.key.personIDs.contains(personID) }
    }

    /// Records that `kind` happened on `day` to the version of `paper` handed out last.
    func recordEvent(_ kind: PaperEvent.Kind, on day: CalendarDay, to paper: Paper) throws {
        try database.prepare("INSERT INTO event (issue_id, kind, happened_on) VALUES (?, ?, ?)")
            .run([.integer(paper.issueRowIDs[paper.issueRowIDs.count - 1]), .text(kind.rawValue), .text(day.iso)])
    }

    /// Runs `body` in one transaction of the journal's database.
    func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        try database.transaction(body)
    }

    private struct StoredIssue {
        var rowID: Int64
        var document: IssuedDocument
    }

    /// The issues of document kinds this mentordocs knows, with their people in order.
    private func storedIssues() throws -> [StoredIssue] {
        var people: [Int64: [String]] = [:]
        let persons = try database.prepare("SELECT issue_id, person_id FROM issue_person ORDER BY issue_id, position")
        for (issueID, personID) in try persons.rows(read: { ($0.integer(0), $0.text(1) ?? "") }) {
            people[issueID, default: []].append(personID)
        }
        let statement = try database.prepare("SELECT id, document_kind, pair_id, file, issued_on, sha256 FROM issue ORDER BY id")
        let rows = try statement.rows { row in
            (row.integer(0), row.text(1) ?? "", row.text(2), row.text(3) ?? "", row.text(4) ?? "", row.text(5) ?? "")
        }
        return try rows.compactMap { row in
            guard let kind = DocumentKind(rawValue: row.1) else { return nil }
            return StoredIssue(rowID: row.0, document: IssuedDocument(kind: kind, personIDs: people[row.0] ?? [], pairID: row.2,
                file: row.3, day: try day(row.4), sha256: row.5))
        }
    }

    private func day(_ text: String) throws -> CalendarDay {
        guard let day = CalendarDay(parsing: text) else {
            throw DatabaseError(.notADatabase, file: database.fileName, "the journal holds a day that does not exist")
        }
        return day
    }
}
