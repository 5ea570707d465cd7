import DocumentEngine
public import SpecSyntax
import CalendarDays
import RussianLanguage

/// The rules of the target model a spec must keep, checked all at once.
///
/// Errors stop generation; warnings name what a document will print as a blank line.
public struct Validation {
    /// The programme being checked.
    public let programme: Programme
    /// The problems found so far.
    public private(set) var diagnostics: [SpecDiagnostic] = []
    /// Mentors already warned about, once each however many pairs they lead.
    private var warnedOfContract: Set<String> = []
    private var warnedOfWorkplace: Set<String> = []

    /// Every rule `programme` breaks, errors and warnings, in the order of their lines in the spec.
    public static func check(_ programme: Programme) -> [SpecDiagnostic] {
        var validation = Validation(programme: programme)
        validation.run()
        return validation.diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    private init(programme: Programme) { self.programme = programme }

    private mutating func run() {
        checkIdentifiers()
        for participant in programme.participants { check(participant) }
        for pair in programme.pairs { check(pair) }
        checkMenteesInOneFormOnce()
        checkYoungTeachersCanBeCounted()
        diagnostics += ScheduleValidation.check(programme)
    }

    /// With the school's number of young teachers given, the registers count the teacher mentees
    /// among them by the day they began teaching; one without it would be left out unseen.
    private mutating func checkYoungTeachersCanBeCounted() {
        guard programme.organisation.totals.youngTeachers != nil else { return }
        let mentees = Set(programme.pairs.flatMap(\.menteeIDs))
        for teacher in programme.participants where teacher.category == .teacher && mentees.contains(teacher.id) && teacher.workStart == nil {
            warning(teacher.location, "\(teacher.id): a teacher mentee without “work_start” is not counted among the young teachers of the registers' statistics; add the day they began teaching",
                russian: "\(teacher.id): у наставляемого педагога не указано поле «work_start», и в статистике реестров он не будет учтён среди молодых педагогов. Укажите день, когда он начал работать учителем.")
        }
    }

    // MARK: People

    private mutating func checkIdentifiers() {
        var seen: [String: SourceLocation] = [:]
        for participant in programme.participants {
            if let first = seen[participant.id] {
                error(participant.location, "the id “\(participant.id)” is used twice (first at \(first.line):\(first.column))",
                russian: "Код «\(participant.id)» встречается дважды (первый раз — строка \(first.line), позиция \(first.column)). Дайте участнику другой код в поле «id».")
            } else {
                seen[participant.id] = participant.location
            }
        }
        var pairs: [String: SourceLocation] = [:]
        for pair in programme.pairs {
            if let first = pairs[pair.id] ?? seen[pair.id] {
                error(pair.location, "the id “\(pair.id)” is used twice (first at \(first.line):\(first.column))",
                russian: "Код «\(pair.id)» встречается дважды (первый раз — строка \(first.line), позиция \(first.column)). Дайте паре другой код в поле «id».")
            } else {
                pairs[pair.id] = pair.location
            }
        }
    }

    private mutating func check(_ participant: Participant) {
        let date = programme.documentDate
        let person = participant.person
        let at = { (field: String) in participant.fieldLocations[field] ?? participant.location }
        if let birth = person.birthDate, (birth.year, birth.month, birth.day) > (date.year, date.month, date.day) {
            error(at("birth_date"), "\(participant.id): the birth date \(birth.formatted("dd.MM.yyyy")) is after the document date",
                russian: "\(participant.id): дата рождения \(birth.formatted("dd.MM.yyyy")) позже даты документов. Проверьте поле «birth_date».")
        }
        guard let band = participant.ageBand(on: date) else {
            error(participant.location, "\(participant.id): no birth_date; a \(participant.category.rawValue)'s age decides which consent is made and who signs it, so add birth_date: YYYY-MM-DD",
                russian: "\(participant.id): укажите дату рождения (поле «birth_date») — без неё нельзя выбрать форму согласия и того, кто его подписывает.")
            return
        }
        if person.birthDate == nil {
            warning(participant.location, "\(participant.id): no birth_date; the consent will leave it blank",
                russian: "\(participant.id): не указана дата рождения (поле «birth_date»), в согласии останется пустое место. Укажите её, если она известна.")
        }
        if band.isMinor && participant.representative == nil {
            let age = person.age(on: date).map { "\($0)" } ?? "a minor"
            error(participant.location, "\(participant.id) is \(age), a minor: add a “representative” (a parent, опекун or попечитель)",
                russian: "\(participant.id): участник несовершеннолетний\(person.age(on: date).map { " (\($0) \(RussianNumber.nounForm($0, .year, .nominative)))" } ?? ""). Укажите законного представителя — родителя, опекуна или попечителя (поле «representative»).")
        }
        if band != .child && person.document == nil {
            warning(participant.location, "\(participant.id): no identity document; the consent will leave it blank",
                russian: "\(participant.id): не указан документ, удостоверяющий личность (поле «document»), в согласии останется пустое место.")
        }
        if person.address == nil {
            warning(participant.location, "\(participant.id): no address; the consent will leave it blank",
                russian: "\(participant.id): не указан адрес (поле «address»), в согласии останется пустое место.")
        }
        if band.isMinor { checkRepresentation(of: participant, band: band) }
        if participant.allowsPublication { checkDissemination(of: participant, band: band) }
    }

    /// What a consent given for a minor or with their representative's consent cites: the child's
    /// birth certificate, the representative's address and passport, the document of their authority.
    private mutating func checkRepresentation(of participant: Participant, band: AgeBand) {
        let at = { (field: String) in participant.fieldLocations[field] ?? participant.location }
        if band == .child {
            if participant.person.document == nil {
                warning(participant.location, "\(participant.id): no birth certificate (“document” with kind birth_certificate); the consent will leave it blank",
                russian: "\(participant.id): не указано свидетельство о рождении (поле «document» с видом birth_certificate), в согласии останется пустое место.")
            } else if participant.person.document?.kind != .birthCertificate {
                warning(at("document"), "\(participant.id) is \(participant.person.age(on: programme.documentDate).map(String.init) ?? "under \(AgeBand.ownSignatureAge)"): the representative's consent cites the child's birth certificate; give “document” with kind birth_certificate",
                russian: "\(participant.id): в согласии представителя за ребёнка младше \(AgeBand.ownSignatureAge) лет указывается свидетельство о рождении. Укажите в поле «document» вид birth_certificate.")
            }
        }
        guard let representative = participant.representative else { return }
        let atRepresentative = { (field: String) in representative.fieldLocations[field] ?? at("representative") }
        if representative.person.document == nil {
            warning(at("representative"), "\(participant.id): the representative's identity document is missing; the consent will leave it blank",
                russian: "\(participant.id): не указан документ, удостоверяющий личность представителя (поле «document» в «representative»), в согласии останется пустое место.")
        }
        if representative.person.address == nil {
            warning(at("representative"), "\(participant.id): the representative's address is missing; the consent will leave it blank",
                russian: "\(participant.id): не указан адрес представителя (поле «address» в «representative»), в согласии останется пустое место.")
        }
        if representative.relation.isParent {
            if band == .adolescent && participant.childsBirthCertificate == nil {
                warning(participant.location, "\(participant.id): a parent's authority is the child's birth certificate; add “birth_certificate: { series, number, issued_by, issued_on }”, or the consent will leave it blank",
                russian: "\(participant.id): полномочия родителя подтверждает свидетельство о рождении ребёнка. Укажите «birth_certificate: { series, number, issued_by, issued_on }», иначе в согласии останется пустое место.")
            }
        } else if let act = representative.authorityAct {
            if act.kind == nil || act.issuer == nil {
                warning(atRepresentative(representative.fieldLocations["authority"] != nil ? "authority" : "act"),
                    "\(participant.id): the \(representative.relation.rawValue)'s appointing act needs its “kind” (постановление, распоряжение) and “issuer”; the consent will leave them blank",
                russian: "\(participant.id): в акте о назначении представителя (\(representative.relation.title)) укажите вид (поле «kind»: постановление, распоряжение) и кем он издан (поле «issuer»), иначе в согласии останутся пустые места.")
            }
        } else {
            warning(at("representative"), "\(participant.id): the \(representative.relation.rawValue)'s appointing act is missing; add “authority: { kind, number, date, issuer }”, or the consent will leave it blank",
                russian: "\(participant.id): не указан акт о назначении представителя (\(representative.relation.title)). Добавьте «authority: { kind, number, date, issuer }», иначе в согласии останется пустое место.")
        }
    }

    /// The dissemination consent (art. 10.1 of 152-ФЗ, Roskomnadzor order № 18) names the
    /// subject's contacts and the operator's information resources.
    private mutating func checkDissemination(of participant: Participant, band: AgeBand) {
        let at = { (field: String) in participant.fieldLocations[field] ?? participant.location }
        let contacts = participant.person.hasContacts || (band.isMinor && participant.representative?.person.hasContacts == true)
        if !contacts {
            warning(at("publication"), "\(participant.id): the dissemination consent needs a phone, e-mail or postal address; add “phone”, “email” or “address”",
                russian: "\(participant.id): в согласии на распространение данных нужен телефон, электронная почта или почтовый адрес. Заполните поле «phone», «email» или «address».")
        }
        if programme.organisation.websites.isEmpty {
            warning(at("publication"), "\(participant.id): the dissemination consent names the school's sites and groups; add “websites” to “organisation”",
                russian: "\(participant.id): в согласии на распространение данных называются сайты и группы школы. Добавьте поле «websites» в раздел «organisation».")
        }
    }

    // MARK: Pairs

    private mutating func check(_ pair: MentoringPair) {
        let at = { (field: String) in pair.fieldLocations[field] ?? pair.location }
        if !programme.forms.contains(pair.form) {
            let forms = programme.forms.map { "«\($0.rawValue)»" }.joined(separator: ", ")
            error(at("form"), "\(pair.id): the form «\(pair.form.rawValue)» is not among the programme's forms (\(forms))",
                russian: "\(pair.id): формы «\(pair.form.rawValue)» нет среди форм наставничества программы (\(forms)). Выберите одну из них или добавьте её в поле «forms».")
        }
        let mentor = programme.participant(pair.mentorID)
        if mentor == nil {
            error(at("mentor"), "\(pair.id): there is no participant with the id “\(pair.mentorID)”",
                russian: "\(pair.id): участника с кодом «\(pair.mentorID)» нет. Проверьте поле «mentor».")
        }
        for (index, menteeID) in pair.menteeIDs.enumerated() {
            let location = pair.fieldLocations["mentees.\(index)"] ?? at(pair.fieldLocations["mentee"] != nil ? "mentee" : "mentees")
            guard let mentee = programme.participant(menteeID) else {
                error(location, "\(pair.id): there is no participant with the id “\(menteeID)”",
                russian: "\(pair.id): участника с кодом «\(menteeID)» нет. Проверьте код наставляемого.")
                continue
            }
            if menteeID == pair.mentorID {
                error(location, "\(pair.id): “\(menteeID)” cannot be their own mentor",
                russian: "\(pair.id): «\(menteeID)» не может быть наставником самому себе. Выберите другого наставника или наставляемого.")
            }
            if let mentor, let representative = mentee.representative, representative.relation.isParent,
                Self.samePerson(representative.person, mentor.person)
            {
                error(at("mentor"), "\(pair.id): \(mentor.id) is the parent of \(mentee.id); a parent cannot mentor their own child",
                russian: "\(pair.id): \(mentor.id) — родитель \(mentee.id), а родитель не может быть наставником своего ребёнка. Выберите другого наставника.")
            }
            if pair.form.limitsMenteeAge {
                if let age = mentee.person.age(on: programme.documentDate) {
                    if !(10...19).contains(age) {
                        error(location, "\(pair.id): \(mentee.id) is \(age); mentees of the form «\(pair.form.rawValue)» must be 10 to 19 years old",
                russian: "\(pair.id): \(mentee.id) — \(age) \(RussianNumber.nounForm(age, .year, .nominative)), а наставляемым формы «\(pair.form.rawValue)» должно быть от 10 до 19 лет.")
                    }
                } else if mentee.category.isAdultByDefinition {
                    error(location, "\(pair.id): \(mentee.id) has no birth_date; mentees of the form «\(pair.form.rawValue)» must be 10 to 19 years old, so add it",
                russian: "\(pair.id): у \(mentee.id) не указана дата рождения, а наставляемым формы «\(pair.form.rawValue)» должно быть от 10 до 19 лет. Заполните поле «birth_date».")
                }
            }
        }
        if let mentor { checkEmployment(of: mentor, in: pair) }
        if pair.plan.isEmpty {
            warning(pair.location, "\(pair.id): the individual plan has no items; the plan's table will be empty",
                russian: "\(pair.id): в индивидуальном плане нет ни одного пункта (поле «plan»), таблица плана будет пустой.")
        }
    }

    /// A teacher mentor gets a supplementary labour agreement that states the pay, the volume of
    /// work and the contract it amends; an employer mentor's agreement names their organisation.
    private mutating func checkEmployment(of mentor: Participant, in pair: MentoringPair) {
        if pair.form.mentorIsEmployee && mentor.category == .teacher {
            if pair.mentorPay == nil {
                warning(pair.location, "\(pair.id): no “mentor_pay”; the supplementary labour agreement will leave the pay blank",
                russian: "\(pair.id): не указана оплата наставника (поле «mentor_pay»), в дополнительном соглашении к трудовому договору останется пустое место.")
            }
            if pair.mentorWorkload == nil {
                warning(pair.location, "\(pair.id): no “mentor_workload”; the supplementary labour agreement will leave the volume of work blank",
                russian: "\(pair.id): не указан объём работы наставника (поле «mentor_workload»), в дополнительном соглашении к трудовому договору останется пустое место.")
            }
            if mentor.labourContract == nil, !warnedOfContract.contains(mentor.id) {
                warnedOfContract.insert(mentor.id)
                warning(mentor.location, "\(mentor.id): no “labour_contract” (number and date); the supplementary labour agreement will leave it blank",
                russian: "\(mentor.id): не указаны номер и дата трудового договора (поле «labour_contract»), в дополнительном соглашении останется пустое место.")
            }
        }
        if mentor.category == .employer, mentor.workplace == nil, !warnedOfWorkplace.contains(mentor.id) {
            warnedOfWorkplace.insert(mentor.id)
            warning(mentor.location, "\(mentor.id): an employer mentor without “workplace”; the agreement will not name their organisation",
                russian: "\(mentor.id): у наставника от работодателя не указано место работы (поле «workplace»), в соглашении не будет названа его организация.")
        }
    }

    private mutating func checkMenteesInOneFormOnce() {
        var seen: [String: String] = [:]
        for pair in programme.pairs {
            for (index, mentee) in pair.menteeIDs.enumerated() {
                let key = mentee + "|" + pair.form.rawValue
                if let other = seen[key] {
                    let location = pair.fieldLocations["mentees.\(index)"] ?? pair.fieldLocations["mentee"] ?? pair.location
                    error(location, "\(pair.id): \(mentee) is already a mentee of the form «\(pair.form.rawValue)» in \(other)",
                russian: "\(pair.id): \(mentee) уже наставляемый формы «\(pair.form.rawValue)» в паре \(other). В одной форме участник может быть наставляемым только один раз.")
                } else {
                    seen[key] = pair.id
                }
            }
        }
    }

    private static func samePerson(_ a: Person, _ b: Person) -> Bool {
        let sameName = a.fullName.lowercased().replacing("ё", with: "е")
            == b.fullName.lowercased().replacing("ё", with: "е")
        guard sameName else { return false }
        if let first = a.birthDate, let second = b.birthDate { return first == second }
        return true
    }

    private mutating func error(_ location: SourceLocation, _ message: String, russian: String) {
        diagnostics.append(SpecDiagnostic(.validation, location: location, severity: .error, message: message, russian: russian))
    }

    private mutating func warning(_ location: SourceLocation, _ message: String, russian: String) {
        diagnostics.append(SpecDiagnostic(.validation, location: location, severity: .warning, message: message, russian: russian))
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
