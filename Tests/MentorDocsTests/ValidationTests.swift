import CalendarDays
import DocumentEngine
import Foundation
import SpecSyntax
import Testing

@testable import MentorDocs

/// Each rule of the target model, with the message and the position it gives.
@Suite struct ValidationTests {
    static let header = """
        organisation:
          full_name: Школа
          short_name: Школа
          address: адрес
          city: Примерск
          director: { full_name: Соколова Анна Петровна, position: директор }
          curator: { full_name: Ветров Олег Игоревич, position: заместитель директора }
        programme:
          school_year: 2026–2027 учебный год
          start: 2026-09-01
          end: 2027-05-31
          forms: [ученик – ученик, учитель – учитель]
        participants:
          - { id: t1, full_name: Кравченко Елена Викторовна, category: teacher, birth_date: 1979-04-12, address: a, document: { kind: passport, number: "000001" } }
          - { id: t2, full_name: Ильин Павел Андреевич, category: teacher, birth_date: 2001-10-03, address: a, document: { kind: passport, number: "000002" } }
          - { id: s1, full_name: Белова Дарья Сергеевна, category: student, birth_date: 2010-06-15, address: a, document: { kind: passport, number: "000011" }, representative: { full_name: Белова Марина Олеговна, relation: mother } }
          - { id: s3, full_name: Лебедев Лев Романович, category: student, birth_date: 2014-03-09, address: a, representative: { full_name: Лебедев Роман Ильич, relation: father } }

        """

