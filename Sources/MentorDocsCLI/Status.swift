import ArgumentParser
import MentorDocs
import MentorDocsJournal

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows which consents and agreements have come back signed.",
        discussion: """
            Reads the journal beside the spec (school.spec → school.journal.sqlite), which `generate` \
            fills and `mark` updates, and prints a table per class of students, then one for everyone \
            without a class; with --pair, the pair's mentor and mentees. For each person, each paper \
            to sign: the day it was issued, came back, was withdrawn, and where it stands: returned, \
            missing, withdrawn, or not issued (the spec makes it, but it has not been generated). \
            Names come from the spec; the journal holds ids only.

            Who still owes a paper:      mentordocs status school.spec --missing
            One class:                   mentordocs status school.spec --class "10 «А» класс"
            One pair or group:           mentordocs status school.spec --pair p1
            """
    )

    @Argument(help: "The spec file of the school.")
    var spec: String

    @Option(name: .customLong("class"), help: ArgumentHelp("Only the students of this class, as the spec writes it.", valueName: "class"))
    var className: String?

    @Option(help: ArgumentHelp("Only this pair or group: its people, their consents and this pair's papers.", valueName: "id"))
    var pair: String?

    @Flag(help: "Only the papers still to come back: missing, or not issued yet.")
    var missing = false

    func validate() throws {
        if className != nil && pair != nil { throw ValidationError("give --class or --pair, not both") }
    }

    func run() throws {
        let (programme, _) = try loadSpec(spec)
        guard let journal = try failing({ try Journal.existing(at: Journal.path(forSpec: spec)) }) else {
            print("nothing issued yet: run mentordocs generate \(spec) --out DIR")
            return
        }
        let report = SignedPapersReport(programme: programme, papers: try failing { try journal.papers() })
        var tables = try selectedTables(of: report)
        if missing { tables = tables.map { $0.outstanding() }.filter { !$0.people.isEmpty } }
        let text = StatusTableText(programme: programme)
        for (index, table) in tables.enumerated() {
            if index > 0 { print("") }
            print(text.render(table))
        }
        if tables.isEmpty { print(missing ? "nothing to come back: every paper issued is returned or withdrawn" : "no one to show") }
        if className == nil && pair == nil && !report.strangers.isEmpty {
            print("")
            print(text.renderStrangers(report.strangers))
        }
        print("")
        for line in text.summary(of: tables) { print(line) }
    }

    private func selectedTables(of report: SignedPapersReport) throws -> [PapersTable] {
        if let className {
            guard let table = report.table(forClass: className) else {
                printError("error: --class \(className): no student of \(spec) is in this class; its classes: "
                    + report.classes.map { "“\($0)”" }.joined(separator: ", "))
                throw ExitStatus.invalidInput
            }
            return [table]
        }
        if let pair {
            guard let table = report.table(forPair: pair) else {
                printError("error: --pair \(pair): there is no pair or group with this id in \(spec)")
                throw ExitStatus.invalidInput
            }
            return [table]
        }
        return report.tablesByClass()
    }
}
