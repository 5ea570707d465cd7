#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A batch of documents made with async/await: at most `jobs` at once, on the tasks of a task
/// group, handed over in the order of the records, with progress after each one.
///
/// Cancelling the task that awaits a batch stops it between documents: no document is started after
/// that, those being rendered are finished and dropped, and `CancellationError` is thrown. When a
/// document fails, no more are started and the first failing record's error is thrown (the same
/// one whatever `jobs` is), after every document before it has been handed over.
extension DocumentMaker {
    /// As many jobs as the machine has cores.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Every document `records` make, in their order: a file per record, or with `merge` a print
    /// file per kind. `progress` is called after each document, on the caller's actor, if any.
    public func documents(for records: [DocumentRecord], jobs: Int = DocumentMaker.defaultJobs,
        isolation: isolated (any Actor)? = #isolation, progress: (BatchProgress) -> Void = { _ in }) async throws -> [RenderedDocument]
    {
        var documents: [RenderedDocument] = []
        try await forEachDocument(for: records, jobs: jobs, progress: progress) { documents.append($0) }
        return documents
    }

    /// Hands each document `records` make to `body` as soon as it and those before it are made, in
    /// the records' order: to write a ZIP or send a response as the batch goes, holding only the few
    /// documents made ahead (at most twice `jobs`), however long the batch. `body` is awaited before
    /// the next document is handed over, and a slow `body` holds the batch back rather than letting
    /// documents pile up; an error it throws ends the batch. `progress` and `body` run on the
    /// caller's actor, if any.
    public func forEachDocument(for records: [DocumentRecord], jobs: Int = DocumentMaker.defaultJobs,
        isolation: isolated (any Actor)? = #isolation, progress: (BatchProgress) -> Void = { _ in },
        _ body: (RenderedDocument) async throws -> Void) async throws
    {
        let outputs = outputs(for: records)
        let jobs = max(1, jobs)
        let aheadLimit = 2 * jobs
        try await withThrowingTaskGroup(of: (Int, Result<RenderedDocument, any Error>).self) { group in
            var started = 0
            var running = 0
            var handedOver = 0
            var failed = false
            var made: [Int: Result<RenderedDocument, any Error>] = [:]
            while true {
                try Task.checkCancellation()
                while let result = made.removeValue(forKey: handedOver) {
                    try await body(try result.get())
                    handedOver += 1
                    progress(BatchProgress(completed: handedOver, total: outputs.count))
                    try Task.checkCancellation()
                }
                if handedOver == outputs.count { return }
                while !failed, started < outputs.count, running < jobs, started - handedOver < aheadLimit {
                    let index = started
                    let output = outputs[index]
                    group.addTask {
                        if Task.isCancelled { return (index, .failure(CancellationError())) }
                        return (index, Result { try self.document(of: output) })
                    }
                    started += 1
                    running += 1
                }
                // Every document before a failed one was started before it, so the loop hands
                // them over or meets an earlier failure before it runs out of tasks.
                guard let (index, result) = try await group.next() else { return }
                running -= 1
                if case .failure = result { failed = true }
                made[index] = result
            }
        }
    }

    /// The documents `records` make, in their order, as an asynchronous sequence; ending the
    /// iteration early (or cancelling its task) stops the batch.
    ///
    /// The batch runs ahead of the consumer and the stream keeps what has not been taken yet; to
    /// keep memory flat under a slow consumer (a slow network), use `forEachDocument`, which waits.
    public func documentStream(for records: [DocumentRecord], jobs: Int = DocumentMaker.defaultJobs)
        -> AsyncThrowingStream<RenderedDocument, any Error>
    {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: RenderedDocument.self)
        let batch = Task {
            do {
                try await forEachDocument(for: records, jobs: jobs) { continuation.yield($0) }
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in batch.cancel() }
        return stream
    }
}
