import MentorDocs
import MentorDocsJournal
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `/journal`: per class (or for one pair or group) who still owes which paper, from the journal
/// beside the spec; each row has a form that records the paper returned signed or withdrawn, as
/// `mentordocs mark` does.
enum JournalPage {
    /// Which tables to show: a class, a pair, or everyone; only what is still to come back.
    struct Filter: Equatable {
        var schoolClass = ""
        var pair = ""
        var missingOnly = false

        init(_ query: FormFields) {
            schoolClass = query["class"] ?? ""
            pair = query["pair"] ?? ""
            missingOnly = query["missing"] == "1"
        }

        /// The filter as query values, for the address the page comes back to after a mark.
        var query: [(name: String, value: String)] {
            var query: [(name: String, value: String)] = []
            if !schoolClass.isEmpty { query.append(("class", schoolClass)) }
            if !pair.isEmpty { query.append(("pair", pair)) }
            if missingOnly { query.append(("missing", "1")) }
            return query
        }
    }

    static func html(_ programme: Programme, report: SignedPapersReport?, filter: Filter, problem: String? = nil, notice: String? = nil,
        today: CalendarDay, formToken: String) -> HTML
    {
        Layout.page(title: "Журнал: что вернулось подписанным", school: programme.organisation.shortName, section: .journal) {
            if let problem {
                element("p", .class("notice error"), Attribute("role", "alert")) { problem }
            }
            if let notice {
                element("p", .class("notice ok"), Attribute("role", "status")) { notice }
            }
            files(hasJournal: report != nil, formToken: formToken)
            if let report {
                filterForm(programme, report: report, filter: filter)
                let tables = self.tables(report, filter: filter)
                if tables.isEmpty {
                    element("p", .class("notice ok")) {
                        filter.missingOnly ? "Всё выданное вернулось подписанным или отозвано." : "Здесь никого нет."
                    }
                }
                for table in tables {
                    element("h2") { title(table, in: programme) }
                    element("table", .class("list journal")) {
                        element("thead") {
                            element("tr") {
                                for heading in ["Код", "ФИО", "Документ", "Выдан", "Вернулся", "Отозван", "Состояние", "Отметить"] {
                                    element("th", Attribute("scope", "col")) { heading }
                                }
                            }
                        }
                        element("tbody") {
                            for person in table.people {
                                for (index, status) in person.papers.enumerated() {
                                    row(person, status, first: index == 0, programme: programme, filter: filter, today: today, formToken: formToken)
                                }
                            }
                        }
                    }
                }
            } else {
                element("p", .class("notice warning")) {
                    "Журнал ещё пуст: документы, которые делает команда mentordocs generate, записываются в него, "
                    "и тогда здесь видно, кто что вернул."
                }
            }
        }
    }

    /// The tables the filter asks for: a class, a pair, or one per class and one for everyone else.
    static func tables(_ report: SignedPapersReport, filter: Filter) -> [PapersTable] {
        var tables: [PapersTable]
        if !filter.pair.isEmpty {
            tables = report.table(forPair: filter.pair).map { [$0] } ?? []
        } else if !filter.schoolClass.isEmpty {
            tables = report.table(forClass: filter.schoolClass).map { [$0] } ?? []
        } else {
            tables = report.tablesByClass()
        }
        if filter.missingOnly { tables = tables.map { $0.outstanding() } }
        return tables.filter { table in table.people.contains { !$0.papers.isEmpty } }
    }

    /// The registers to download, with the journal of consents, and the journal of consents edited in a
    /// spreadsheet to upload back.
    private static func files(hasJournal: Bool, formToken: String) -> HTML {
        element("section", .class("files"), Attribute("aria-labelledby", "files-title")) {
            element("h2", .id("files-title")) { "Журнал согласий и реестры" }
            element("p", .class("hint")) {
                "Реестры наставнической деятельности: базы наставляемых и наставников, журнал учёта согласий (из этого журнала) "
                "и статистика. Таблицу можно вести в Excel или LibreOffice Calc: впишите даты возврата и отзыва согласий "
                "на листе «Согласия» и загрузите файл сюда — даты будут внесены в журнал."
            }
            element("form", Attribute("method", "post"), Attribute("action", "/journal/registers"), .class("downloads")) {
                void("input", .type("hidden"), .name("form_token"), .value(formToken))
                element("button", .type("submit"), .name("format"), .value("xlsx")) { "Таблица Excel (XLSX)" }
                element("button", .type("submit"), .name("format"), .value("ods")) { "Таблица LibreOffice (ODS)" }
                element("button", .type("submit"), .name("format"), .value("docx"), .class("secondary")) { "Для печати: Word (DOCX)" }
                element("button", .type("submit"), .name("format"), .value("odt"), .class("secondary")) { "Для печати: LibreOffice (ODT)" }
            }
            if hasJournal {
                element("form", Attribute("method", "post"), Attribute("action", "/journal/consents"), Attribute("enctype", "multipart/form-data"),
                    .class("upload"))
                {
                    void("input", .type("hidden"), .name("form_token"), .value(formToken))
                    element("label", .for("sheet")) { "Журнал согласий с вписанными датами (XLSX или ODS)" }
                    void("input", .type("file"), .id("sheet"), .name("sheet"), Attribute("accept", ".xlsx,.ods"), Attribute("required", flag: true))
                    element("button", .type("submit")) { "Посмотреть, что в файле" }
                }
            }
        }
    }

