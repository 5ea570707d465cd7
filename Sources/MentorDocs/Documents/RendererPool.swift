import DocumentEngine
import Synchronization

/// Renderers of compiled templates lent to one caller at a time, so that any number of threads or
/// tasks can render at once while each renderer — which is not thread-safe — is used by one of them
/// only. A renderer given back is lent again, with its filter results from earlier documents; there
/// are never more of a kind than were rendering at once.
final class RendererPool: @unchecked Sendable {
    private let templates: [DocumentKind: CompiledTemplate]
    /// Guards `idle`; a renderer taken out of it belongs to its borrower alone until given back.
    private let lock = Mutex(())
    private var idle: [DocumentKind: [DocumentRenderer]] = [:]

    init(templates: [DocumentKind: CompiledTemplate]) { self.templates = templates }

    /// Runs `body` with a renderer of `kind`'s template that nothing else uses meanwhile; nil when
    /// there is no template of that kind.
    func withRenderer<Result>(of kind: DocumentKind, _ body: (DocumentRenderer) throws -> Result) throws -> Result? {
        guard let template = templates[kind] else { return nil }
        let renderer = try lock.withLock { _ in idle[kind]?.popLast() } ?? DocumentRenderer(template, filters: .mentordocs)
        defer { lock.withLock { _ in idle[kind, default: []].append(renderer) } }
        return try body(renderer)
    }
}