    /// The diagnostics of a spec made of the header and `rest`, as `file:line:col: severity: message`.
    func diagnostics(_ rest: String) -> [String] {
        let text = Self.header + rest
        do throws(SpecSyntaxError) {
            let root = try SpecParser.parse(Array(text.utf8), file: "s.spec")
            var reader = SpecReader(file: "s.spec")
            guard let programme = reader.programme(from: root) else { return reader.diagnostics.map(\.description) }
            return (reader.diagnostics + Validation.check(programme)).map(\.description)
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    func errors(_ rest: String) -> [String] { diagnostics(rest).filter { $0.contains(": error: ") } }

    @Test func aValidSpecHasNoErrors() {
        #expect(errors("pairs:\n  - { id: p1, form: учитель – учитель, mentor: t1, mentee: t2, start: 2026-09-15, months: 8, plan: [{ what: a, when: b }] }\n") == [])
    }

    @Test func duplicateIDs() {
        let found = errors("""
              - { id: t1, full_name: Другой Иван Иванович, category: teacher, birth_date: 1980-01-01 }
            pairs:
              - { id: t2, form: учитель – учитель, mentor: t1, mentee: s1, start: 2026-09-15, months: 8 }

            """)
        #expect(found.contains("s.spec:18:5: error: the id “t1” is used twice (first at 14:5)"))
        #expect(found.contains("s.spec:20:5: error: the id “t2” is used twice (first at 15:5)"))
    }

    @Test func aPairNamingSomeoneWhoIsNotThere() {
        let found = errors("pairs:\n  - { id: p1, form: учитель – учитель, mentor: t1, mentee: t9, start: 2026-09-15, months: 8 }\n")
        #expect(found == ["s.spec:19:60: error: p1: there is no participant with the id “t9”"])
    }

    @Test func aParentCannotMentorTheirChild() {
        let spec = Self.header.replacingOccurrences(of: "  - { id: s3", with: "  - { id: f1, full_name: Лебедев Роман Ильич, category: parent, birth_date: 1985-01-01, address: a, document: { kind: passport, number: \"000031\" } }\n  - { id: s3")
        let text = spec + "pairs:\n  - { id: p1, form: ученик – ученик, mentor: f1, mentee: s3, start: 2026-09-15, months: 8 }\n"
        let root = try! SpecParser.parse(Array(text.utf8), file: "s.spec")
        var reader = SpecReader(file: "s.spec")
        let programme = reader.programme(from: root)!
        let found = Validation.check(programme).map(\.description).filter { $0.contains("error") }
        #expect(found.contains { $0.hasSuffix("p1: f1 is the parent of s3; a parent cannot mentor their own child") })
    }

    @Test func aMinorWithoutRepresentative() {
        let spec = Self.header.replacingOccurrences(of: ", representative: { full_name: Лебедев Роман Ильич, relation: father }", with: "")
        let root = try! SpecParser.parse(Array(spec.utf8), file: "s.spec")
        var reader = SpecReader(file: "s.spec")
        let found = Validation.check(reader.programme(from: root)!).map(\.description)
        #expect(found.contains("s.spec:17:5: error: s3 is 12, a minor: add a “representative” (a parent, опекун or попечитель)"))
    }

    @Test func aFutureBirthDateAndADateThatDoesNotExist() {
        let spec = Self.header.replacingOccurrences(of: "birth_date: 2014-03-09", with: "birth_date: 2027-03-09")
            .replacingOccurrences(of: "birth_date: 2001-10-03", with: "birth_date: 2001-02-30")
        let root = try! SpecParser.parse(Array(spec.utf8), file: "s.spec")
        var reader = SpecReader(file: "s.spec")
        let programme = reader.programme(from: root)!
        #expect(reader.diagnostics.map(\.description).contains { $0.contains("error: “2001-02-30” is not a date") })
        #expect(Validation.check(programme).map(\.description).contains { $0.contains("s3: the birth date 09.03.2027 is after the document date") })
    }

    @Test func aFormNotInTheProgramme() {
        let found = errors("pairs:\n  - { id: p1, form: работодатель – ученик, mentor: t1, mentee: s1, start: 2026-09-15, months: 8 }\n")
        #expect(found.contains { $0.contains("p1: the form «работодатель – ученик» is not among the programme's forms") })
    }

    @Test func aMenteeInTwoPairsOfOneForm() {
        let found = errors("""
            pairs:
              - { id: p1, form: ученик – ученик, mentor: s1, mentee: s3, start: 2026-09-15, months: 8 }
              - { id: p2, form: ученик – ученик, mentor: t1, mentees: [s3], start: 2026-09-15, months: 8 }

            """)
        #expect(found.contains { $0.contains("p2: s3 is already a mentee of the form «ученик – ученик» in p1") })
    }

    @Test func aStudentFormMenteeOutsideTenToNineteen() {
        let found = errors("pairs:\n  - { id: p1, form: ученик – ученик, mentor: s1, mentee: t2, start: 2026-09-15, months: 8 }\n")
        #expect(found.contains { $0.contains("p1: t2 is 24; mentees of the form «ученик – ученик» must be 10 to 19 years old") })
        #expect(errors("pairs:\n  - { id: p1, form: учитель – учитель, mentor: t1, mentee: t2, start: 2026-09-15, months: 8 }\n").isEmpty)
    }

    @Test func warningsForBlanksAndEmptyPlans() {
        let found = diagnostics("pairs:\n  - { id: p1, form: учитель – учитель, mentor: t1, mentee: t2, start: 2026-09-15, months: 8 }\n")
        #expect(found.contains { $0.contains("warning: p1: the individual plan has no items") })
        #expect(found.contains { $0.contains("warning: s3: no identity document") } == false)
    }
}

/// What the consents need, reported by `check` with the place in the spec.
@Suite struct ConsentDataValidationTests {
    func warnings(_ participants: String, websites: Bool = true) -> [String] {
        var header = ValidationTests.header
        header = String(header[..<header.range(of: "participants:\n")!.upperBound])
        if websites { header = header.replacingOccurrences(of: "  city: Примерск\n", with: "  city: Примерск\n  websites: [https://s.example.ru]\n") }
        let text = header + participants
        let root = try! SpecParser.parse(Array(text.utf8), file: "s.spec")
        var reader = SpecReader(file: "s.spec")
        let programme = reader.programme(from: root)!
        return (reader.diagnostics + Validation.check(programme)).map(\.description).filter { $0.contains("warning") }
    }

    @Test func aChildUnderFourteenNeedsABirthCertificate() {
        let found = warnings("""
              - { id: s3, full_name: Лебедев Лев Романович, category: student, birth_date: 2014-03-09, address: a, document: { kind: passport, number: "1" }, representative: { full_name: Лебедева Ольга Павловна, relation: mother, address: a, document: { kind: passport, number: "2" } } }

            """)
        #expect(found == ["s.spec:15:114: warning: s3 is 12: the representative's consent cites the child's birth certificate; give “document” with kind birth_certificate"])
    }

    @Test func aParentOfAFourteenToSeventeenYearOldNeedsTheBirthCertificate() {
        let found = warnings("""
              - id: s1
                full_name: Белова Дарья Сергеевна
                category: student
                birth_date: 2010-06-15
                address: a
                document: { kind: passport, number: "1" }
                representative: { full_name: Белова Марина Олеговна, relation: mother, address: a, document: { kind: passport, number: "2" } }

            """)
        #expect(found == ["s.spec:15:5: warning: s1: a parent's authority is the child's birth certificate; add “birth_certificate: { series, number, issued_by, issued_on }”, or the consent will leave it blank"])
        let given = warnings("""
              - id: s1
                full_name: Белова Дарья Сергеевна
                category: student
                birth_date: 2010-06-15
                address: a
                document: { kind: passport, number: "1" }
                birth_certificate: { series: 0-ОО, number: "3", issued_by: ЗАГС, issued_on: 2010-06-20 }
                representative: { full_name: Белова Марина Олеговна, relation: mother, address: a, document: { kind: passport, number: "2" } }

            """)
        #expect(given == [])
    }

    @Test func aRepresentativesPassportAddressAndAuthorityAct() {
        let found = warnings("""
              - id: s4
                full_name: Орлова Вера Денисовна
                category: student
                birth_date: 2014-08-21
                address: a
                document: { kind: birth_certificate, number: "1" }
                representative:
                  full_name: Зимина Галина Ивановна
                  relation: guardian
                  authority: { number: "00-ТЕСТ", date: 2022-04-18 }
              - id: s5
                full_name: Орлов Пётр Денисович
                category: student
                birth_date: 2014-08-21
                address: a
                document: { kind: birth_certificate, number: "2" }
                representative: { full_name: Зимина Галина Ивановна, relation: trustee, address: a, document: { kind: passport, number: "3" } }

            """)
        #expect(found == [
            "s.spec:22:7: warning: s4: the representative's identity document is missing; the consent will leave it blank",
            "s.spec:22:7: warning: s4: the representative's address is missing; the consent will leave it blank",
            "s.spec:24:18: warning: s4: the guardian's appointing act needs its “kind” (постановление, распоряжение) and “issuer”; the consent will leave them blank",
            "s.spec:31:21: warning: s5: the trustee's appointing act is missing; add “authority: { kind, number, date, issuer }”, or the consent will leave it blank",
        ])
    }

