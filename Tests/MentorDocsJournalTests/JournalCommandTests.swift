import Foundation
import Testing
import TestSupport

/// `generate`, `status` and `mark` as a secretary runs them, on a copy of the example school.
@Suite struct JournalCommandTests {
    /// The example spec copied into a folder of its own: the journal is made beside it, never in Fixtures.
    struct School {
        let folder: String
        var spec: String { folder + "/school.spec" }
        var journal: String { folder + "/school.journal.sqlite" }
        var out: String { folder + "/documents" }

        init(_ name: String) throws {
            folder = Paths.temporaryFolder("journal-cli-\(name)")
            try FileManager.default.copyItem(atPath: Paths.exampleSpec, toPath: folder + "/school.spec")
        }

        func run(_ arguments: String...) throws -> (status: Int32, output: String, error: String) {
            try Office.run(Paths.tool, [arguments[0], spec] + arguments.dropFirst())
        }

        func remove() { try? FileManager.default.removeItem(atPath: folder) }
    }

    static var today: String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    @Test func beforeGenerateStatusSaysSoAndMakesNoJournal() throws {
        let school = try School("empty")
        defer { school.remove() }
        let result = try school.run("status")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("nothing issued yet: run mentordocs generate"))
        #expect(!FileManager.default.fileExists(atPath: school.journal))
        let mark = try school.run("mark", "--person", "s3", "--returned", "consent")
        #expect(mark.status == 1 && mark.error.contains("nothing issued yet"))
        #expect(!FileManager.default.fileExists(atPath: school.journal))
    }

    @Test func generateRecordsAndStatusAndMarkFollow() throws {
        let school = try School("flow")
        defer { school.remove() }
        let generated = try school.run("generate", "--out", school.out, "--only", "consents", "agreements")
        #expect(generated.status == 0, "\(generated.error)")
        #expect(generated.output.contains("recorded in the journal \(school.journal)"))
        let mode = try FileManager.default.attributesOfItem(atPath: school.journal)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let status = try school.run("status")
        #expect(status.status == 0, "\(status.error)")
        let lines = status.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "10 «А» класс")
        #expect(lines.contains { $0.hasPrefix("s1  Белова Д.С.  consent ") && $0.contains(Self.today) && $0.hasSuffix("missing") })
        #expect(lines.contains { $0.contains("agreement p2 with Лебедев Л.Р.") })
        #expect(lines.contains("without a class"))
        #expect(lines.last == "15 paper(s): 0 returned, 15 missing, 0 withdrawn, 0 not issued")
        #expect(!status.output.contains("000011"), "names from the spec, nothing more of it")

        let marked = try school.run("mark", "--person", "s3", "--returned", "consent,agreement", "--date", "19.12.2099")
        #expect(marked.status == 0, "\(marked.error)")
        #expect(marked.output == "s3: consent returned on 2099-12-19\ns3: agreement returned on 2099-12-19\n")
        let pair = try school.run("status", "--pair", "p2")
        #expect(pair.output.contains("pair p2 (ученик – ученик)"))
        #expect(pair.output.split(separator: "\n").contains { $0.hasPrefix("s3  Лебедев Л.Р.  consent ") && $0.contains("2099-12-19") && $0.hasSuffix("returned") })
        #expect(pair.output.hasSuffix("4 paper(s): 2 returned, 2 missing, 0 withdrawn, 0 not issued\n"), "s1's agreement is s3's: back too")

        let withdrawn = try school.run("mark", "--person", "s3", "--withdrawn", "consent-representative", "--date", "2099-12-20")
        #expect(withdrawn.status == 0, "\(withdrawn.error)")
        let missing = try school.run("status", "--class", "6 «В» класс", "--missing")
        #expect(missing.status == 0)
        #expect(!missing.output.contains("Лебедев"), "s3 owes nothing now")
        #expect(missing.output.contains("s4  Орлова В.Д.  consent"))
        #expect(missing.output.hasSuffix("2 paper(s): 0 returned, 2 missing, 0 withdrawn, 0 not issued\n"))
    }

    @Test func wrongMarksAreErrorsNamingWhatIsWrong() throws {
        let school = try School("errors")
        defer { school.remove() }
        #expect(try school.run("generate", "--out", school.out, "--only", "consents", "--person", "s1", "--person", "s3").status == 0)
        let unknownPerson = try school.run("mark", "--person", "s9", "--returned", "consent")
        #expect(unknownPerson.status == 1)
        #expect(unknownPerson.error.contains("“s9”"))
        let unknownKind = try school.run("mark", "--person", "s3", "--returned", "consnt")
        #expect(unknownKind.status == 2)
        #expect(unknownKind.error.contains("“consnt” is not a paper to sign"))
        let notIssued = try school.run("mark", "--person", "s4", "--returned", "consent")
        #expect(notIssued.status == 1)
        #expect(notIssued.error.contains("school.spec:") && notIssued.error.contains("s4: the consent has never been issued"))
        let notMade = try school.run("mark", "--person", "s3", "--returned", "consent-publication")
        #expect(notMade.status == 1 && notMade.error.contains("no consent-publication is made for s3"))
        let status = try school.run("status", "--class", "9 «Б» класс")
        #expect(status.output.contains("not issued"))
        let unknownClass = try school.run("status", "--class", "11 «Я» класс")
        #expect(unknownClass.status == 1 && unknownClass.error.contains("“9 «Б» класс”"))
    }

    @Test func noJournalMeansNoFile() throws {
        let school = try School("nojournal")
        defer { school.remove() }
        let result = try school.run("generate", "--out", school.out, "--only", "roadmap", "--no-journal")
        #expect(result.status == 0, "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: school.journal))
    }
}
