import MentorDocs
import MentorDocsJournal

/// An edited journal of consents, read back and not yet recorded: each day the journal lacks, to be
/// recorded when the person confirms; how many it has already; and everything typed that will not be
/// applied, with its cell. The confirmation carries the days shown, one set of hidden fields each.
enum ConsentSheetPage {
    static func html(_ programme: Programme, file: String, reading: ConsentSheetReading, formToken: String) -> HTML {
        Layout.page(title: "Журнал согласий из файла", school: programme.organisation.shortName, section: .journal) {
            element("p") {
                "Файл «\(file)»: новых отметок \(reading.applied.count), уже в журнале \(reading.alreadyKnown), "
                "не будут записаны \(reading.notApplied.count)."
            }
            if !reading.notApplied.isEmpty {
                element("section", .class("notice warning"), Attribute("aria-labelledby", "not-applied")) {
                    element("h2", .id("not-applied")) { "Не будут записаны" }
                    element("p") { "Журнал оставит то, что в нём есть. Исправьте эти ячейки в файле и загрузите его снова, если нужно." }
                    element("ul", .class("problems")) {
                        for problem in reading.notApplied {
                            element("li") {
                                element("span", .class("place")) { place(problem.place) }
                                element("p", .class("message")) { problem.russianMessage }
                            }
                        }
                    }
                }
            }
            if reading.applied.isEmpty {
                element("p", .class("notice ok")) { "Новых отметок в файле нет: всё, что в нём написано, журнал уже знает." }
                element("p") { element("a", .href(Link("/journal"))) { "Вернуться к журналу" } }
            } else {
                element("h2") { "Будут записаны" }
                element("table", .class("list")) {
                    element("thead") {
                        element("tr") {
                            for heading in ["Ячейка", "Код", "ФИО", "Документ", "Отметка", "Дата"] {
                                element("th", Attribute("scope", "col")) { heading }
                            }
                        }
                    }
                    element("tbody") {
                        for applied in reading.applied {
                            let request = applied.request
                            element("tr") {
                                element("td") { place(applied.place) }
                                element("td", .class("code")) { request.personID }
                                element("td") { programme.participant(request.personID).map { FileNaming.surnameAndInitials($0.person.fullName) } ?? "" }
                                element("td") { Words.paper(request.paper) }
                                element("td") { request.event == .returned ? "вернулся подписанным" : "отозван" }
                                element("td") { Words.date(request.day) }
                            }
                        }
                    }
                }
                element("form", Attribute("method", "post"), Attribute("action", "/journal/consents/record"), .class("entry")) {
                    void("input", .type("hidden"), .name("form_token"), .value(formToken))
                    for applied in reading.applied {
                        void("input", .type("hidden"), .name("person"), .value(applied.request.personID))
                        void("input", .type("hidden"), .name("paper"), .value(applied.request.paper.rawValue))
                        void("input", .type("hidden"), .name("event"), .value(applied.request.event.rawValue))
                        void("input", .type("hidden"), .name("day"), .value(applied.request.day.iso))
                    }
                    element("div", .class("actions")) {
                        element("button", .type("submit")) { "Записать в журнал" }
                        element("a", .href(Link("/journal"))) { "Отменить" }
                    }
                }
            }
        }
    }

    /// The days a confirmation carries, or nil when its fields do not make whole requests.
    static func requests(_ form: FormFields) -> [MarkRequest]? {
        let people = form.all("person"), papers = form.all("paper"), events = form.all("event"), days = form.all("day")
        guard people.count == papers.count, people.count == events.count, people.count == days.count else { return nil }
        var requests: [MarkRequest] = []
        for index in people.indices {
            guard let paper = PaperKind(rawValue: papers[index]), let event = PaperEvent.Kind(rawValue: events[index]),
                let day = CalendarDay(parsing: days[index]), !people[index].isEmpty
            else { return nil }
            requests.append(MarkRequest(personID: people[index], paper: paper, event: event, day: day))
        }
        return requests
    }

    /// «лист «Согласия», строка 6, столбец F».
    static func place(_ place: SheetPlace) -> String {
        "лист «\(place.sheet)», строка \(place.row), столбец \(place.columnLetters)"
    }
}
