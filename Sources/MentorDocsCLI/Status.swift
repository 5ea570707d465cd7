import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
            An edited journal of consents: mentordocs status school.spec --read-journal registers.xlsx

            --read-journal reads the journal of consents (the «Согласия» sheet of the registers, \
            made by generate --only registers --format xlsx) after the secretary has typed in it: \
            each day in the columns of return and withdrawal that the journal lacks is recorded, \
            all in one transaction; a day that differs from the journal's, an unknown id or a day \
            that is not a date is listed with its cell (file:sheet:row:column) and not applied, \
            and the command exits with 1.
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

    @Option(help: ArgumentHelp("An edited journal of consents (XLSX or ODS) whose typed days are recorded first.", valueName: "file"))
    var readJournal: String?

    func validate() throws {
        if className != nil && pair != nil { throw ValidationError("give --class or --pair, not both") }
    }

    func run() throws {
        let (programme, _) = try loadSpec(spec)
        guard let journal = try failing({ try Journal.existing(at: Journal.path(forSpec: spec)) }) else {
            if let readJournal {
                printError("error: \(readJournal): nothing issued yet, so nothing to record; run mentordocs generate \(spec) --out DIR first")
                throw ExitStatus.invalidInput
            }
            print("nothing issued yet: run mentordocs generate \(spec) --out DIR")
            return
        }
        let unapplied = try readJournal.map { try read(journalSheet: $0, into: journal, programme: programme) } ?? 0
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
        if unapplied > 0 {
            printError("\(unapplied) day(s) typed in \(readJournal ?? "") were not applied; see above")
            throw ExitStatus.invalidInput
        }
    }

    /// Records the days typed in the journal of consents at `path`; prints what was recorded and
    /// what was not, and returns how many were not.
    private func read(journalSheet path: String, into journal: Journal, programme: Programme) throws -> Int {
        let reading = try failing {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw WorkbookError(.notASpreadsheet, file: path, "cannot read the file")
            }
            let sheet = try ConsentSheet(try WorkbookReader.read(bytes: [UInt8](data), file: path))
            return try journal.readBack(sheet, in: programme)
        }
        for applied in reading.applied {
            let request = applied.request
            print("\(applied.place): \(request.personID)'s \(request.paper.rawValue) \(request.event.rawValue) on \(request.day.iso)")
        }
        print("\(path): \(reading.applied.count) day(s) recorded, \(reading.alreadyKnown) in the journal already, \(reading.notApplied.count) not applied")
        for problem in reading.notApplied { printError(problem.description) }
        print("")
        return reading.notApplied.count
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
