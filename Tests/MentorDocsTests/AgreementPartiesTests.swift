import DocumentEngine
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

/// Who the parties of an agreement are when one is a minor, and how they sign (issue 16): the
/// minor is the party, with their parent's written consent (14–17) or represented by them (under
/// 14); an опекун cites the act; an employer mentor is named with their organisation.
@Suite struct AgreementPartiesTests {
    let programme: Programme

    init() throws {
        programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
    }

    func agreement(_ pair: String, mentee: String, in programme: Programme? = nil, format: DocumentFormat = .docx) throws -> RenderedParagraphs {
        let records = DocumentPlanner.records(for: programme ?? self.programme, selection: .init(kinds: [.agreement], pairs: [pair]))
        let record = try #require(records.first { $0.participantIDs.last == mentee })
        return try RenderedParagraphs.render(record, format: format)
    }

    @Test(arguments: DocumentFormat.textDocuments)
    func aMinorIsThePartyNeverTheirParent(format: DocumentFormat) throws {
        let text = try agreement("p2", mentee: "s3", format: format).plain
        #expect(text.contains("Белова Дарья Сергеевна, 15.06.2010 года рождения, действующая с письменного согласия законного представителя — матери Беловой Марины Олеговны (далее — Наставник)"))
        #expect(text.contains("Лебедев Лев Романович, 09.03.2014 года рождения, в лице законного представителя — матери Лебедевой Ольги Павловны (далее — Наставляемый)"))
        #expect(!text.contains("Олеговна (далее — Наставник)"), "the parent is never «the mentor»")
        #expect(!text.contains("Олеговна, действующая"))
        #expect(!text.contains("Павловна, действующая"))
    }

    @Test func aMinorOfFourteenSignsAlongsideTheParentAChildUnderFourteenDoesNot() throws {
        let rows = try agreement("p2", mentee: "s3").tables.flatMap { $0 }.map { $0.joined(separator: " | ") }
        let signatures = rows.filter { $0.contains("/") }
        #expect(signatures.count == 6, "per copy: the mentor and her mother, the mentee's mother")
        #expect(signatures.filter { $0.contains("Д.С.\u{00A0}Белова") }.count == 2)
        #expect(signatures.filter { $0.contains("Законный представитель (мать)") && $0.contains("М.О.\u{00A0}Белова") }.count == 2)
        #expect(signatures.filter { $0.contains("О.П.\u{00A0}Лебедева") }.count == 2)
        #expect(!signatures.contains { $0.contains("Л.Р.\u{00A0}Лебедев ") || $0.hasSuffix("Л.Р.\u{00A0}Лебедев") }, "under 14: the parent signs alone")
    }

    @Test func aGuardianCitesTheActOrGetsALineForIt() throws {
        let text = try agreement("g1", mentee: "s4").plain
        #expect(text.contains("Орлова Вера Денисовна, 21.08.2014 года рождения, в лице законного представителя — опекуна Зиминой Галины Ивановны, действующей на основании распоряжения органа опеки и попечительства (Отдел опеки и попечительства г. Примерска (тестовые данные)) от 18.04.2022 № 00-ТЕСТ (далее — Наставляемый)"))
        var withoutAct = programme
        let index = try #require(withoutAct.participants.firstIndex { $0.id == "s4" })
        withoutAct.participants[index].representative?.authorityAct = nil
        let blank = try agreement("g1", mentee: "s4", in: withoutAct).plain
        #expect(blank.contains("действующей на основании акта органа опеки и попечительства ____________________________ от «___» __________ 20__ г. № ________ (далее — Наставляемый)"))
    }

    @Test func anEmployerMentorIsNamedWithTheirOrganisation() throws {
        let text = try agreement("g1", mentee: "s2").plain
        #expect(text.contains("Шевчук Игорь Николаевич (главный инженер, ООО «Примерский приборный завод») (далее — Наставник)"))
        #expect(text.contains("Гончаренко Артём Ильич, 30.11.2011 года рождения, действующий с письменного согласия законного представителя — отца Гончаренко Ильи Петровича"))
    }

    @Test(arguments: DocumentFormat.textDocuments)
    func copiesAreNumberedOneAndTwoInEveryFile(format: DocumentFormat) throws {
        let records = DocumentPlanner.records(for: programme, kinds: [.agreement, .labourSupplement])
        #expect(records.count == 5)
        for record in records {
            let text = try RenderedParagraphs.render(record, format: format).plain
            let copies = text.components(separatedBy: "\n").filter { $0.hasPrefix("Экземпляр №") }
            #expect(copies == ["Экземпляр № 1", "Экземпляр № 2"], "\(record.subject)")
        }
    }
}
