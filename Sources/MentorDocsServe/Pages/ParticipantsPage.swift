#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MentorDocs

/// `/participants`: everyone in the spec, with a search box and filters by class and category, as GET
/// parameters (the form works without JavaScript, and a filtered list has an address of its own).
enum ParticipantsPage {
    struct Filter: Equatable {
        var text = ""
        var schoolClass = ""
        var category = ""
        /// A form of mentoring: who is in a pair or group of it, as mentor or mentee.
        var form = ""
        /// Only those who owe a paper: one not issued yet or not returned signed (`status`'s «missing»).
        var missingOnly = false

        init(_ query: FormFields) {
            text = query["q"]?.trimmingWhitespace() ?? ""
            schoolClass = query["class"] ?? ""
            category = query["category"] ?? ""
            form = query["form"] ?? ""
            missingOnly = query["missing"] == "1"
        }

        /// Whether the filter reads the journal, which changes without the spec: such a page is never kept.
        var readsJournal: Bool { missingOnly }

        func admits(_ participant: Participant, in programme: Programme, owing: Set<String>) -> Bool {
            if !form.isEmpty && !programme.pairs.contains(where: {
                $0.form.rawValue == form && ($0.mentorID == participant.id || $0.menteeIDs.contains(participant.id))
            }) {
                return false
            }
            if missingOnly && !owing.contains(participant.id) { return false }
            return admits(participant)
        }

        func admits(_ participant: Participant) -> Bool {
            if !text.isEmpty {
                let needle = Self.searchable(text)
                guard Self.searchable(participant.person.fullName).contains(needle) || Self.searchable(participant.id).contains(needle)
                else { return false }
            }
            if !schoolClass.isEmpty && participant.classOrPosition != schoolClass { return false }
            if !category.isEmpty && participant.category.rawValue != category { return false }
            return true
        }

        /// Lower case, «ё» as «е», so «Семён» is found by «семен».
        static func searchable(_ text: String) -> String {
            text.lowercased().replacing("ё", with: "е")
        }
    }

    /// The classes pupils are in, in the order people sort them («5 «А»» before «10 «Б»»).
    static func classes(of programme: Programme) -> [String] {
        var seen = Set<String>()
        let classes = programme.participants.filter { $0.category == .student }.compactMap(\.classOrPosition).filter { seen.insert($0).inserted }
        return classes.sorted(by: ClassNameOrder.areInIncreasingOrder)
    }

    static let consentKinds: Set<DocumentKind> = [.consentAdult, .consentMinor, .consentRepresentative, .consentPublication]

    /// The page; `owing` names who owes a paper, read from the journal when the filter asks for it.
    static func html(_ programme: Programme, query: FormFields, owing: Set<String> = []) -> HTML {
        let filter = Filter(query)
        let shown = programme.participants.filter { filter.admits($0, in: programme, owing: owing) }
        // Which consents each person gets is the planner's to say, as it says for `generate`.
        var consents: [String: [DocumentKind]] = [:]
        for record in DocumentPlanner.records(for: programme, kinds: consentKinds) {
            for id in record.participantIDs { consents[id, default: []].append(record.kind) }
        }
        let date = programme.documentDate
        return Layout.page(title: "Участники", school: programme.organisation.shortName, section: .participants) {
            element("form", Attribute("method", "get"), Attribute("action", "/participants"), .class("filters"), Attribute("role", "search")) {
                element("div", .class("field")) {
                    element("label", .for("q")) { "Фамилия, имя или код" }
                    void("input", .type("search"), .id("q"), .name("q"), .value(filter.text))
                }
                element("div", .class("field")) {
                    element("label", .for("class")) { "Класс" }
                    element("select", .id("class"), .name("class")) {
                        element("option", .value(""), .selected(filter.schoolClass.isEmpty)) { "Все классы" }
                        for schoolClass in classes(of: programme) {
                            element("option", .value(schoolClass), .selected(filter.schoolClass == schoolClass)) { schoolClass }
                        }
                    }
                }
                element("div", .class("field")) {
                    element("label", .for("category")) { "Категория" }
                    element("select", .id("category"), .name("category")) {
                        element("option", .value(""), .selected(filter.category.isEmpty)) { "Все категории" }
                        for category in Participant.Category.allCases where programme.participants.contains(where: { $0.category == category }) {
                            element("option", .value(category.rawValue), .selected(filter.category == category.rawValue)) {
                                Words.categoryPlural(category)
                            }
                        }
                    }
                }
                element("div", .class("field")) {
                    element("label", .for("form")) { "Форма наставничества" }
                    element("select", .id("form"), .name("form")) {
                        element("option", .value(""), .selected(filter.form.isEmpty)) { "Все формы" }
                        for form in PairsPage.forms(of: programme) {
                            element("option", .value(form.rawValue), .selected(filter.form == form.rawValue)) { form.rawValue }
                        }
                    }
                }
                element("div", .class("field")) {
                    element("label") {
                        void("input", .type("checkbox"), .name("missing"), .value("1"), .checked(filter.missingOnly))
                        " Только те, за кем остались документы"
                    }
                }
                element("div", .class("actions")) {
                    element("button", .type("submit")) { "Показать" }
                    element("a", .href(Link("/participants"))) { "Сбросить" }
                }
            }
            element("p", .class("add")) {
                element("a", .href(Link("/participants/new")), .class("button")) { "Добавить участника" }
                " "
                element("a", .href(Link("/import"))) { "Загрузить список класса" }
            }
            element("p", .class("count"), Attribute("role", "status")) {
                "Показано \(shown.count) из \(Words.count(programme.participants.count, RussianNumber.NounForms.participant, .genitive))."
            }
            if shown.isEmpty {
                element("p") { "Никто не подходит под выбранные условия." }
            } else {
                element("table", .class("list")) {
                    element("thead") {
                        element("tr") {
                            for heading in ["Код", "ФИО", "Категория", "Класс или должность", "Возраст", "Согласие", ""] {
                                element("th", Attribute("scope", "col")) { heading }
                            }
                        }
                    }
                    element("tbody") {
                        for participant in shown {
                            element("tr", .id(Anchor.participant(participant.id))) {
                                element("td", .class("code")) { participant.id }
                                element("th", Attribute("scope", "row")) { participant.person.fullName }
                                element("td") { participant.category.title }
                                element("td") { participant.classOrPosition ?? "—" }
                                element("td") { Words.ageBand(participant.ageBand(on: date)) }
                                element("td") { consentCell(consents[participant.id] ?? []) }
                                element("td") {
                                    element("a", .href(.editParticipant(participant.id)), Attribute("aria-label", "Изменить: \(participant.person.fullName)")) { "Изменить" }
                                    " "
                                    element("a", .href(EntryKind.participant.removeLink(participant.id)), .class("remove"),
                                        Attribute("aria-label", "Удалить: \(participant.person.fullName)")) { "Удалить" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func consentCell(_ kinds: [DocumentKind]) -> HTML {
        if kinds.isEmpty { return HTML(text: "не определено: нет даты рождения") }
        return element("ul", .class("plain")) {
            for kind in kinds { element("li") { Words.kind(kind) } }
        }
    }
}
