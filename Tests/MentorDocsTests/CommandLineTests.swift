import Foundation
import Testing
import TestSupport

/// The `mentordocs` command as a secretary meets it: exit codes, one-line errors, nothing left behind.
@Suite struct CommandLineTests {
    @Test func generatesTheExampleSchool() throws {
        let out = Paths.temporaryFolder("cli") + "/documents"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--out", out])
        #expect(result.status == 0, "\(result.error)")
        let files = Paths.files(in: out)
        #expect(files.contains("consents/Кравченко Е.В. — согласие на обработку ПДн.docx"))
        #expect(files.allSatisfy { !$0.hasSuffix(".part") })
        let again = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--out", out])
        #expect(again.status != 0, "existing files are not replaced without --force")
        let forced = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--out", out, "--force", "--format", "odt"])
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
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--out", out, "--templates", templates])
        #expect(result.status == 1)
        #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
        #expect(result.error.contains("consent-adult.docx") && result.error.contains("not a zip"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func pdfOutputThroughLibreOffice() throws {
        let out = Paths.temporaryFolder("cli-pdf") + "/documents"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--out", out, "--format", "pdf", "--only", "consents", "--person", "t1"])
        #expect(result.status == 0, "\(result.error)")
        #expect(Paths.files(in: out) == ["consents/Кравченко Е.В. — согласие на обработку ПДн.pdf",
            "consents/Кравченко Е.В. — согласие на распространение ПДн.pdf", "manifest.csv"])
    }

    @Test func pdfWithoutLibreOfficeSaysWhatToInstall() throws {
        let out = Paths.temporaryFolder("cli-nopdf") + "/documents"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--out", out, "--format", "pdf"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 3)
        #expect(result.error.contains("apt-get install libreoffice-writer-nogui"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
