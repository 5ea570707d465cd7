/// Where a tag finds its value: `org.name`, `mentees.1.full_name`, `.` (the current item), `@index`.
public struct DataPath: Hashable, Sendable, CustomStringConvertible {
    /// One step of a path: a name, a position in a list, or loop metadata.
    public enum Segment: Hashable, Sendable {
        /// A field of a group: `full_name` in `mentor.full_name`.
        case key(FieldName)
        /// A list position counted from 1, like `@index`.
        case position(Int)
        /// Loop metadata: `@index`, `@first`, `@last`, `@count`.
        case loop(String)
    }

    /// Empty for `.`, the current item.
    public var segments: [Segment]

    /// The path of these steps; no steps is `.`, the current item.
    public init(_ segments: [Segment]) { self.segments = segments }

    /// Whether the path is `.`: the item of the innermost loop itself.
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

    /// The names that may follow `@`: `index`, `first`, `last`, `count`.
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
