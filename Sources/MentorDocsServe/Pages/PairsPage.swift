import MentorDocs

/// `/pairs`: the pairs and groups, filtered by form (a GET parameter, as the participants' filters).
enum PairsPage {
    /// The forms the programme names, then any other a pair is of, in that order.
    static func forms(of programme: Programme) -> [MentoringForm] {
        var forms = programme.forms
        for pair in programme.pairs where !forms.contains(pair.form) { forms.append(pair.form) }
        return forms
    }

    static func html(_ programme: Programme, query: FormFields) -> HTML {
        let form = query["form"] ?? ""
        let shown = programme.pairs.filter { form.isEmpty || $0.form.rawValue == form }
        let forms = forms(of: programme)
        return Layout.page(title: "Пары и группы", school: programme.organisation.shortName, section: .pairs) {
            element("form", Attribute("method", "get"), Attribute("action", "/pairs"), .class("filters")) {
                element("div", .class("field")) {
                    element("label", .for("form")) { "Форма наставничества" }
                    element("select", .id("form"), .name("form")) {
                        element("option", .value(""), .selected(form.isEmpty)) { "Все формы" }
                        for item in forms {
                            element("option", .value(item.rawValue), .selected(form == item.rawValue)) { item.rawValue }
                        }
                    }
                }
                element("div", .class("actions")) {
                    element("button", .type("submit")) { "Показать" }
                    element("a", .href(Link("/pairs"))) { "Сбросить" }
                }
            }
            element("p", .class("add")) { element("a", .href(Link("/pairs/new")), .class("button")) { "Добавить пару или группу" } }
            element("p", .class("count"), Attribute("role", "status")) { "Показано \(shown.count) из \(programme.pairs.count)." }
            if shown.isEmpty {
                element("p") { "Пар и групп с такой формой нет." }
            } else {
                element("table", .class("list")) {
                    element("thead") {
                        element("tr") {
                            for heading in ["Код", "Форма", "Наставник", "Наставляемые", "Начало", "Срок", "План", ""] {
                                element("th", Attribute("scope", "col")) { heading }
                            }
                        }
                    }
                    element("tbody") {
                        for pair in shown {
                            element("tr", .id(Anchor.pair(pair.id))) {
                                element("th", Attribute("scope", "row"), .class("code")) { pair.id }
                                element("td") { pair.isGroup ? "\(pair.form.rawValue) (группа)" : pair.form.rawValue }
                                element("td") { person(pair.mentorID, in: programme) }
                                element("td") {
                                    element("ul", .class("plain")) {
                                        for id in pair.menteeIDs { element("li") { person(id, in: programme) } }
                                    }
                                }
                                element("td") { Words.date(pair.start) }
                                element("td") { "\(pair.months) \(RussianNumber.nounForm(pair.months, .month, .nominative))" }
                                element("td") {
                                    pair.plan.isEmpty ? "нет пунктов" : "\(pair.plan.count) \(RussianNumber.nounForm(pair.plan.count, planItem, .nominative))"
                                }
                                element("td") {
                                    element("a", .href(.editPair(pair.id)), Attribute("aria-label", "Изменить: \(pair.id)")) { "Изменить" }
                                    " "
                                    element("a", .href(EntryKind.pair.removeLink(pair.id)), .class("remove"),
                                        Attribute("aria-label", "Удалить: \(pair.id)")) { "Удалить" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A participant's name linked to their row; an id the spec does not know, as it is (`check` names it).
    private static func person(_ id: String, in programme: Programme) -> HTML {
        guard let participant = programme.participant(id) else { return HTML(text: "\(id) — нет в списке участников") }
        return element("a", .href(.participant(id))) { participant.person.fullName }
    }

    private static let planItem = RussianNumber.NounForms(gender: .masculine,
        singular: ["пункт", "пункта", "пункту", "пункт", "пунктом", "пункте"],
        plural: ["пункты", "пунктов", "пунктам", "пункты", "пунктами", "пунктах"])
}
