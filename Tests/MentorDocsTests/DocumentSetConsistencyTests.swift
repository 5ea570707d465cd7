import DocumentEngine
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

/// The set refers to itself consistently: the Положение is приложение 1 of the introduction order,
/// the roadmap приложение 2, the programme приложение 3; the Положение carries its adoption by the
/// pedagogical council with the councils of pupils and parents; each plan names the order that
/// approves it; the closing order rewards every mentor; the roadmap prints the orders' dates.
@Suite(.serialized) struct DocumentSetConsistencyTests {
    static let kinds: Set<DocumentKind> = [.regulation, .roadmap, .mentoringProgramme, .orderIntroduction, .orderClosing, .plan]

    /// The folded text of each record made for `programme`, by kind and subject.
    static func texts(_ programme: Programme, format: DocumentFormat = .docx) throws -> [String: String] {
        let folder = Paths.temporaryFolder("consistency-\(format.rawValue)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try Generator(format: format).generate(DocumentPlanner.records(for: programme, kinds: kinds), into: OutputFolder(path: folder))
        let texts = try Office.text(of: written.map(\.path))
        var result: [String: String] = [:]
        for file in written { result["\(file.record.kind.rawValue) \(file.record.pairID ?? "")"] = Office.folded(texts[file.path] ?? "") }
        return result
    }

    @Test(arguments: DocumentFormat.textDocuments)
    func theExampleSchoolsSetAgreesWithItself(format: DocumentFormat) throws {
        let texts = try Self.texts(try SpecReader.read(contentsOf: Paths.exampleSpec).0, format: format)
        let regulation = try #require(texts["regulation "])
        #expect(regulation.contains("ПРИНЯТО педагогическим советом МБОУ «СОШ № 99» (протокол от 27.08.2026 № 1)"))
        #expect(regulation.contains("с учётом мнения совета обучающихся (протокол от 25.08.2026 № 1) и совета родителей (законных представителей) несовершеннолетних обучающихся (протокол от 26.08.2026 № 1)"))
        #expect(regulation.contains("Приложение 1 УТВЕРЖДЕНО приказом МБОУ «СОШ № 99» от 28.08.2026 № 101-о"))
        for heading in ["Термины и определения", "Куратор и рабочая группа", "Требования к наставникам и порядок их отбора",
            "Права и обязанности наставника", "Права и обязанности наставляемого", "Мониторинг и оценка результатов",
            "Информационное сопровождение", "Поощрение наставников", "Документы и их хранение", "часть 3 статьи 30"]
        {
            #expect(regulation.contains(heading), "the Положение has «\(heading)»")
        }
        #expect(regulation.contains("дорожная карта и программа наставничества (приложения 2 и 3 к приказу о внедрении)"))
        #expect(!regulation.contains("Приложение 5") && !regulation.contains("Приложения 1."), "no appendices of its own beside the order's")

        let introduction = try #require(texts["order-introduction "])
        #expect(introduction.contains("Утвердить Положение о наставничестве (приложение 1), принятое педагогическим советом (протокол от 27.08.2026 № 1)"))
        #expect(introduction.contains("дорожную карту внедрения целевой модели наставничества (приложение 2)"))
        #expect(introduction.contains("программу наставничества на 2026–2027 учебный год (приложение 3)"))
        #expect(try #require(texts["roadmap "]).hasPrefix("Приложение 2 УТВЕРЖДЕНА приказом МБОУ «СОШ № 99» от 28.08.2026 № 101-о"))
        #expect(try #require(texts["programme "]).hasPrefix("Приложение 3 УТВЕРЖДЕНА приказом МБОУ «СОШ № 99» от 28.08.2026 № 101-о"))

        let roadmap = try #require(texts["roadmap "])
        // Table cells come out column by column: the result column holds the orders' requisites. A
        // number broken at its hyphen at the end of a line comes back from pdftotext joined without it.
        let unhyphenated = roadmap.replacingOccurrences(of: "-", with: "")
        #expect(unhyphenated.contains("итогов и поощрении наставников от 28.05.2027 № 190о"))
        #expect(unhyphenated.contains("от 10.09.2026 № 115о"))

        let closing = try #require(texts["order-closing "])
        #expect(closing.contains("ПРИКАЗ 28.05.2027") && closing.contains("№ 190-о"))
        #expect(closing.contains("О подведении итогов реализации программы наставничества и поощрении наставников"))
        #expect(closing.contains("2.1. объявить благодарность: – Кравченко Елене Викторовне, учителю математики; – Беловой Дарье Сергеевне, обучающейся 10 «А» класса."))
        #expect(closing.contains("2.2. направить благодарственные письма: – Шевчуку Игорю Николаевичу, главному инженеру (ООО «Примерский приборный завод»)."))
        #expect(closing.contains("Куратору Ветрову О.И."))

        for pair in ["p1", "p2", "g1"] {
            #expect(try #require(texts["plan \(pair)"]).contains("УТВЕРЖДЁН приказом МБОУ «СОШ № 99» от 10.09.2026 № 116-о"), "\(pair)")
        }

        let programme = try #require(texts["programme "])
        #expect(programme.contains("Срок реализации Программы: с «01» сентября 2026 г. по «31» мая 2027 г."))
        #expect(programme.contains("Форма «работодатель – ученик»"))
        #expect(programme.contains("наставник Шевчук И.Н., наставляемые Гончаренко А.И., Орлова В.Д., с 01.10.2026 по 01.05.2027"))
        #expect(programme.contains("Экскурсия на предприятие"))
        #expect(programme.contains("утверждаются приказом от 10.09.2026 № 116-о"))
        #expect(programme.contains("15.09.2026 – 15.05.2027 02.05.2027 – 28.05.2027"), "the stages dated as the roadmap")
    }

    @Test func blanksWhereTheSpecGivesNoMinutesOrNumbers() throws {
        var programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        programme.councils = [:]
        programme.orders = [:]
        let texts = try Self.texts(programme)
        let regulation = try #require(texts["regulation "])
        #expect(regulation.contains("ПРИНЯТО педагогическим советом МБОУ «СОШ № 99» (протокол от ___.___.20___ № _____)"))
        #expect(regulation.contains("совета обучающихся (протокол от ___.___.20___ № _____)"))
        #expect(try #require(texts["plan p1"]).contains("УТВЕРЖДЁН приказом МБОУ «СОШ № 99» от ___.___.20___ № _____"))
        let closing = try #require(texts["order-closing "])
        #expect(closing.contains("ПРИКАЗ 31.05.2027") && closing.contains("№ _____"), "the closing order is dated by the programme's end")
    }
}
