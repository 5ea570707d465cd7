#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A line of plain text with tags, such as a file name pattern: `{{ surname }} {{ id }}`.
/// Values only: sections belong in documents.
public struct TextTemplate: Sendable {
    private enum Piece: Sendable {
        case literal(String)
        case value(Expression, source: String)
    }

    private let pieces: [Piece]
    private let filters: FilterRegistry

    /// Reads the tags of `text` and checks their filters against `filters`; the error lists every problem.
    public init(_ text: String, filters: FilterRegistry = .standard) throws(TemplateError) {
        var pieces: [Piece] = []
        var problems: [TemplateProblem] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            pieces.append(.literal(String(rest[..<open.lowerBound])))
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else {
                problems.append(TemplateProblem(.unclosedTag, "the tag “\(rest[open.lowerBound...])” is not closed with }}"))
                rest = ""
                break
            }
            let source = String(rest[open.lowerBound..<close.upperBound])
            do throws(TagSyntaxError) {
                guard case .value(let expression) = try TagParser.parse(source) else {
                    throw TagSyntaxError(.sectionNotAllowed, "only values may be used here, not sections")
                }
                for call in expression.filters where filters[call.name] == nil {
                    problems.append(TemplateProblem(.unknownFilter, "unknown filter “\(call.name)” in “\(source)”"))
                }
                pieces.append(.value(expression, source: source))
            } catch {
                problems.append(TemplateProblem(.syntax(error.kind), "malformed tag “\(source)”: \(error.message)"))
            }
            rest = rest[close.upperBound...]
        }
        pieces.append(.literal(String(rest)))
        guard problems.isEmpty else { throw TemplateError(file: "“\(text)”", problems: problems) }
        self.pieces = pieces
        self.filters = filters
    }

    /// The text for `data`, or the problems (missing values, failed filters) in one message each.
    public func render(_ data: TemplateValue, options: RenderOptions = RenderOptions()) -> Result<String, TextTemplateFailure> {
        render(scope: RenderScope(root: data), options: options)
    }

    /// The text for one item of a list, the rest of the data still reachable.
    public func render(item: TemplateValue, of root: TemplateValue, index: Int, count: Int, options: RenderOptions = RenderOptions())
        -> Result<String, TextTemplateFailure>
    {
        render(scope: RenderScope(root: root, item: item, index: index, count: count), options: options)
    }

    private func render(scope: RenderScope, options: RenderOptions) -> Result<String, TextTemplateFailure> {
        let context = scope.context
        let evaluator = ExpressionEvaluator(filters: filters, options: options)
        var result = ""
        var problems: [RenderError.Problem] = []
        for piece in pieces {
            switch piece {
            case .literal(let text): result += text
            case .value(let expression, let source):
                switch evaluator.evaluate(expression, source: source, in: context) {
                case .text(let text): result += text
                case .problem(let kind, let message): problems.append(RenderError.Problem(kind, part: nil, message))
                }
            }
        }
        return problems.isEmpty ? .success(result) : .failure(TextTemplateFailure(problems: problems))
    }
}

/// Why a line of text could not be filled: its missing values and failed filters.
public struct TextTemplateFailure: Error, Sendable, CustomStringConvertible {
    /// Every problem, in the order of the tags; they have no place but the line itself.
    public let problems: [RenderError.Problem]

    /// The problems of filling one line.
    public init(problems: [RenderError.Problem]) { self.problems = problems }

    /// The problems' messages, in order.
    public var messages: [String] { problems.map(\.message) }

    /// The kinds of the problems, each once.
    public var kinds: Set<RenderError.Kind> { Set(problems.map(\.kind)) }

    public var description: String { messages.joined(separator: "; ") }
}
