import DocumentEngine
import Foundation
@testable import MentorDocs
import TestSupport
import Testing

/// The questionnaires and the report as documents: what a participant and the curator read.
struct MonitoringDocumentsTests {
    private let programme = try! SpecReader.read(contentsOf: Paths.exampleSpec).0

    @Test(arguments: [DocumentFormat.docx, .odt])
    func aQuestionnaireNamesThePersonThePairAndAsksTheirQuestions(format: DocumentFormat) throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.questionnaire])
        // Everyone in a pair, once per stage, the entry's first.
        #expect(records.count == 14)
        #expect(records.first?.baseName == "Кравченко Е.В. — анкета мониторинга на входе")
        let exit = try #require(records.first { $0.baseName == "Ильин П.А. — анкета мониторинга на выходе" })
        let document = try RenderedParagraphs.render(exit, format: format)
        let text = document.plain
        #expect(text.contains("АНКЕТА УЧАСТНИКА ПРОГРАММЫ НАСТАВНИЧЕСТВА"))
        #expect(text.contains("(на выходе, 2026–2027 учебный год)"))
        #expect(text.contains("Ильин Павел Андреевич"))
        #expect(text.contains("1. Насколько полезными и интересными были для вас встречи с наставником?"))
        #expect(text.contains("Я чувствую себя частью педагогического коллектива."))
        #expect(!text.contains("Я знаю, какую профессию хочу выбрать."))
        #expect(text.contains("Чего вам удалось достичь за время участия в программе?"))
        if format == .docx {
            let pairRow = try #require(document.tables.flatMap { $0 }.first { $0.first == "p1" })
            #expect(pairRow.prefix(4) == ["p1", "учитель – учитель", "наставляемый", "Кравченко Елена Викторовна"])
            // A scale of ten boxes under each mark question: 7 quality and 5 growth items.
            let scales = document.tables.filter { $0.first == (1...10).map(String.init) }
            #expect(scales.count == 12)
        }
    }

    @Test func theReportPrintsTheFiguresInRussian() throws {
        let responses = try ["entry", "exit"].flatMap { stage in
            try AnswerImport.read(contentsOf: [Paths.root + "/Fixtures/example-answers/\(stage).csv"], programme: programme,
                stage: MonitoringStage(rawValue: stage)).responses
        }
        let figures = MonitoringFigures(programme: programme, questions: .builtIn, responses: responses)
        let record = DocumentPlanner.monitoringReport(for: programme, figures: figures, on: CalendarDay(parsing: "2027-05-19")!)
        for format in [DocumentFormat.docx, .odt] {
            let text = try RenderedParagraphs.render(record, format: format).plain
            #expect(text.contains("о мониторинге программы наставничества"))
            #expect(text.contains("«на входе» и «на выходе»"))
            #expect(text.contains("Анкеты вернули 7 из 7 участников программы."))
            #expect(text.contains("слишком мало ответов для проверки"))
            #expect(text.contains("Побывал на предприятии и выбрал направление. (наставник, работодатель – ученик)"))
            #expect(text.contains("«19» мая 2027 г."))
        }
    }

    @Test func decimalsAreWrittenWithACommaAndATrueMinus() {
        #expect(Wording.decimal(7.25) == "7,3")
        #expect(Wording.decimal(7) == "7")
        #expect(Wording.decimal(-0.5, signed: true) == "\u{2212}0,5")
        #expect(Wording.decimal(1.2, signed: true) == "+1,2")
        #expect(Wording.decimal(0.0312, places: 3) == "0,031")
        #expect(Wording.decimal(0.04, signed: true) == "0")
    }
}
