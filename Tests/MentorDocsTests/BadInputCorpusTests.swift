import Foundation
import Testing
import TestSupport

/// `Fixtures/bad-inputs`: each broken or hostile template, the command run on it, the exit code
/// and the message it must give; used as a template for `generate`, each leaves no file behind.
@Suite struct BadInputCorpusTests {
    struct Case: CustomStringConvertible, Sendable {
        var file: String
        var command: String
        var exit: Int32
        var message: String
        var description: String { file }
    }

    static let folder = Paths.root + "/Fixtures/bad-inputs"

    static var cases: [Case] {
        let text = (try? String(contentsOfFile: folder + "/cases.tsv", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(file: fields[0], command: fields[1], exit: Int32(fields[2]) ?? -1, message: fields.count > 3 ? fields[3] : "")
        }
    }

    @Test func everyKindIsThere() {
        #expect(Self.cases.count >= 12)
    }

    @Test(arguments: cases)
    func givesItsMessageAndExitCode(_ badCase: Case) throws {
        let result = try Office.run(Paths.tool, [badCase.command, Self.folder + "/" + badCase.file])
        #expect(result.status == badCase.exit, "\(result.error)")
        if badCase.message.isEmpty {
            #expect(result.error.isEmpty, "\(result.error.prefix(400))")
        } else {
            #expect(result.error.contains(badCase.message), "\(result.error.prefix(400))")
        }
    }

    @Test(arguments: cases.filter { $0.exit != 0 })
    func asATemplateForGenerateItLeavesNothing(_ badCase: Case) throws {
        let parent = Paths.temporaryFolder("bad-\(badCase.file)")
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let templates = parent + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.folder + "/" + badCase.file, toPath: templates + "/consent-adult.docx")
        let out = parent + "/documents"
        let result = try Office.run(Paths.tool, ["generate", Paths.exampleSpec, "--no-journal", "--out", out, "--templates", templates, "--only", "consents"])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: out), "no output folder when a template is refused")
    }
}
