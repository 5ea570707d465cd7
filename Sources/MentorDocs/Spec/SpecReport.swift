public import SpecSyntax

/// A spec as `check` sees it: every problem found, and the programme when the text could be read
/// into one. Unlike `SpecReader.read`, a report keeps the programme when validation finds errors in
/// it, so a page can show the school and its problems side by side; only a programme without errors
/// makes documents.
public struct SpecReport: Sendable {
    /// The programme the spec describes; nil when the file cannot be read or parsed, or lacks what
    /// a programme needs (an organisation, the programme's dates).
    public var programme: Programme?
    /// Every error and warning, with its place.
    public var diagnostics: [SpecDiagnostic]

    /// A report of `programme` with `diagnostics`.
    public init(programme: Programme?, diagnostics: [SpecDiagnostic]) {
        self.programme = programme
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error: then no document is made.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
