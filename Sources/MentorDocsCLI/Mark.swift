// Public: `CalendarDay` (public in CalendarDays) is made `ExpressibleByArgument` below.
public import ArgumentParser
public import CalendarDays
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MentorDocs
import MentorDocsJournal

struct Mark: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Records that a paper came back signed, or was withdrawn.",
        discussion: """
            Papers: consent (to personal data processing, in whichever form the person's age called \
            for), consent-publication, agreement, mentor-consent, labour-supplement; the name of a \
            template (consent-minor …, see `mentordocs templates list`) stands for its paper too. The \
            day is today unless --date gives another. The marks are written to the journal beside the \
            spec all together, or, if any of them is wrong, none is.

            A consent came back:         mentordocs mark school.spec --person s3 --returned consent
            Two papers, on another day:  mentordocs mark school.spec --person s1 --returned consent,agreement --date 2026-11-19
            A consent was withdrawn:     mentordocs mark school.spec --person s3 --withdrawn consent
            """
    )

    @Argument(help: "The spec file of the school.")
    var spec: String

    @Option(help: ArgumentHelp("The participant whose papers these are (repeatable).", valueName: "id"))
    var person: [String] = []

    @Option(help: ArgumentHelp("Papers that came back signed (repeatable, or separated by commas).", valueName: "paper"))
    var returned: [String] = []

    @Option(help: ArgumentHelp("Consents that were withdrawn (repeatable, or separated by commas).", valueName: "paper"))
    var withdrawn: [String] = []

    @Option(help: ArgumentHelp("The pair or group, when a person has papers of one kind in several.", valueName: "id"))
    var pair: String?

    @Option(help: ArgumentHelp("The day it happened, YYYY-MM-DD or DD.MM.YYYY (default: today).", valueName: "date"))
    var date: CalendarDay?

    func validate() throws {
        if person.isEmpty { throw ValidationError("say whose papers these are with --person ID") }
        if returned.isEmpty && withdrawn.isEmpty { throw ValidationError("say what happened with --returned PAPER or --withdrawn PAPER") }
        for name in Self.names(returned + withdrawn) where PaperKind(name: name) == nil {
            let known = PaperKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("“\(name)” is not a paper to sign; use \(known), or a template's name (consent-minor …)")
        }
    }

    func run() throws {
        let (programme, _) = try loadSpec(spec)
        guard let journal = try failing({ try Journal.existing(at: Journal.path(forSpec: spec)) }) else {
            printError("error: nothing issued yet: run mentordocs generate \(spec) --out DIR first")
            throw ExitStatus.invalidInput
        }
        let day = date ?? .today
        let events = Self.names(returned).map { ($0, PaperEvent.Kind.returned) } + Self.names(withdrawn).map { ($0, .withdrawn) }
        let requests = person.flatMap { id in
            events.map { name, event in
                MarkRequest(personID: id, paper: PaperKind(name: name)!, pairID: pair, event: event, day: day)
            }
        }
        do {
            try journal.mark(requests, in: programme)
        } catch let error as MarkingError {
            printError(error.description)
            for note in Advice.notes(for: error) { printError("note: \(note)") }
            throw ExitStatus.invalidInput
        } catch {
            report(error)
            throw ExitStatus.invalidInput
        }
        for request in requests {
            print("\(request.personID): \(request.paper.rawValue)\(pair.map { " in \($0)" } ?? "") \(request.event.rawValue) on \(day.iso)")
        }
    }

    /// `--returned consent,agreement --returned plan` as one list.
    private static func names(_ options: [String]) -> [String] {
        options.flatMap { $0.split(separator: ",").map { $0.trimmingWhitespace() } }
    }
}

extension CalendarDay: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}