    @Test func theDisseminationConsentNeedsContactsAndTheSchoolsSites() {
        let spec = "  - { id: t1, full_name: Кравченко Елена Викторовна, category: teacher, birth_date: 1979-04-12, document: { kind: passport, number: \"1\" }, publication: true }\n"
        let found = warnings(spec, websites: false)
        #expect(found.contains("s.spec:14:5: warning: t1: no address; the consent will leave it blank"))
        #expect(found.contains("s.spec:14:153: warning: t1: the dissemination consent needs a phone, e-mail or postal address; add “phone”, “email” or “address”"))
        #expect(found.contains("s.spec:14:153: warning: t1: the dissemination consent names the school's sites and groups; add “websites” to “organisation”"))
    }

    @Test func processorsNeedANameAndAnAddress() {
        let text = ValidationTests.header.replacingOccurrences(of: "  city: Примерск\n", with: "  city: Примерск\n  processors:\n    - { name: ГАУ «Центр» }\n")
        let root = try! SpecParser.parse(Array(text.utf8), file: "s.spec")
        var reader = SpecReader(file: "s.spec")
        _ = reader.programme(from: root)
        #expect(reader.diagnostics.map(\.description).contains("s.spec:7:7: error: “address” is required here"))
    }
}

@Suite struct RussianFilterTests {
    func fill(_ tag: String, _ data: DocumentEngine.TemplateValue) throws -> String {
        let template = try DocumentEngine.TextTemplate(tag, filters: .mentordocs)
        return try template.render(data).get()
    }

    @Test func casesInitialsAndChains() throws {
        let data: DocumentEngine.TemplateValue = ["d": ["full_name": "Соколова Анна Петровна"], "p": ["full_name": "Ким Саша", "gender": "male"]]
        #expect(try fill("Директору {{ d.full_name | dative | initials }}", data) == "Директору Соколовой\u{00A0}А.П.")
        #expect(try fill("{{ d.full_name | initials_first }}", data) == "А.П.\u{00A0}Соколова")
        #expect(try fill("{{ d.full_name | родительный }}", data) == "Соколовой Анны Петровны")
        #expect(try fill("{{ p.full_name | dative: p.gender }}", data) == "Киму Саше")
    }

    @Test func phrasesInAnyCase() throws {
        let data: DocumentEngine.TemplateValue = [
            "org": ["full_name": "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 99»"],
            "mentor": ["full_name": "Соколова Анна Петровна", "position": "учитель математики"],
            "issuer": "Отдел ЗАГС администрации г. Примерска", "d": "2026-11-05",
        ]
        #expect(try fill("даю согласие {{ org.full_name | phrase: \"dative\" }}", data)
            == "даю согласие Муниципальному бюджетному общеобразовательному учреждению «Средняя общеобразовательная школа № 99»")
        #expect(try fill("в {{ org.full_name | phrase: «предложный» }}", data)
            == "в Муниципальном бюджетном общеобразовательном учреждении «Средняя общеобразовательная школа № 99»")
        #expect(try fill("выдан {{ issuer | phrase: \"тп\" }}", data) == "выдан Отделом ЗАГС администрации г. Примерска")
        #expect(try fill("в {{ d | school_year | phrase: \"prepositional\" }}", data) == "в 2026–2027 учебном году")
        #expect(try fill("{{ mentor.full_name | dative }}, {{ mentor.position | phrase: \"dative\" }}", data)
            == "Соколовой Анне Петровне, учителю математики")
        #expect(throws: (any Error).self) { try fill("{{ issuer | phrase: \"dativ\" }}", data) }
    }

    @Test func datesAndNumbers() throws {
        let data: DocumentEngine.TemplateValue = ["d": "2026-11-05", "m": "8"]
        #expect(try fill("{{ d | date_quoted }}", data) == "«05»\u{00A0}ноября 2026\u{00A0}г.")
        #expect(try fill("{{ d | date_long }}", data) == "5\u{00A0}ноября 2026 года")
        #expect(try fill("{{ d | school_year }}", data) == "2026–2027 учебный год")
        #expect(try fill("на {{ m | months_words }}", data) == "на 8 (восемь) месяцев")
    }
}

