import Foundation
import MentorDocs
import TestSupport
import Testing

/// The answer sheets `generate --only questionnaires` writes beside the questionnaires: a row per
/// participant and a column per question of the catalogue, which `mentordocs monitoring --answers`
/// reads back unchanged once the answers are typed in.
struct AnswerSheetTests {
    private let programme = try! SpecReader.read(contentsOf: Paths.exampleSpec).0
    private static let respondentColumns = ["id", "ФИО", "Роль", "Класс, должность", "Пара, группа", "Форма наставничества", "Этап"]

    /// The answer sheet of `stage`, made from the built-in template in `format`, and the questions it asks.
    private func sheet(_ stage: MonitoringStage, format: DocumentFormat = .xlsx, questions: QuestionCatalogue = .builtIn) throws -> [UInt8] {
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.answerSheet]), questions: questions)
        let record = try #require(records.first { $0.baseName.hasSuffix(stage.title) })
        return try DocumentMaker(for: [record], format: format).document(for: record).bytes
    }

    private func asked(at stage: MonitoringStage, in questions: QuestionCatalogue = .builtIn) -> [Question] {
        questions.questions(at: stage, for: programme.memberships.values.flatMap { $0.map { ($0.role, $0.form) } })
    }

    @Test(arguments: [DocumentFormat.xlsx, .ods])
    func aRowPerParticipantAndAColumnPerQuestion(format: DocumentFormat) throws {
        for stage in MonitoringStage.allCases {
            let bytes = try sheet(stage, format: format)
            let workbook = try WorkbookReader.read(bytes: bytes, file: "answers.\(format.fileExtension)")
            let rows = try #require(workbook.sheet(named: "Ответы")).rows
            #expect(rows.first?.cells.map(\.text) == Self.respondentColumns + asked(at: stage).map(\.text))
            let respondents = programme.participants.filter { programme.memberships[$0.id] != nil }
            #expect(rows.dropFirst().map { $0.cells.first?.text } == respondents.map(\.id))
            let teacher = try #require(rows.dropFirst().first { $0.cells.first?.text == "t1" })
            #expect(teacher.cells.prefix(7).map(\.text) == ["t1", "Кравченко Елена Викторовна", "наставник", "учитель математики", "p1",
                "учитель – учитель", stage.title])
            #expect(try SchemaValidator.violations(of: bytes).map(\.description) == [], "\(stage) \(format)")
        }
    }

    @Test func aSchoolsOwnQuestionsAreItsColumns() throws {
        let own = try QuestionCatalogueReader.read(bytes: Array("""
            blocks:
              - { id: club, title: Школьный клуб }
            questions:
              - { id: club-fun, block: club, text: Мне интересно в клубе., answer: scale }
              - { id: club-wish, block: club, text: Чего не хватает клубу?, answer: text, stages: [на выходе] }
            """.utf8), name: "own.spec")
        let rows = try WorkbookReader.read(bytes: try sheet(.exit, questions: own), file: "answers.xlsx").sheets[0].rows
        #expect(rows.first?.cells.map(\.text) == Self.respondentColumns + ["Мне интересно в клубе.", "Чего не хватает клубу?"])
        let entry = try WorkbookReader.read(bytes: try sheet(.entry, questions: own), file: "answers.xlsx").sheets[0].rows
        #expect(entry.first?.cells.map(\.text) == Self.respondentColumns + ["Мне интересно в клубе."])
    }

    /// A class's or a pair's sheet (`--person`, `--pair`, the page's choice) has the rows of its people only.
    @Test func aSelectionsSheetHasTheRowsOfItsPeopleOnly() throws {
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.answerSheet], pairs: ["p2"]))
        #expect(records.map(\.baseName) == MonitoringStage.allCases.map { "\(DocumentKind.answerSheet.fileTitle) \($0.title)" })
        #expect(records.allSatisfy { $0.participantIDs.isEmpty }, "the school's document, recorded as `generate` records it")
        let bytes = try DocumentMaker(for: [records[0]], format: .xlsx).document(for: records[0]).bytes
        let rows = try WorkbookReader.read(bytes: bytes, file: "answers.xlsx").sheets[0].rows
        #expect(rows.dropFirst().map { $0.cells.first?.text } == ["s1", "s3"])
        let person = DocumentPlanner.records(for: programme, selection: .init(kinds: [.answerSheet, .questionnaire], people: ["s3"]))
        #expect(person.filter { $0.kind == .answerSheet }.count == 2)
        #expect(DocumentPlanner.records(for: programme, selection: .init(kinds: [.answerSheet], people: ["nobody"])).isEmpty,
            "no sheet without a row")
    }

    /// The example's answers, as its CSVs hold them, typed into a generated sheet and read back: the same answers.
    @Test(arguments: MonitoringStage.allCases)
    func answersTypedIntoTheSheetAreReadBackUnchanged(stage: MonitoringStage) throws {
        let csv = Paths.root + "/Fixtures/example-answers/\(stage.rawValue).csv"
        let expected = try AnswerImport.read(contentsOf: [csv], programme: programme, stage: stage).responses
        let filled = try Self.typing(expected, into: try sheet(stage), questions: asked(at: stage))
        var reader = AnswerImport(programme: programme)
        reader.read(bytes: filled, file: "answers.xlsx")
        #expect(reader.problems.isEmpty, "\(reader.problems)")
        #expect(reader.responses.sorted { $0.participantID < $1.participantID } == expected.sorted { $0.participantID < $1.participantID })
    }

    /// The example answers kept as XLSX (made from the answer sheets by `make-answer-workbooks.py`)
    /// give the figures their CSVs give.
    @Test func theExampleWorkbooksGiveTheFiguresOfTheCSVs() throws {
        let folder = Paths.root + "/Fixtures/example-answers/"
        let fromCSV = try AnswerImport.read(contentsOf: [folder + "entry.csv", folder + "exit.csv"], programme: programme).responses
        let fromWorkbooks = try AnswerImport.read(contentsOf: [folder + "entry.xlsx", folder + "exit.xlsx"], programme: programme)
        #expect(fromWorkbooks.warnings.isEmpty, "\(fromWorkbooks.warnings)")
        // The sheet lists the respondents in the spec's order, the CSVs in the order they answered.
        func ordered(_ responses: [Response]) -> [Response] { responses.sorted { ($0.stage, $0.participantID) < ($1.stage, $1.participantID) } }
        #expect(ordered(fromWorkbooks.responses) == ordered(fromCSV))
        let figures = MonitoringFigures(programme: programme, questions: .builtIn, responses: fromWorkbooks.responses)
        let expected = MonitoringFigures(programme: programme, questions: .builtIn, responses: fromCSV)
        #expect(figures.responseRates == expected.responseRates && !figures.comparisons.isEmpty)
        #expect(String(describing: figures.comparisons) == String(describing: expected.comparisons))
    }

    @Test(arguments: [DocumentFormat.xlsx, .ods])
    func libreOfficeOpensTheSheet(format: DocumentFormat) throws {
        _ = try #require(Office.which("soffice"), "LibreOffice is needed")
        let folder = Paths.temporaryFolder("answer-sheet-\(format)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/answers.\(format.fileExtension)"
        try Data(try sheet(.exit, format: format)).write(to: URL(fileURLWithPath: file))
        let rows = try #require(try Office.sheets(of: file)["Ответы"] ?? Office.sheets(of: file).values.first)
        #expect(rows.first.map { Array($0.prefix(7 + asked(at: .exit).count)) } == Self.respondentColumns + asked(at: .exit).map(\.text))
        #expect(rows.dropFirst().first.map { Array($0.prefix(7)) } == ["t1", "Кравченко Елена Викторовна", "наставник", "учитель математики",
            "p1", "учитель – учитель", "на выходе"])
    }

    // MARK: Typing answers in

    /// The sheet with each response's marks typed as numbers and its words as text, in the cells of
    /// its respondent's row and its question's column, as a curator would.
    static func typing(_ responses: [Response], into bytes: [UInt8], questions: [Question]) throws -> [UInt8] {
        let rows = try WorkbookReader.read(bytes: bytes, file: "answers.xlsx").sheets[0].rows
        let header = rows[0].cells.map(\.text)
        var values: [String: TypedCells.Value] = [:]
        for response in responses {
            let row = try #require(rows.first { $0.cells.first?.text == response.participantID }).number
            for question in questions {
                let place = TypedCells.place(column: try #require(header.firstIndex(of: question.text)) + 1, row: row)
                if let mark = response.scores[question.id] {
                    values[place] = .number(mark)
                } else if let text = response.texts[question.id] {
                    values[place] = .text(text)
                }
            }
        }
        return try TypedCells.typing(values, into: bytes)
    }
}
