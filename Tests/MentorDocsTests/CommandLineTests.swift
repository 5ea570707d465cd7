import Foundation
import Testing
import TestSupport

/// The `mentordocs` command as a secretary meets it: exit codes, one-line errors, nothing left behind.
@Suite struct CommandLineTests {
    @Test func generatesTheExampleSchool() throws {
        let out = Paths.temporaryFolder("cli") + "/documents"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out])
        #expect(result.status == 0, "\(result.error)")
        let files = Paths.files(in: out)
        #expect(files.contains("consents/Кравченко Е.В. — согласие на обработку ПДн.docx"))
        #expect(files.allSatisfy { !$0.hasSuffix(".part") })
        let again = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out])
        #expect(again.status != 0, "existing files are not replaced without --force")
        let forced = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--force", "--format", "odt"])
        #expect(forced.status == 0, "\(forced.error)")
    }

    @Test func aMissingSpecIsOneLineAndLeavesNothing() throws {
        let parent = Paths.temporaryFolder("cli-missing")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let out = parent + "/documents"
        let result = try Office.run(Paths.tool, ["generate", parent + "/no-such.spec", "--out", out])
        #expect(result.status == 1)
        #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
        #expect(result.error.contains("no-such.spec"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aTemplateThatIsNotAZipIsOneLineAndLeavesNothing() throws {
        let parent = Paths.temporaryFolder("cli-badzip")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let templates = parent + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try Data("это не документ".utf8).write(to: URL(fileURLWithPath: templates + "/consent-adult.docx"))
        let out = parent + "/documents"
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--templates", templates])
        #expect(result.status == 1)
        #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
        #expect(result.error.contains("consent-adult.docx") && result.error.contains("not a zip"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func pdfOutputThroughLibreOffice() throws {
        let out = Paths.temporaryFolder("cli-pdf") + "/documents"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--format", "pdf", "--only", "consents", "--person", "t1"])
        #expect(result.status == 0, "\(result.error)")
        #expect(Paths.files(in: out) == ["consents/Кравченко Е.В. — отзыв согласия на обработку ПДн.pdf",
            "consents/Кравченко Е.В. — отзыв согласия на распространение ПДн.pdf", "consents/Кравченко Е.В. — согласие на обработку ПДн.pdf",
            "consents/Кравченко Е.В. — согласие на распространение ПДн.pdf", "manifest.csv"])
    }

    @Test func pdfWithoutLibreOfficeSaysWhatToInstall() throws {
        let out = Paths.temporaryFolder("cli-nopdf") + "/documents"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--format", "pdf"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 3)
        #expect(result.error.contains("apt-get install libreoffice-writer-nogui"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aFailureMidBatchKeepsTheFinishedFilesAndNamesTheRecord() throws {
        let parent = Paths.temporaryFolder("cli-midbatch")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let templates = parent + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        // Only the first adult has an e-mail address: the second record fails.
        try Data(try SampleDocument.docx("{{ person.full_name }}, {{ person.email }}"))
            .write(to: URL(fileURLWithPath: templates + "/consent-adult.docx"))
        let out = parent + "/documents"
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--templates", templates,
            "--only", "consents", "--jobs", "1"])
        #expect(result.status == 1)
        #expect(result.error.contains("consent-adult for t2 (Ильин)"), "\(result.error)")
        #expect(result.error.contains("no data for “person.email”"))
        #expect(!result.error.contains("000002"), "no passport numbers in messages")
        let files = Paths.files(in: out)
        // The first adult's documents were finished before the second failed (one job, in order).
        #expect(files == ["consents/Кравченко Е.В. — отзыв согласия на обработку ПДн.docx",
            "consents/Кравченко Е.В. — отзыв согласия на распространение ПДн.docx", "consents/Кравченко Е.В. — согласие на обработку ПДн.docx",
            "consents/Кравченко Е.В. — согласие на распространение ПДн.docx"], "\(files)")
        let text = try Office.text(of: [out + "/consents/Кравченко Е.В. — согласие на обработку ПДн.docx"]).values.first ?? ""
        #expect(text.contains("kravchenko@school99.example.ru"), "the finished document is whole")
    }

    @Test func filesAreTheOwnersOnlyUnlessModeSaysOtherwise() throws {
        let out = Paths.temporaryFolder("cli-mode")
        defer { try? FileManager.default.removeItem(atPath: out) }
        for (arguments, expected) in [([String](), 0o600), (["--mode", "640"], 0o640)] {
            let folder = out + "/\(expected)"
            let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", folder, "--only", "roadmap"] + arguments)
            #expect(result.status == 0, "\(result.error)")
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/roadmap/Дорожная карта.docx")
            #expect((attributes[.posixPermissions] as? Int) == expected)
        }
    }

    @Test func usageMistakesExitWithTwo() throws {
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", "/tmp/x", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.error.contains("--no-such-option"))
    }
}

/// `bench` on a small school: every case has its figures and its floor, and its folder is gone after.
@Suite struct BenchCommandTests {
    @Test func reportsEveryCaseAndCleansUp() throws {
        let out = Paths.temporaryFolder("bench") + "/run"
        defer { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) }
        let result = try Office.run(Paths.tool, ["bench", "--sizes", "20", "--rows", "50", "--repeats", "2", "--jobs", "2", "--out", out])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "format docx, 2 job(s), \(ProcessInfo.processInfo.activeProcessorCount) cores, fastest of 2 run(s)")
        let cases = lines.dropFirst(2).map { $0.components(separatedBy: " | ") }
        #expect(cases.map { $0[0] } == [
            "agreement, 20 participants", "consent-adult+consent-minor+consent-representative, 20 participants", "plan with 50 rows",
            "class list of 50 rows read from XLSX", "base of 50 mentees written as XLSX",
            "class list of 50 rows read from ODS", "base of 50 mentees written as ODS", "monitoring report, 20 participants, two stages",
        ])
        #expect(cases.allSatisfy { $0.count == 7 && Double($0[2])! > 0 && Double($0[6])! > 0 })
        #expect(cases.map { $0[1] } == ["10", "20", "1", "50", "50", "50", "50", "1"])
        #expect(cases[0][5].hasSuffix("×") && cases.dropFirst(2).allSatisfy { $0[5] == "–" })
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func onlyRunsTheCasesNamed() throws {
        let out = Paths.temporaryFolder("bench-only") + "/run"
        defer { try? FileManager.default.removeItem(atPath: (out as NSString).deletingLastPathComponent) }
        let result = try Office.run(Paths.tool, ["bench", "--only", "mentee-base", "class-list-ods", "--rows", "30", "--repeats", "1", "--out", out])
        #expect(result.status == 0, "\(result.error)")
        let cases = result.output.split(separator: "\n").dropFirst(2).map { $0.components(separatedBy: " | ") }
        #expect(cases.map { $0[0] } == ["base of 30 mentees written as XLSX", "class list of 30 rows read from ODS"])
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func refusesZeroRepeats() throws {
        let result = try Office.run(Paths.tool, ["bench", "--repeats", "0"])
        #expect(result.status != 0)
        #expect(result.error.contains("--repeats"))
    }
}
