import DocumentEngine
import Testing
import TestSupport

@testable import MentorDocs

/// Where a sentence puts a name, a post, an organisation or an issuing body in a case, the
/// example school's documents decline it, in Word and in OpenDocument alike.
@Suite struct CaseAfterNameTests {
    let programme: Programme

    init() throws { programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0 }

    func text(_ kind: DocumentKind, people: Set<String> = [], format: DocumentFormat) throws -> String {
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [kind], people: people))
        let record = try #require(records.first)
        return try RenderedParagraphs.render(record, format: format).plain
    }

    @Test(arguments: [DocumentFormat.docx, .odt])
    func aPostAfterANameTakesTheNamesCase(format: DocumentFormat) throws {
        let curator = try text(.orderCurator, format: format)
        #expect(curator.contains("Ветрова Олега Игоревича, заместителя директора по учебно-воспитательной работе."))
        #expect(!curator.contains("(заместитель"))

        let closing = try text(.orderClosing, format: format)
        #expect(closing.contains("Кравченко Елене Викторовне, учителю математики;"))
        #expect(closing.contains("Беловой Дарье Сергеевне, обучающейся 10 «А» класса."), "a pupil mentor by class")
        #expect(closing.contains("Шевчуку Игорю Николаевичу, главному инженеру (ООО «Примерский приборный завод»)"))

        let consent = try text(.mentorConsent, people: ["t1"], format: format)
        #expect(consent.contains("от Кравченко Елены Викторовны, учителя математики"))
    }

    @Test(arguments: [DocumentFormat.docx, .odt])
    func aWithdrawalIsAddressedToTheOperatorInTheDative(format: DocumentFormat) throws {
        let withdrawal = try text(.consentWithdrawal, people: ["t1"], format: format)
        #expect(withdrawal.contains("оператору Муниципальному бюджетному общеобразовательному учреждению «Средняя общеобразовательная школа № 99"))
        #expect(!withdrawal.contains("оператору —"))
    }

    @Test(arguments: [DocumentFormat.docx, .odt])
    func theIssuingBodyIsInTheInstrumental(format: DocumentFormat) throws {
        let consent = try text(.consentRepresentative, people: ["s3"], format: format)
        #expect(consent.contains("выдано 20.03.2014 Отделом ЗАГС г. Примерска"))
        #expect(!consent.contains("Отдел ЗАГС г."))
    }

    @Test func aPupilsRoleNamesTheClassInTheGenitive() {
        #expect(Participant.classInGenitive("10 «А» класс") == "10 «А» класса")
        #expect(Participant.classInGenitive("7Б") == "7Б класса")
        #expect(Participant.classInGenitive("группа ТМ-21") == "группы ТМ-21")
        #expect(Participant.classInGenitive("ТМ-21") == "(ТМ-21)")
    }
}
