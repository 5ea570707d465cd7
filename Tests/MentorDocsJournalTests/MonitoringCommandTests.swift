import DocumentEngine
import Foundation
import MentorDocs
import MentorDocsJournal
import Testing
import TestSupport

/// `mentordocs monitoring` as the curator meets it: the answers of the two stages read into the journal,
/// the report written, opened by LibreOffice and valid; bad answers refused with their places, nothing kept.
@Suite struct MonitoringCommandTests {
    private func school(_ name: String) throws -> (folder: String, spec: String) {
        let folder = Paths.temporaryFolder(name)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let spec = folder + "/school.spec"
        try FileManager.default.copyItem(atPath: Paths.exampleSpec, toPath: spec)
        return (folder, spec)
    }

    private let answers = Paths.root + "/Fixtures/example-answers/"

    @Test(arguments: [DocumentFormat.docx, .odt])
    func theTwoStagesAreReadAndTheReportWritten(format: DocumentFormat) throws {
        let (folder, spec) = try school("monitoring-cli-\(format.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let entry = try Office.run(Paths.tool, ["monitoring", spec, "--answers", answers + "entry.csv", "--stage", "entry"])
        #expect(entry.status == 0, "\(entry.error)")
        #expect(entry.output.contains("answers of 7 respondent(s) read: 7 «на входе», 0 «на выходе»"))
        let report = folder + "/report.\(format.fileExtension)"
        for _ in 1...2 {
            // Read twice: the second reading replaces the first.
            let exit = try Office.run(Paths.tool, ["monitoring", spec, "--answers", answers + "exit.csv", "--stage", "exit", "--out", report, "--force"])
            #expect(exit.status == 0, "\(exit.error)")
        }
        let journal = try #require(try Journal.existing(at: folder + "/school.journal.sqlite"))
        let kept = try journal.responses()
        #expect(kept.count == 14)
        #expect(Set(kept.map(\.stage)) == [.entry, .exit])

        let text = try #require(try Office.text(of: [report]).values.first)
        let plain = Office.folded(text)
        #expect(plain.contains("Анкеты вернули 7 из 7 участников программы."))
        #expect(plain.contains("Я знаю, какую профессию хочу выбрать."))
        #expect(plain.contains("слишком мало ответов для проверки"))
        #expect(plain.contains("Побывал на предприятии и выбрал направление."))
        #expect(!plain.contains("Шевчук"), "answers in words are listed without names")

        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: report)))
        let template = try TemplateSource().bytes(for: .monitoringReport, format: format).bytes
        let added = try SchemaValidator.newViolations(of: bytes, beyond: SchemaValidator.violations(of: template))
        #expect(added.isEmpty, "\(added)")
    }

    /// `--templates DIR` with a `questions.spec` in it (where the web page keeps the school's catalogue)
    /// asks its questions in `generate` and reads them in `monitoring`, without `--questions`.
    @Test func theTemplatesFoldersQuestionsAreAskedWithoutQuestionsOption() throws {
        let (folder, spec) = try school("monitoring-cli-templates-questions")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let templates = folder + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        try "blocks:\n  - { id: club, title: Клуб }\nquestions:\n  - { id: club-fun, block: club, text: Интересно ли в клубе?, answer: scale }\n"
            .write(toFile: templates + "/questions.spec", atomically: true, encoding: .utf8)
        let made = try Office.run(Paths.tool, ["generate", spec, "--out", folder + "/out", "--only", "questionnaires", "--format", "xlsx",
            "--templates", templates, "--no-journal"])
        #expect(made.status == 0, "\(made.error)")
        let sheet = folder + "/out/questionnaires/Лист ответов на анкеты мониторинга на входе.xlsx"
        let header = try WorkbookReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: sheet))), file: sheet).sheets[0].rows[0]
        #expect(header.cells.map(\.text).last == "Интересно ли в клубе?")
        let answers = folder + "/answers.csv"
        try "id,Этап,club-fun\ns3,на входе,8\n".write(toFile: answers, atomically: true, encoding: .utf8)
        let read = try Office.run(Paths.tool, ["monitoring", spec, "--answers", answers, "--templates", templates])
        #expect(read.status == 0, "\(read.error)")
        #expect(try Journal.existing(at: folder + "/school.journal.sqlite")?.responses().first?.scores == ["club-fun": 8])
        let builtIn = try Office.run(Paths.tool, ["monitoring", spec, "--answers", answers, "--no-journal"])
        #expect(builtIn.status == 0 && builtIn.error.contains("club-fun"), "without the folder, the built-in questions: the column is no question")
    }

    @Test func badAnswersAreRefusedWithTheirPlacesAndNothingIsKept() throws {
        let (folder, spec) = try school("monitoring-cli-bad")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sheet = folder + "/answers.csv"
        try Data("id;Этап;meetings-mentee\nt2;на выходе;11\ns3;на выходе;хорошо\ns9;на выходе;5\n".utf8).write(to: URL(fileURLWithPath: sheet))
        let result = try Office.run(Paths.tool, ["monitoring", spec, "--answers", sheet, "--out", folder + "/report.docx"])
        #expect(result.status == 1)
        #expect(result.error.contains("\(sheet):2:3: error: “11” is not a mark from 1 to 10"))
        #expect(result.error.contains("\(sheet):3:3: error: “хорошо” is not a mark from 1 to 10"))
        #expect(result.error.contains("\(sheet):4: error: there is no participant with the id “s9” in the spec"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/report.docx"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/school.journal.sqlite"), "nothing is kept")
        let wrongOut = try Office.run(Paths.tool, ["monitoring", spec, "--answers", sheet, "--out", folder + "/report.pdf"])
        #expect(wrongOut.status == 2)
    }
}
