import DocumentEngine
import Foundation
import SpecSyntax
import Testing
import TestSupport

@testable import MentorDocs

/// The supplementary labour agreement (Labour Code art. 351.8) states the contract it amends, the
/// volume of work and the pay in figures and words; `check` warns when the spec lacks them.
@Suite struct LabourSupplementTests {
    func words(_ sum: String) -> String { Roubles(parsing: sum).map(Wording.roubles) ?? "not a sum" }

    @Test func theSumInFiguresAndWords() throws {
        #expect(words("5000") == "5\u{00A0}000 (пять тысяч) рублей 00 копеек")
        #expect(words("1") == "1 (один) рубль 00 копеек")
        #expect(words("3,02") == "3 (три) рубля 02 копейки")
        #expect(words("21.01") == "21 (двадцать один) рубль 01 копейка")
        #expect(words("12 500.5") == "12\u{00A0}500 (двенадцать тысяч пятьсот) рублей 50 копеек")
        #expect(words("1 002 000") == "1\u{00A0}002\u{00A0}000 (один миллион две тысячи) рублей 00 копеек")
        for wrong in ["пять тысяч", "5000 руб.", "5000.505", "-5", ".5", "1000000000"] {
            #expect(Roubles(parsing: wrong) == nil, "\(wrong)")
        }
    }

    @Test(arguments: DocumentFormat.textDocuments)
    func theExampleSchoolsSupplement(format: DocumentFormat) throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        let record = try #require(DocumentPlanner.records(for: programme, kinds: [.labourSupplement]).first)
        let text = try RenderedParagraphs.render(record, format: format).plain
        #expect(text.contains("к трудовому договору от 29.08.2005 № 00-ТД-ТЕСТ"))
        #expect(text.contains("Объём работы по наставничеству: не более 4 часов в неделю."))
        #expect(text.contains("ежемесячная доплата в размере 5 000 (пять тысяч) рублей 00 копеек на срок наставничества"))
        #expect(!text.contains("____"), "nothing is left blank")
    }

    static let spec = """
        organisation:
          full_name: Школа
          address: адрес
          city: Примерск
          director: { full_name: Соколова Анна Петровна, position: директор }
          curator: { full_name: Ветров Олег Игоревич, position: заместитель директора }
        programme:
          school_year: 2026–2027 учебный год
          start: 2026-09-01
          end: 2027-05-31
          forms: [учитель – учитель, работодатель – ученик]
        participants:
          - { id: t1, full_name: Кравченко Елена Викторовна, category: teacher, birth_date: 1979-04-12, address: a, document: { kind: passport, number: "000001" } }
          - { id: t2, full_name: Ильин Павел Андреевич, category: teacher, birth_date: 2001-10-03, address: a, document: { kind: passport, number: "000002" } }
          - { id: e1, full_name: Шевчук Игорь Николаевич, category: employer, birth_date: 1975-02-28, address: a, document: { kind: passport, number: "000003" } }
          - { id: s1, full_name: Белова Дарья Сергеевна, category: student, birth_date: 2010-06-15, address: a, document: { kind: passport, number: "000011" }, representative: { full_name: Белова Марина Олеговна, relation: mother } }
        pairs:
          - { id: p1, form: учитель – учитель, mentor: t1, mentee: t2, start: 2026-09-15, months: 8, plan: [{ what: a, when: b }] }
          - { id: p2, form: работодатель – ученик, mentor: e1, mentee: s1, start: 2026-09-15, months: 8, plan: [{ what: a, when: b }] }

        """

    func read(_ text: String) throws -> (Programme?, [String]) {
        let root = try SpecParser.parse(Array(text.utf8), file: "s.spec")
        var reader = SpecReader(file: "s.spec")
        let programme = reader.programme(from: root)
        let diagnostics = reader.diagnostics + (programme.map(Validation.check) ?? [])
        return (programme, diagnostics.map(\.description))
    }

    @Test func checkWarnsOfWhatTheSupplementWouldLeaveBlank() throws {
        let (programme, diagnostics) = try read(Self.spec)
        #expect(diagnostics.contains("s.spec:18:5: warning: p1: no “mentor_pay”; the supplementary labour agreement will leave the pay blank"))
        #expect(diagnostics.contains("s.spec:18:5: warning: p1: no “mentor_workload”; the supplementary labour agreement will leave the volume of work blank"))
        #expect(diagnostics.contains("s.spec:13:5: warning: t1: no “labour_contract” (number and date); the supplementary labour agreement will leave it blank"))
        #expect(diagnostics.contains("s.spec:15:5: warning: e1: an employer mentor without “workplace”; the agreement will not name their organisation"))
        #expect(!diagnostics.contains { $0.contains("t2") }, "only the mentor's contract matters")
        #expect(!diagnostics.contains { $0.contains("000001") }, "no personal data in messages")
        // The blanks are there to fill in by hand.
        let read = try #require(programme)
        let record = try #require(DocumentPlanner.records(for: read, kinds: [.labourSupplement]).first)
        let text = try RenderedParagraphs.render(record, format: .docx).plain
        #expect(text.contains("к трудовому договору от «___» __________ 20__ г. № ______"))
        #expect(text.contains("доплата в размере ________ (________________________) рублей ___ копеек на срок"))
        #expect(text.contains("Объём работы по наставничеству: ____________________________."))
    }

    @Test func theNewFieldsAreRead() throws {
        let spec = Self.spec
            .replacingOccurrences(of: "category: teacher, birth_date: 1979-04-12,", with: "category: teacher, labour_contract: { number: 7-ТД, date: 2005-08-29 }, birth_date: 1979-04-12,")
            .replacingOccurrences(of: "mentee: t2, start: 2026-09-15,", with: "mentee: t2, mentor_pay: 4 500.50, mentor_workload: 2 часа в неделю, start: 2026-09-15,")
            .replacingOccurrences(of: "category: employer,", with: "category: employer, workplace: ООО «Завод»,")
        let (programme, diagnostics) = try read(spec)
        // What the consents need of the pupil's family is another matter, warned of on its own.
        let aboutLabour = diagnostics.filter { !$0.contains("s1") }
        #expect(aboutLabour.isEmpty, "\(aboutLabour)")
        let pair = try #require(programme?.pairs.first)
        #expect(pair.mentorPay == Roubles(kopecks: 450_050))
        #expect(pair.mentorWorkload == "2 часа в неделю")
        #expect(programme?.participant("t1")?.labourContract?.number == "7-ТД")
        let (_, wrong) = try read(spec.replacingOccurrences(of: "mentor_pay: 4 500.50", with: "mentor_pay: пять тысяч"))
        #expect(wrong.contains { $0.hasPrefix("s.spec:18:") && $0.contains("error: “пять тысяч” is not a sum in roubles; write 5000 or 5000.50 (roubles and kopecks)") })
    }
}
