/// Where a tag finds its value: `org.name`, `mentees.1.full_name`, `.` (the current item), `@index`.
public struct DataPath: Hashable, Sendable, CustomStringConvertible {
    public enum Segment: Hashable, Sendable {
        case key(FieldName)
        /// A list position counted from 1, like `@index`.
        case position(Int)
        /// Loop metadata: `@index`, `@first`, `@last`, `@count`.
        case loop(String)
    }

    /// Empty for `.`, the current item.
    public var segments: [Segment]

    public init(_ segments: [Segment]) { self.segments = segments }

    public var isCurrentItem: Bool { segments.isEmpty }

    public var description: String {
        guard !segments.isEmpty else { return "." }
        return segments.map { segment in
            switch segment {
            case .key(let name): name.text
            case .position(let position): String(position)
            case .loop(let name): "@" + name
            }
        }.joined(separator: ".")
    }

    public static let loopVariables: Set<String> = ["index", "first", "last", "count"]
}

extension DataPath {
    /// Reads a path as it is written in a tag: `pairs`, `school.classes`.
    public init(parsing text: String) throws(TagSyntaxError) {
        guard case .value(let expression) = try TagParser.parse("{{\(text)}}"), expression.filters.isEmpty else {
            throw TagSyntaxError(.invalidPath, "“\(text)” is not a data path")
        }
        self = expression.path
    }
}
