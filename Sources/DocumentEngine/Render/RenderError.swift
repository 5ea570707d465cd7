/// Why a record could not fill a template: every missing value and failed filter, found in one pass.
///
/// Each problem has its own kind; `kinds` gathers them, so a caller can ask for the missing data
/// (`.missingValue`, `.missingSection`) apart from mistakes that are the template's.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    /// The template's name, as it was compiled.
    public let file: String
    /// Every problem found, in the order of the parts and paragraphs.
    public let problems: [Problem]

    /// The problems of rendering the template `file`.
    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    /// A document whose values were all found, but whose archive could not be written.
    public init(packaging error: ArchiveError) {
        self.init(file: error.file, problems: [Problem(.packagingFailed, part: error.part, error.message)])
    }

    /// The kinds of the problems, each once.
    public var kinds: Set<Kind> { Set(problems.map(\.kind)) }

    public var description: String { problems.map { "\(file): \($0)" }.joined(separator: "\n") }
}

extension RenderError {
    /// One value or section that could not be filled.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// What went wrong.
        public let kind: Kind
        /// The part, when the problem is in one.
        public let part: String?
        /// The tag's place, when the problem is a tag's.
        public let location: TagLocation?
        /// What went wrong, in words for the person who made the template or gave the data.
        public let message: String

        /// A problem of `kind` with the tag at `location`.
        public init(_ kind: Kind, location: TagLocation?, _ message: String) {
            self.kind = kind
            self.part = location?.part
            self.location = location
            self.message = message
        }

        /// A problem of `kind` with a part as a whole (or, without a part, with the document).
        public init(_ kind: Kind, part: String?, _ message: String) {
            self.kind = kind
            self.part = part
            self.location = nil
            self.message = message
        }

        public var description: String {
            if let location { return "\(location): \(message)" }
            if let part { return "\(part): \(message)" }
            return message
        }
    }

    /// Why a value or section could not be filled, named for who can put it right.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The data has nothing at a value's path: ask for the data (or render with `allowMissing`).
        case missingValue
        /// The data has nothing at a section's path: missing data, or a misspelt section name.
        case missingSection
        /// The tag names a filter the renderer's registry does not have.
        case unknownFilter
        /// A filter refused its value or argument; its kind says whose mistake that is.
        case filterFailed(FilterFailure.Kind)
        /// A value tag stands for a group or list, which has no text to print.
        case wrongValueType
        /// The data a chart is bound to does not fit it: not a group of series and categories, a value
        /// that is not a number, more or fewer values than the chart has series.
        case invalidChartData
        /// The filled document could not be written as an archive (memory, libzip).
        case packagingFailed
        /// The filled sheet would have more rows than Excel shows (1,048,576): a list too long for one sheet.
        case tooManyRows
        /// A section over a sheet's columns (`{{#… across}}`) cannot be filled: its list has a different
        /// number of items in different rows (the columns are the sheet's), or the sheet would pass
        /// the 16,384 columns Excel shows.
        case repeatedColumns
    }
}