    private static func filterForm(_ programme: Programme, report: SignedPapersReport, filter: Filter) -> HTML {
        element("form", Attribute("method", "get"), Attribute("action", "/journal"), .class("filters")) {
            element("div", .class("field")) {
                element("label", .for("class")) { "Класс" }
                element("select", .id("class"), .name("class")) {
                    element("option", .value(""), .selected(filter.schoolClass.isEmpty)) { "Все" }
                    for name in report.classes {
                        element("option", .value(name), .selected(filter.schoolClass == name)) { name }
                    }
                }
            }
            element("div", .class("field")) {
                element("label", .for("pair")) { "Пара или группа" }
                element("select", .id("pair"), .name("pair")) {
                    element("option", .value(""), .selected(filter.pair.isEmpty)) { "Все" }
                    for pair in programme.pairs {
                        element("option", .value(pair.id), .selected(filter.pair == pair.id)) { "\(pair.id): \(pair.form.rawValue)" }
                    }
                }
            }
            element("div", .class("field")) {
                element("label") {
                    void("input", .type("checkbox"), .name("missing"), .value("1"), .checked(filter.missingOnly))
                    " Только то, что ещё не вернулось"
                }
            }
            element("div", .class("actions")) {
                element("button", .type("submit")) { "Показать" }
                element("a", .href(Link("/journal"))) { "Сбросить" }
            }
        }
    }

    private static func row(_ person: PersonPapers, _ status: PaperStatus, first: Bool, programme: Programme, filter: Filter,
        today: CalendarDay, formToken: String) -> HTML
    {
        let id = person.participant.id
        return element("tr", first ? .id(Anchor.participant(id)) : Attribute("id", flag: false)) {
            element("td", .class("code")) { first ? id : "" }
            element("th", Attribute("scope", "row")) { first ? FileNaming.surnameAndInitials(person.participant.person.fullName) : "" }
            element("td") { paperLabel(status.key, for: id, in: programme) }
            element("td") { status.paper.map { Words.date($0.latest.day) } ?? "—" }
            element("td") { status.paper?.returned.map(Words.date) ?? "—" }
            element("td") { status.paper?.withdrawn.map(Words.date) ?? "—" }
            element("td", .class("state " + status.state.rawValue.replacing(" ", with: "-"))) {
                state(status)
            }
            element("td") {
                if status.paper != nil {
                    markForm(status, personID: id, filter: filter, today: today, formToken: formToken)
                }
            }
        }
    }

    /// A row's form: the day, and a button for each mark the paper can take now.
    private static func markForm(_ status: PaperStatus, personID: String, filter: Filter, today: CalendarDay, formToken: String) -> HTML {
        let canReturn = status.state != .returned || status.paper?.changedSinceReturned == true
        let canWithdraw = status.key.kind.canBeWithdrawn && status.state == .returned
        return element("form", Attribute("method", "post"), Attribute("action", "/journal"), .class("mark")) {
            void("input", .type("hidden"), .name("form_token"), .value(formToken))
            void("input", .type("hidden"), .name("paper"), .value(status.key.kind.rawValue))
            void("input", .type("hidden"), .name("person"), .value(personID))
            void("input", .type("hidden"), .name("people"), .value(status.key.personIDs.joined(separator: ",")))
            void("input", .type("hidden"), .name("pair_id"), .value(status.key.pairID ?? ""))
            for (name, value) in filter.query {
                void("input", .type("hidden"), .name("back_" + name), .value(value))
            }
            if canReturn || canWithdraw {
                element("label", .class("day")) {
                    "Дата "
                    void("input", .type("text"), .name("day"), .value(Words.date(today)), Attribute("size", "10"),
                        Attribute("aria-label", "Дата отметки"))
                }
            }
            if canReturn {
                element("button", .type("submit"), .name("event"), .value(PaperEvent.Kind.returned.rawValue)) { "Вернулся подписанным" }
            }
            if canWithdraw {
                element("button", .type("submit"), .name("event"), .value(PaperEvent.Kind.withdrawn.rawValue), .class("secondary")) { "Отозван" }
            }
        }
    }

    static func paperLabel(_ key: PaperKey, for personID: String, in programme: Programme) -> String {
        var label = Words.paper(key.kind)
        if let pair = key.pairID { label += " (\(pair))" }
        // «с Лебедевым Л.Р.»: the partners in the instrumental case, surname and initials.
        let others = key.personIDs.filter { $0 != personID }.map { id in
            programme.participant(id).map { participant in
                PersonName(parsing: participant.person.fullName)?.declined(to: .instrumental, gender: participant.person.resolvedGender)
                    .initialsAfterSurname ?? FileNaming.surnameAndInitials(participant.person.fullName)
            } ?? id
        }
        if !others.isEmpty { label += " с " + others.joined(separator: ", ") }
        return label
    }

    private static func state(_ status: PaperStatus) -> String {
        var words = Words.paperState(status.state)
        if status.paper?.changedSinceReturned == true { words += "; изменён после подписания" }
        if !status.planned { words += "; файл школы его уже не делает" }
        return words
    }

    private static func title(_ table: PapersTable, in programme: Programme) -> String {
        switch table.grouping {
        case .studentClass(let name): return name
        case .noClass: return "Без класса: педагоги и другие взрослые"
        case .pair(let id):
            guard let pair = programme.pairs.first(where: { $0.id == id }) else { return id }
            return "\(pair.isGroup ? "Группа" : "Пара") \(id), \(pair.form.rawValue)"
        }
    }
}
