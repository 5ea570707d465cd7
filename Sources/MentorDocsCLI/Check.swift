import ArgumentParser
import MentorDocs

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a spec and lists every problem with its line and column.",
        discussion: """
            Problems are printed the way compilers print them, `file:line:col: error: …`, so an editor \
            can jump to each. Errors (a pair naming someone who is not there, a minor without a parent \
            or legal representative, a date that does not exist…) stop `generate`; warnings name what a \
            document will print as a blank line. The exit status is 1 when there is any error.
            """
    )

    @Argument(help: "The spec file to check.")
    var spec: String

    func run() throws {
        let (programme, warnings) = try loadSpec(spec)
        for warning in warnings { print(warning.description) }
        print("\(spec): \(programme.participants.count) participant(s), \(programme.pairs.count) pair(s) or group(s), \(warnings.count) warning(s), no errors")
    }
}
