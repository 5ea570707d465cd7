import DocumentEngine

/// One document to make: which template, for whom, with what data.
public struct DocumentRecord: Sendable {
    public var kind: DocumentKind
    /// Who the document is for, as messages may name them: an id and a surname, nothing more.
    public var subject: String
    /// The file name without extension, inside the kind's folder.
    public var baseName: String
    public var data: TemplateValue
}

/// Picks the documents a programme needs and gathers each one's data.
public enum DocumentPlanner {
    public static func records(for programme: Programme, kinds: Set<DocumentKind> = Set(DocumentKind.allCases)) -> [DocumentRecord] {
        var records: [DocumentRecord] = []
        if kinds.contains(.consentAdult) {
            for participant in programme.participants {
                guard let age = participant.person.age(on: programme.documentDate), age >= 18 else { continue }
                records.append(consent(.consentAdult, for: participant, in: programme))
            }
        }
        return uniqueNames(records)
    }

    private static func consent(_ kind: DocumentKind, for participant: Participant, in programme: Programme) -> DocumentRecord {
        var data = ContextValues.common(programme)
        data["person"] = ContextValues.person(participant.person)
        data["participant"] = .map(["id": .text(participant.id), "category": .text(participant.category.title)])
        data["consent"] = .map(["valid_until": ContextValues.date(programme.end)])
        let name = FileNaming.surnameAndInitials(participant.person.fullName)
        return DocumentRecord(kind: kind, subject: "\(participant.id) (\(participant.person.surname))",
            baseName: FileNaming.safe("\(name) — \(kind.fileTitle)"), data: .map(data))
    }

    /// Two people with the same surname and initials get their ids added to tell the files apart.
    private static func uniqueNames(_ records: [DocumentRecord]) -> [DocumentRecord] {
        var counts: [String: Int] = [:]
        for record in records { counts[record.kind.folder + "/" + record.baseName, default: 0] += 1 }
        return records.map { record in
            guard counts[record.kind.folder + "/" + record.baseName, default: 0] > 1 else { return record }
            var renamed = record
            let id = record.subject.split(separator: " ").first.map(String.init) ?? ""
            renamed.baseName += " (\(FileNaming.safe(id)))"
            return renamed
        }
    }
}
