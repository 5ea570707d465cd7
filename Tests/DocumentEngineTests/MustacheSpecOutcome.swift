import DocumentEngine

/// What the engine makes of one spec case: the filled document's paragraphs, or the error it gives.
enum MustacheSpecOutcome: Equatable, CustomStringConvertible {
    case paragraphs([String])
    case templateError(String)
    case renderError(String)

    static func of(_ specCase: MustacheSpecCase, format: DocumentFormat, allowMissing: Bool) throws -> MustacheSpecOutcome {
        let bytes = try MustacheSpecDocument.template(MustacheLines.paragraphs(of: specCase.template), format: format)
        let template: CompiledTemplate
        do { template = try CompiledTemplate.compile(bytes: bytes, file: "spec") } catch {
            return .templateError(error.description)
        }
        let output: [UInt8]
        do {
            output = try DocumentRenderer(template).render(specCase.data, options: RenderOptions(allowMissing: allowMissing))
        } catch let error as RenderError {
            return .renderError(error.description)
        }
        return .paragraphs(try MustacheSpecDocument.paragraphs(ofFilled: output, format: format))
    }

    var description: String {
        switch self {
        case .paragraphs(let paragraphs): "paragraphs \(paragraphs)"
        case .templateError(let message): "template error: \(message)"
        case .renderError(let message): "render error: \(message)"
        }
    }
}
