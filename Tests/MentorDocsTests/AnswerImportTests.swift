import Foundation
import MentorDocs
import TestSupport
import Testing

/// Answers read back from answer sheets: matched to the example school's people by id or by full
/// name, every mistake reported with its file, row and column.
struct AnswerImportTests {
    private let programme = try! SpecReader.read(contentsOf: Paths.exampleSpec).0

    private func read(_ csv: String, stage: MonitoringStage? = nil) -> AnswerImport {
        var reader = AnswerImport(programme: programme, stage: stage)
        reader.read(bytes: Array(csv.utf8), file: "answers.csv")
        return reader
    }

    @Test func rowsAreMatchedByIdOrByFullNameAndValuesByQuestionIdOrText() throws {
        let reader = read("""
            ФИО;id;Этап;meetings-mentee;Насколько вы в целом довольны участием в программе наставничества;Что было для вас особенно ценным в программе?
            ильин  павел андреевич;;на выходе;8;9,0;Разбор уроков
            ;s3;выход;7;;
            Лебедев Лев Романович;;на входе;;;
            """)
        #expect(reader.problems.filter { $0.severity == .error }.isEmpty, "\(reader.problems)")
        // Лебедев's row «на входе» answers nothing: passed over, as the empty rows of an answer sheet are.
        #expect(reader.responses.map(\.participantID) == ["t2", "s3"])
        #expect(reader.responses[0] == Response(participantID: "t2", stage: .exit,
            scores: ["meetings-mentee": 8, "satisfaction-mentee": 9], texts: ["valuable": "Разбор уроков"]))
        #expect(reader.responses[1].scores == ["meetings-mentee": 7])
    }

    /// A sheet made for everyone and filled in for a few: the others' empty rows are no responses, so
    /// they neither count as answered nor replace answers kept from another copy of the sheet.
    @Test func rowsThatAnswerNothingArePassedOver() {
        let reader = read("id,ФИО,Этап,meetings-mentee\nt2,,на выходе,\ns3,,на выходе,6\n")
        #expect(reader.problems.isEmpty, "\(reader.problems)")
        #expect(reader.responses == [Response(participantID: "s3", stage: .exit, scores: ["meetings-mentee": 6])])
    }

    @Test func everyBadRowAndValueIsReportedWithItsPlaceAndNoName() {
        let reader = read("""
            ФИО,id,meetings-mentee,satisfaction-mentee
            Ильин Павел Андреевич,,11,хорошо
            Неизвестный Человек Иванович,,5,5
            ,s9,5,5
            Ильин Павел Андреевич,,6,6
            """, stage: .exit)
        let messages = reader.problems.map(\.description)
        #expect(messages.contains("answers.csv:2:3: error: “11” is not a mark from 1 to 10 (question “meetings-mentee”: Насколько полезными и интересными были для вас встречи с наставником?)"))
        #expect(messages.contains { $0.hasPrefix("answers.csv:2:4: error: “хорошо” is not a mark from 1 to 10") })
        #expect(messages.contains("answers.csv:3: error: the full name matches no participant of the spec; check its spelling or give the id"))
        #expect(messages.contains("answers.csv:4: error: there is no participant with the id “s9” in the spec"))
        #expect(messages.contains("answers.csv:5: error: a second row of t2's answers «на выходе» (the first is answers.csv:2)"))
        #expect(!messages.joined().contains("Неизвестный"))
        #expect(reader.hasErrors)
    }

    @Test func aFileWithoutItsStageOrItsRespondentsIsRefused() {
        let noStage = read("id,meetings-mentee\nt2,5\n")
        #expect(noStage.problems.map(\.description) == [
            "answers.csv: error: the stage is not known: add a column «Этап» (на входе, на выходе) or give --stage entry or exit",
        ])
        let noPeople = read("Отметка времени,meetings-mentee\n2027-05-01,5\n", stage: .exit)
        #expect(noPeople.problems.contains { $0.description.hasPrefix("answers.csv:1: error: no column «id» or «ФИО»") })
        #expect(noPeople.problems.contains { $0.severity == .warning && $0.column == 1 })
    }

    @Test func anAnswerToAQuestionNotAskedIsLeftOutWithAWarning() {
        // t1 mentors: the mentee's question was not theirs.
        let reader = read("id,meetings-mentee,meetings-mentor\nt1,5,6\n", stage: .exit)
        #expect(!reader.hasErrors)
        #expect(reader.responses.first?.scores == ["meetings-mentor": 6])
        #expect(reader.problems.map(\.description) == ["answers.csv:2:2: warning: t1 was not asked “meetings-mentee” «на выходе»; the answer is left out"])
    }

    @Test func theExampleAnswersAreReadWhole() throws {
        let entry = try AnswerImport.read(contentsOf: [Paths.root + "/Fixtures/example-answers/entry.csv"], programme: programme, stage: .entry)
        let exit = try AnswerImport.read(contentsOf: [Paths.root + "/Fixtures/example-answers/exit.csv"], programme: programme, stage: .exit)
        #expect(entry.warnings.isEmpty && exit.warnings.isEmpty)
        #expect(Set(entry.responses.map(\.participantID)) == Set(programme.participants.map(\.id)))
        #expect(exit.responses.count == 7)
        #expect(exit.responses.allSatisfy { !$0.scores.isEmpty && !$0.texts.isEmpty })
    }

    /// The example's exit answers saved by LibreOffice as XLSX and as ODS read as the CSV is.
    @Test(arguments: ["xlsx", "ods"])
    func aWorkbookSavedByLibreOfficeIsReadAsItsCSVIs(format: String) throws {
        let soffice = try #require(Office.which("soffice"), "LibreOffice is needed")
        let folder = Paths.temporaryFolder("answers-\(format)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = Paths.root + "/Fixtures/example-answers/exit.csv"
        try Office.run(soffice, ["-env:UserInstallation=file://\(folder)/profile", "--headless", "--infilter=CSV:44,34,76,1",
            "--convert-to", format, "--outdir", folder, csv])
        let fromCSV = try AnswerImport.read(contentsOf: [csv], programme: programme, stage: .exit).responses
        let fromWorkbook = try AnswerImport.read(contentsOf: [folder + "/exit.\(format)"], programme: programme, stage: .exit)
        #expect(fromWorkbook.warnings.isEmpty, "\(fromWorkbook.warnings)")
        #expect(fromWorkbook.responses == fromCSV)
    }
}
