import Foundation
import DocumentEngine
import Testing
import TestSupport

@testable import MentorDocs

/// The curator's registers of the example school, read as the curator and the regional centre would:
/// every mentee and mentor once, every consent issued, the figures counted from the spec.
@Suite struct RegistersTests {
    let programme: Programme
    init() throws { programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0 }

    var record: DocumentRecord {
        get throws { try #require(DocumentPlanner.records(for: programme, kinds: [.registers]).first) }
    }

    @Test func theStatisticsCountTheSpec() {
        let statistics = ProgrammeStatistics(programme)
        #expect(statistics.byForm.map(\.form) == [.studentStudent, .teacherTeacher, .employerPupil])
        #expect(statistics.byForm.map(\.mentees) == [1, 1, 2])
        #expect(statistics.mentors == 3 && statistics.mentees == 4)
        #expect(statistics.byCategory.map(\.category) == [.student, .teacher, .employer])
        #expect(statistics.byCategory.map(\.mentees) == [3, 1, 0])
        #expect(statistics.pupils10To19 == .init(mentees: 3, total: 412))
        #expect(statistics.pupils10To19.percent == 0.7)
        #expect(statistics.youngTeachers == .init(mentees: 1, total: 3), "Ильин began teaching in 2024")
        #expect(statistics.youngTeachers.percent == 33.3)
    }

    @Test func anIndicatorWithoutTheSchoolsTotalHasNoShare() {
        var school = programme
        school.organisation.totals = SchoolTotals()
        #expect(ProgrammeStatistics(school).pupils10To19.percent == nil)
        #expect(Wording.percent(12.5) == "12,5\u{00A0}%")
        #expect(Wording.percent(50) == "50\u{00A0}%")
    }

    @Test(arguments: [DocumentFormat.docx, .odt])
    func everyPersonAndConsentIsInTheRegisters(format: DocumentFormat) throws {
        let text = try RenderedParagraphs.render(try record, format: format).plain
        for heading in ["БАЗА НАСТАВЛЯЕМЫХ", "БАЗА НАСТАВНИКОВ", "ЖУРНАЛ УЧЁТА СОГЛАСИЙ", "СТАТИСТИКА УЧАСТНИКОВ"] {
            #expect(text.contains(heading))
        }
        let mentees = Set(programme.pairs.flatMap(\.menteeIDs))
        for participant in programme.participants {
            #expect(text.contains(participant.person.fullName), "\(participant.id)")
        }
        #expect(mentees.count == 4)
        #expect(text.contains("методика подготовки к ОГЭ, классное руководство"), "a mentee's own request")
        #expect(text.contains("Повышение мотивации к учёбе"), "the pair's goal where no request is given")
        #expect(text.contains("на обработку персональных данных, разрешённых для распространения"))
        #expect(text.contains("33,3 %"))
        #expect(text.contains("на «01» сентября 2026 г."))
    }

    @Test func theJournalListsEveryConsentTheSetIssues() throws {
        guard case .map(let data) = try record.data, case .map(let registers)? = data["registers"],
              let consents = registers["consents"]?.listItems, let mentees = registers["mentees"]?.listItems,
              let mentors = registers["mentors"]?.listItems
        else { Issue.record("no registers in the data"); return }
        let issued = DocumentPlanner.records(for: programme, kinds: [.consentAdult, .consentMinor, .consentRepresentative, .consentPublication])
        #expect(consents.count == issued.count)
        #expect(mentees.count == 4)
        #expect(mentors.count == 3)
    }

    @Test func theRegistersAreLandscape() throws {
        let template = try TemplateSource().bytes(for: .registers, format: .docx)
        let document = String(decoding: try ArchiveReader(bytes: template.bytes, file: "registers.docx").read("word/document.xml"), as: UTF8.self)
        #expect(document.contains("w:orient=\"landscape\"") || document.contains("w:w=\"16838\""))
    }
}

@Suite struct YoungTeacherValidationTests {
    @Test func aTeacherMenteeWithoutAStartOfWorkIsWarnedAboutWhenTheTotalIsGiven() throws {
        let text = try String(contentsOfFile: Paths.exampleSpec, encoding: .utf8)
            .replacingOccurrences(of: "    work_start: 2024-08-29\n", with: "")
        let (_, warnings) = try SpecReader.read(text: text, name: "school.spec")
        #expect(warnings.contains { $0.message.hasPrefix("t2: a teacher mentee without “work_start”") })
        let withoutTotals = text.replacingOccurrences(of: "  totals: { pupils_10_19: 412, young_teachers: 3 }\n", with: "")
        #expect(!(try SpecReader.read(text: withoutTotals, name: "school.spec").1).contains { $0.message.contains("work_start") })
    }
}
