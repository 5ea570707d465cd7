import Foundation
import MentorDocs
@testable import MentorDocsJournal
import TestSupport

/// A journal in a temporary folder of its own, and the example school to mark against.
struct JournalFixture {
    let folder: String
    let path: String

    init(_ name: String) {
        folder = Paths.temporaryFolder("journal-\(name)")
        path = folder + "/school.journal.sqlite"
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    static let exampleSchool: Programme = try! SpecReader.read(contentsOf: Paths.exampleSpec).0

    /// What `generate` would record for the example school's papers on `day`, with made-up digests.
    static func issued(on day: String, digestSeed: String = "a") -> [IssuedDocument] {
        DocumentPlanner.records(for: exampleSchool).map { record in
            IssuedDocument(kind: record.kind, personIDs: record.participantIDs, pairID: record.pairID,
                file: "\(record.kind.folder)/\(record.baseName).docx", day: Self.day(day),
                sha256: SHA256.hex(of: Array((digestSeed + record.baseName).utf8)))
        }
    }
}
