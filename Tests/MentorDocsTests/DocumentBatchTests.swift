import DocumentEngine
import Foundation
import Synchronization
import Testing
import TestSupport

@testable import MentorDocs

/// Batches made with async/await: in the records' order whatever the number of jobs, with progress
/// after each document, stopped by cancellation between documents, failing on the first bad record.
@Suite struct DocumentBatchTests {
    let programme: Programme

    init() throws { programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0 }

    /// How many documents were rendered, counted from any thread.
    final class Counter: Sendable {
        private let count = Mutex(0)
        func add() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    /// The records, each counting in `made` how many times its data was built — once per rendering.
    static func counted(_ records: [DocumentRecord], _ made: Counter) -> [DocumentRecord] {
        records.map { record in
            DocumentRecord(kind: record.kind, subject: record.subject, participantIDs: record.participantIDs, pairID: record.pairID,
                baseName: record.baseName) {
                made.add()
                return record.data
            }
        }
    }

    /// The record with data its template cannot be filled with.
    static func broken(_ record: DocumentRecord) -> DocumentRecord {
        DocumentRecord(kind: record.kind, subject: record.subject, participantIDs: record.participantIDs, pairID: record.pairID,
            baseName: record.baseName) { .map([:]) }
    }

    @Test(arguments: [1, 3])
    func documentsComeInTheRecordsOrderWithProgress(jobs: Int) async throws {
        let records = DocumentPlanner.records(for: programme)
        let maker = try DocumentMaker(for: records)
        var progress: [BatchProgress] = []
        let documents = try await maker.documents(for: records, jobs: jobs) { progress.append($0) }
        #expect(documents.map(\.records[0].subject) == records.map(\.subject))
        #expect(documents.map(\.fileName) == records.map { "\($0.kind.folder)/\($0.baseName).\($0.kind.format(besideDocumentsOf: .docx).fileExtension)" })
        #expect(progress.map(\.completed) == Array(1...records.count))
        #expect(progress.allSatisfy { $0.total == records.count })
        #expect(progress.last?.fraction == 1)
        for (document, record) in zip(documents, records) {
            guard !record.kind.isWorkbookOnly else {
                // The answer sheets are workbooks, the same bytes however they are made.
                #expect(document.bytes == (try maker.document(for: record).bytes), "\(record.baseName)")
                continue
            }
            let expected = try RenderedParagraphs.read(try maker.document(for: record).bytes, format: .docx).text
            #expect(try RenderedParagraphs.read(document.bytes, format: .docx).text == expected, "\(record.baseName)")
        }
    }

    @Test func aMergedBatchIsAPrintFilePerKind() async throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.plan, .agreement])
        let documents = try await DocumentMaker(for: records, merge: true).documents(for: records, jobs: 2)
        #expect(documents.map(\.kind) == [.agreement, .plan], "in the order of the kinds")
        #expect(documents.map(\.records.count) == [records.filter { $0.kind == .agreement }.count, records.filter { $0.kind == .plan }.count])
        let plans = try RenderedParagraphs.read(documents[1].bytes, format: .docx).plain
        for pair in programme.pairs { #expect(plans.contains(pair.plan.first?.activity ?? ""), "\(pair.id)") }
    }

    @Test func cancellingBetweenDocumentsStopsTheBatch() async throws {
        let made = Counter()
        let records = Self.counted(DocumentPlanner.records(for: programme), made)
        try #require(records.count > 12)
        let maker = try DocumentMaker(for: records)
        let batch = Task {
            var seen: [Int] = []
            do {
                _ = try await maker.documents(for: records, jobs: 2) { progress in
                    seen.append(progress.completed)
                    if progress.completed == 3 { withUnsafeCurrentTask { $0?.cancel() } }
                }
                return (seen, nil as (any Error)?)
            } catch {
                return (seen, error)
            }
        }
        let (seen, error) = await batch.value
        #expect(error is CancellationError)
        #expect(seen == [1, 2, 3], "nothing handed over after the cancellation")
        // Three handed over, and at most twice the jobs made ahead of them, never the rest.
        #expect(made.value <= 3 + 2 * 2)
    }

    @Test func aBatchCancelledBeforeItStartsMakesNothing() async throws {
        let made = Counter()
        let records = Self.counted(DocumentPlanner.records(for: programme, kinds: [.plan]), made)
        let maker = try DocumentMaker(for: records)
        let batch = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await maker.documents(for: records, jobs: 2) { _ in Issue.record("no progress") }
        }
        await #expect(throws: CancellationError.self) { try await batch.value }
        #expect(made.value == 0)
    }

    @Test func documentsAreHandedOverOneByOneAndTheReceiverCanStopTheBatch() async throws {
        struct Enough: Error {}
        let made = Counter()
        let records = Self.counted(DocumentPlanner.records(for: programme), made)
        let maker = try DocumentMaker(for: records)
        var received: [String] = []
        await #expect(throws: Enough.self) {
            try await maker.forEachDocument(for: records, jobs: 2) { document in
                received.append(document.fileName)
                if received.count == 2 { throw Enough() }
            }
        }
        #expect(received == records.prefix(2).map { "\($0.kind.folder)/\($0.baseName).docx" })
        #expect(made.value <= 2 + 2 * 2)
    }

    @Test(arguments: [1, 4])
    func theFirstFailingRecordIsReportedWhateverTheJobs(jobs: Int) async throws {
        let school = SyntheticSchool.programme(participants: 24)
        var records = DocumentPlanner.records(for: school, kinds: [.consentAdult, .consentMinor, .consentRepresentative])
        try #require(records.count >= 12)
        records[2] = Self.broken(records[2])
        records[4] = Self.broken(records[4])
        let made = Counter()
        records = Self.counted(records, made)
        let maker = try DocumentMaker(for: records)
        var received: [String] = []
        let error = try await #require(throws: GenerationError.self) {
            try await maker.forEachDocument(for: records, jobs: jobs) { received.append($0.records[0].subject) }
        }
        #expect(error.subject == records[2].subject)
        #expect(received == records.prefix(2).map(\.subject), "every document before the failing one is handed over")
        #expect(made.value <= 2 + 2 * jobs, "none started after the failure was seen")
    }

    @Test func theStreamYieldsTheDocumentsInOrder() async throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.agreement, .plan])
        let maker = try DocumentMaker(for: records)
        var names: [String] = []
        for try await document in maker.documentStream(for: records, jobs: 3) { names.append(document.fileName) }
        #expect(names == records.map { "\($0.kind.folder)/\($0.baseName).docx" })
    }

    @Test func leavingTheStreamEarlyStopsTheBatch() async throws {
        let made = Counter()
        let records = Self.counted(DocumentPlanner.records(for: programme), made)
        let maker = try DocumentMaker(for: records)
        for try await document in maker.documentStream(for: records, jobs: 1) {
            #expect(document.fileName.hasPrefix(records[0].kind.folder))
            break
        }
        // The batch is cancelled when the stream ends; give it a moment to stop.
        var previous = -1
        while made.value != previous {
            previous = made.value
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(previous < records.count, "the batch stopped before making every document")
    }

    @Test func aBatchOfNothingIsEmpty() async throws {
        let maker = try DocumentMaker(kinds: [DocumentKind]())
        var progress: [BatchProgress] = []
        #expect(try await maker.documents(for: []) { progress.append($0) }.isEmpty)
        #expect(progress.isEmpty)
        #expect(BatchProgress(completed: 0, total: 0).fraction == 1)
    }
}
