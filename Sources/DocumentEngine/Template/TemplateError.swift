/// Everything wrong with a template, found in one pass.
///
/// Each problem has its own kind; `kinds` gathers them, so a caller can tell a hostile upload
/// (`.archive(.zipBomb)`) from a misspelt filter without reading the messages.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// The template's name, as the caller gave it.
    public let file: String
    /// Every problem found, in the order of the parts and paragraphs.
    public let problems: [TemplateProblem]

    /// The problems of the template `file`.
    public init(file: String, problems: [TemplateProblem]) {
        self.file = file
        self.problems = problems
    }

    /// A template refused because its archive is.
    public init(_ error: ArchiveError) {
        self.init(file: error.file, problems: [TemplateProblem(.archive(error.kind), part: error.part, error.message)])
    }

    /// The kinds of the problems, each once.
    public var kinds: Set<TemplateProblem.Kind> { Set(problems.map(\.kind)) }

    /// How many problems the description lists; a template broken a thousand times over is
    /// better told by its first problems and a count than by a screenful per problem.
    public static let problemsListed = 100

    public var description: String {
        var lines = problems.prefix(Self.problemsListed).map { "\(file): \($0)" }
        if problems.count > Self.problemsListed {
            lines.append("\(file): … and \(problems.count - Self.problemsListed) more problems; the first \(Self.problemsListed) are shown")
        }
        return lines.joined(separator: "\n")
    }
}
