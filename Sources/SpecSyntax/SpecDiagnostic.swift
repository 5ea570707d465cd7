/// One problem found in a spec, said the way compilers say them: `file:line:col: error: message`.
public struct SpecDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable {
        /// `error`: the spec cannot be used until it is fixed; `warning`: it can, but something may be
        /// missing or mistyped.
        case error, warning
    }

    /// What kind of problem it is: the file's, its text's, or its content's.
    public let kind: Kind
    /// Where it is.
    public let location: SourceLocation
    /// An error stops the spec from being used; a warning does not.
    public let severity: Severity
    /// What is wrong, in English: what the command line prints.
    public let message: String
    /// The same, in Russian, as a careful civil servant would write it: what the web page shows. Made
    /// at the same place and from the same values as `message`, so neither can be missing.
    public let russianMessage: String

    /// A diagnostic of `kind` at `location`, said in English (`message`) and in Russian (`russian`).
    public init(_ kind: Kind, location: SourceLocation, severity: Severity = .error, message: String, russian: String) {
        self.kind = kind
        self.location = location
        self.severity = severity
        self.message = message
        self.russianMessage = russian
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

extension SpecDiagnostic {
    /// What kind of problem a spec (or CSV, or data file) has, named for what fixes it.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The file cannot be read: missing, not a regular file, not readable.
        case unreadable
        /// The bytes are not UTF-8 text: invalid UTF-8, a NUL byte, a byte-order mark mid-file.
        /// Saving the file again as UTF-8 text fixes it.
        case encoding
        /// The text is not in the spec syntax (or CSV): indentation, quotes, brackets, duplicate
        /// keys, unsupported YAML, over-long lines, too deep nesting.
        case syntax
        /// The text parses, but what it says is wrong or incomplete: a required field missing, a
        /// date that does not exist, an unknown id, a minor without a representative.
        case validation
    }
}

/// Every problem found in one pass over a file.
///
/// Each diagnostic has its own kind; `kinds` gathers those of the errors.
public struct SpecSyntaxError: Error, Sendable, CustomStringConvertible {
    /// The errors and warnings, in the order found.
    public let diagnostics: [SpecDiagnostic]

    /// The problems of one file.
    public init(diagnostics: [SpecDiagnostic]) { self.diagnostics = diagnostics }

    /// The kinds of the errors (not the warnings), each once.
    public var kinds: Set<SpecDiagnostic.Kind> { Set(diagnostics.filter { $0.severity == .error }.map(\.kind)) }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