/// The consent is chosen by age and never guessed: a birth date is required where the category does not tell.
@Suite struct AgeRequirementTests {
    func programme(replacing old: String, with new: String) -> Programme {
        let spec = ValidationTests.header.replacingOccurrences(of: old, with: new)
        let root = try! SpecParser.parse(Array(spec.utf8), file: "s.spec")
        var reader = SpecReader(file: "s.spec")
        return reader.programme(from: root)!
    }

    @Test func aStudentWithoutABirthDateIsAnErrorNamingOnlyTheirIDAndLine() {
        let programme = programme(replacing: "birth_date: 2014-03-09, ", with: "")
        let found = Validation.check(programme).map(\.description).filter { $0.contains(": error: ") }
        #expect(found == ["s.spec:17:5: error: s3: no birth_date; a student's age decides which consent is made and who signs it, so add birth_date: YYYY-MM-DD"])
        #expect(!found.joined().contains("Лебедев"), "no personal data beyond the id")
        let consents = DocumentPlanner.records(for: programme).filter { $0.kind.group == .consents && $0.participantIDs == ["s3"] }
        #expect(consents.isEmpty, "no form is guessed for them")
    }

    @Test func aGraduateWithoutABirthDateIsAnErrorToo() {
        let programme = programme(replacing: "category: student, birth_date: 2014-03-09", with: "category: graduate")
        #expect(Validation.check(programme).map(\.description).contains { $0.hasPrefix("s.spec:17:5: error: s3: no birth_date; a graduate's age") })
    }

    @Test func aTeacherWithoutABirthDateIsAnAdultWithABlankDate() {
        let programme = programme(replacing: "birth_date: 1979-04-12, ", with: "")
        let found = Validation.check(programme).map(\.description)
        #expect(!found.contains { $0.contains(": error: ") }, "\(found)")
        #expect(found.contains("s.spec:14:5: warning: t1: no birth_date; the consent will leave it blank"))
        #expect(DocumentPlanner.records(for: programme).filter { $0.participantIDs == ["t1"] }.map(\.kind).contains(.consentAdult))
    }

    @Test func aMenteeOfAnAgeLimitedFormNeedsABirthDateWhateverTheirCategory() {
        let spec = ValidationTests.header.replacingOccurrences(of: "birth_date: 2001-10-03, ", with: "")
            + "pairs:\n  - { id: p1, form: ученик – ученик, mentor: s1, mentee: t2, start: 2026-09-15, months: 8 }\n"
        let root = try! SpecParser.parse(Array(spec.utf8), file: "s.spec")
        var reader = SpecReader(file: "s.spec")
        let found = Validation.check(reader.programme(from: root)!).map(\.description)
        #expect(found.contains { $0.contains("error: p1: t2 has no birth_date; mentees of the form «ученик – ученик» must be 10 to 19 years old") })
    }

    @Test func theBandsChangeOnTheBirthdays() {
        let birth = CalendarDay(year: 2010, month: 6, day: 15)!
        func band(_ year: Int, _ month: Int, _ day: Int) -> AgeBand { AgeBand(born: birth, on: CalendarDay(year: year, month: month, day: day)!) }
        #expect(band(2024, 6, 14) == .child)
        #expect(band(2024, 6, 15) == .adolescent)
        #expect(band(2028, 6, 14) == .adolescent)
        #expect(band(2028, 6, 15) == .adult)
        #expect(AgeBand.adolescentAges == "14–17")
    }

    @Test func thePlannerPicksTheConsentByTheSameBands() {
        for (birth, kind) in [("2014-03-09", DocumentKind.consentRepresentative), ("2012-09-01", .consentMinor), ("2008-09-01", .consentAdult)] {
            let programme = programme(replacing: "birth_date: 2014-03-09", with: "birth_date: \(birth)")
            #expect(DocumentPlanner.records(for: programme).first { $0.participantIDs == ["s3"] }?.kind == kind, "\(birth)")
        }
    }
}
