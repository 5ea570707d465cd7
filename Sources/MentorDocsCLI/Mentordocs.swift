#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import MentorDocs

@main
struct Mentordocs: AsyncParsableCommand {
    /// Runs the command; a mistake on the command line exits with 2, as README says.
    static func main() async {
        Allocator.tuneForBatches()
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                terminate(2)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "mentordocs",
        abstract: "Makes the paperwork of a school's mentoring programme from one spec file.",
        discussion: """
            A school keeps one spec: the organisation, its director and curator, the programme year, \
            every participant and every mentoring pair. mentordocs fills the built-in DOCX and ODT \
            templates from it, with names in the right grammatical case.

            Start with:  mentordocs generate Fixtures/example-school.spec --out documents
            """,
        version: "0.1.0",
        subcommands: [Init.self, Generate.self, Status.self, Mark.self, Check.self, Serve.self, Import.self, MonitoringCommand.self, Fill.self, Inspect.self, TemplatesCommand.self, Decline.self, Bench.self]
    )
}
