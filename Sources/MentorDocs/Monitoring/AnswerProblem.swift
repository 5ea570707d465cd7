/// Something wrong in an answer sheet, at its row and, for a value, its column:
/// `answers.csv:7:4: error: “11” is not a mark from 1 to 10 (question “meetings-mentee”)`. It never
/// quotes a name or an answer in words.
public struct AnswerProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// An error stops the answers from being kept; a warning does not.
    public enum Severity: String, Sendable {
        /// `error`: nothing of the files is kept until it is fixed; `warning`: something is left out.
        case error, warning
    }

    /// The file, as the command line named it.
    public var file: String
    /// The row, counting from 1 as the spreadsheet does (the header is row 1 of a CSV file); nil for the whole file.
    public var row: Int?
    /// The column, counting from 1; nil for a whole row.
    public var column: Int?
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, in English: what the command line prints.
    public var message: String
    /// The same in Russian, saying what to do: what the web page shows.
    public var russianMessage: String

    /// A problem of `file` at `row` and `column`, said in English (`message`) and in Russian (`russian`).
    public init(file: String, row: Int? = nil, column: Int? = nil, severity: Severity = .error, _ message: String, russian: String) {
        self.file = file
        self.row = row
        self.column = column
        self.severity = severity
        self.message = message
        self.russianMessage = russian
    }

    /// `answers.csv:7:4`, `answers.csv:3` or `answers.csv`.
    public var place: String { ([file] + [row, column].compactMap { $0.map(String.init) }).joined(separator: ":") }

    public var description: String { "\(place): \(severity.rawValue): \(message)" }
}

/// Every problem of the answer sheets read, when one of them is an error.
public struct AnswerImportError: Error, Sendable, CustomStringConvertible {
    /// The problems, errors and warnings, in the order found.
    public var problems: [AnswerProblem]

    /// The problems of one reading.
    public init(problems: [AnswerProblem]) { self.problems = problems }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
