import DocumentEngine
import MentorDocs
import MentorDocsJournal

/// What the command adds to an error of the library: the option or package that gets past it.
/// The library's messages say what is wrong; only the command knows its options, so the advice
/// is chosen here by the error's kind and printed as `note:` lines after the error.
enum Advice {
    /// The notes for `error`, one a line; none for most errors.
    static func notes(for error: any Error) -> [String] {
        switch error {
        case let error as OutputError: notes(for: error.kind)
        case let error as GenerationError: notes(for: error.kinds)
        case let error as RenderError: notes(for: error.kinds)
        case let error as TextTemplateFailure: notes(for: error.kinds)
        case let error as MarkingError: notes(for: error.kinds)
        case let error as DatabaseError: notes(for: error.kind)
        default: []
        }
    }

    private static func notes(for kind: OutputError.Kind) -> [String] {
        switch kind {
        case .exists: ["use --force to replace files that are there already"]
        case .converterMissing: ["install it with: apt-get install libreoffice-writer-nogui"]
        case .sameTarget, .notAFolder, .notWritable, .conversionFailed: []
        }
    }

    /// Only `fill` and `generate` render, and both take `--allow-missing`.
    private static func notes(for kinds: Set<RenderError.Kind>) -> [String] {
        var notes: [String] = []
        if kinds.contains(.missingValue) { notes.append("--allow-missing prints an empty value where the data has none instead") }
        if kinds.contains(.missingSection) { notes.append("--allow-missing hides a section whose name is not in the data instead") }
        return notes
    }

    private static func notes(for kinds: Set<MarkingError.Kind>) -> [String] {
        var notes: [String] = []
        if kinds.contains(.ambiguous) { notes.append("name the pair with --pair ID, or mark it by the other person's --person ID") }
        if kinds.contains(.neverIssued) { notes.append("make it with: mentordocs generate SPEC --out DIR --person ID") }
        if kinds.contains(.notReturned) { notes.append("mark it --returned first, with the day it came back (--date)") }
        return notes
    }

    private static func notes(for kind: DatabaseError.Kind) -> [String] {
        switch kind {
        case .cannotOpen, .cannotWrite: ["the journal is the file beside the spec; generate --no-journal writes the documents without it"]
        case .notADatabase, .busy, .constraint, .newerSchema, .failed: []
        }
    }
}
