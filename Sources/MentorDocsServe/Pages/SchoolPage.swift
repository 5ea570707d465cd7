import MentorDocs

/// `/`: the school and its programme, the counts, and every problem `check` finds, each linked to the
/// person or pair it is about.
enum SchoolPage {
    static func html(_ programme: Programme, diagnostics: [SpecDiagnostic]) -> HTML {
        let statistics = ProgrammeStatistics(programme)
        let organisation = programme.organisation
        return Layout.page(title: "Программа наставничества", school: organisation.shortName, section: .school) {
            element("dl", .class("facts")) {
                fact("Организация", organisation.fullName)
                fact("Учебный год", programme.schoolYear)
                fact("Сроки", "\(Words.date(programme.start)) – \(Words.date(programme.end))")
                fact("Дата документов", Words.date(programme.documentDate))
                fact("Директор", organisation.director.person.fullName)
                fact("Куратор", organisation.curator.person.fullName)
            }
            problems(diagnostics, in: programme)
            element("h2") { "Участники" }
            element("table") {
                element("thead") {
                    element("tr") {
                        element("th", Attribute("scope", "col")) { "Категория" }
                        element("th", Attribute("scope", "col"), .class("number")) { "Всего" }
                        element("th", Attribute("scope", "col"), .class("number")) { "Наставники" }
                        element("th", Attribute("scope", "col"), .class("number")) { "Наставляемые" }
                    }
                }
                element("tbody") {
                    for category in Participant.Category.allCases {
                        let total = programme.participants.filter { $0.category == category }.count
                        if total > 0 {
                            let row = statistics.byCategory.first { $0.category == category }
                            element("tr") {
                                element("th", Attribute("scope", "row")) {
                                    element("a", .href(Link("/participants", query: [("category", category.rawValue)]))) {
                                        Words.categoryPlural(category)
                                    }
                                }
                                element("td", .class("number")) { "\(total)" }
                                element("td", .class("number")) { "\(row?.mentors ?? 0)" }
                                element("td", .class("number")) { "\(row?.mentees ?? 0)" }
                            }
                        }
                    }
                }
                element("tfoot") {
                    element("tr") {
                        element("th", Attribute("scope", "row")) { "Все" }
                        element("td", .class("number")) { "\(programme.participants.count)" }
                        element("td", .class("number")) { "\(statistics.mentors)" }
                        element("td", .class("number")) { "\(statistics.mentees)" }
                    }
                }
            }
            element("h2") { "Пары и группы по формам наставничества" }
            if statistics.byForm.isEmpty {
                element("p") { "В файле нет ни одной пары или группы." }
            } else {
                element("table") {
                    element("thead") {
                        element("tr") {
                            element("th", Attribute("scope", "col")) { "Форма" }
                            element("th", Attribute("scope", "col"), .class("number")) { "Пары и группы" }
                            element("th", Attribute("scope", "col"), .class("number")) { "Наставники" }
                            element("th", Attribute("scope", "col"), .class("number")) { "Наставляемые" }
                        }
                    }
                    element("tbody") {
                        for row in statistics.byForm {
                            element("tr") {
                                element("th", Attribute("scope", "row")) {
                                    element("a", .href(Link("/pairs", query: [("form", row.form.rawValue)]))) { row.form.rawValue }
                                }
                                element("td", .class("number")) { "\(row.pairs)" }
                                element("td", .class("number")) { "\(row.mentors)" }
                                element("td", .class("number")) { "\(row.mentees)" }
                            }
                        }
                    }
                }
            }
        }
    }

    private static func fact(_ term: String, _ value: String) -> HTML {
        element("div") {
            element("dt") { term }
            element("dd") { value }
        }
    }

    /// What `check` finds: a summary, then each problem with its place and a link to whom it concerns.
    static func problems(_ diagnostics: [SpecDiagnostic], in programme: Programme) -> HTML {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return element("section", .id("problems"), Attribute("aria-labelledby", "problems-title")) {
            element("h2", .id("problems-title")) { "Проверка файла" }
            if diagnostics.isEmpty {
                element("p", .class("notice ok")) { "Замечаний нет: документы можно делать." }
            } else {
                if errors > 0 {
                    element("p", .class("notice error")) {
                        "\(Words.count(errors, Words.problem)), \(Words.count(warnings, Words.warning)). "
                        "Пока ошибки не исправлены в файле, документы не делаются."
                    }
                } else {
                    element("p", .class("notice warning")) {
                        "\(Words.count(warnings, Words.warning)): документы можно делать, но в них останутся пустые места."
                    }
                }
                element("p", .class("hint")) {
                    "Сообщения те же, что у команды mentordocs check; место указано по строкам файла \(fileName(programme.file))."
                }
                element("ol", .class("problems")) {
                    for diagnostic in diagnostics {
                        element("li", .class(diagnostic.severity.rawValue)) {
                            element("span", .class("severity")) { Words.severity(diagnostic.severity) }
                            " "
                            element("span", .class("place")) { Words.place(diagnostic.location) }
                            if let entry = programme.entry(at: diagnostic.location) {
                                " "
                                entryLink(entry, in: programme)
                            }
                            element("p", .class("message")) { diagnostic.russianMessage }
                        }
                    }
                }
            }
        }
    }

    private static func entryLink(_ entry: ProgrammeEntry, in programme: Programme) -> HTML {
        switch entry {
        case .participant(let id):
            let name = programme.participant(id).map { FileNaming.surnameAndInitials($0.person.fullName) }
            return element("a", .href(.participant(id))) { name.map { "\(id), \($0)" } ?? id }
        case .pair(let id):
            return element("a", .href(.pair(id))) { "пара или группа \(id)" }
        }
    }

    /// The file's own name, without its folders.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
