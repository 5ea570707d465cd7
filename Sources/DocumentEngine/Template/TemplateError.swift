/// Where in a template a tag stands, in words a person can follow in their editor.
public struct TagLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The XML part: `word/document.xml`, `word/header1.xml`, `content.xml`.
    public var part: String
    /// The paragraph's number within the part, counting from 1.
    public var paragraph: Int
    /// The paragraph's text around the tag.
    public var excerpt: String

    public var description: String { "\(part), paragraph \(paragraph) («\(excerpt)»)" }
}

/// One thing wrong with a template.
public struct TemplateProblem: Sendable, Equatable, CustomStringConvertible {
    public var part: String?
    public var location: TagLocation?
    public var message: String

    public init(part: String? = nil, location: TagLocation? = nil, _ message: String) {
        self.part = location?.part ?? part
        self.location = location
        self.message = message
    }

    public var description: String {
        if let location { return "\(location): \(message)" }
        if let part { return "\(part): \(message)" }
        return message
    }
}

/// Everything wrong with a template, found in one pass.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [TemplateProblem]

    public init(file: String, problems: [TemplateProblem]) {
        self.file = file
        self.problems = problems
    }

    public init(_ error: ArchiveError) {
        self.init(file: error.file, problems: [TemplateProblem(part: error.part, error.message)])
    }

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
