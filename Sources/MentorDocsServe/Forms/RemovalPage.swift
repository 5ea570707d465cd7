import MentorDocs

/// The page that asks to confirm a removal, or says what must change first.
enum RemovalPage {
    static func html(_ kind: EntryKind, id: String, name: String, obstacles: EntryRemoval.Obstacles, school: String, version: String,
        formToken: String) -> HTML
    {
        Layout.page(title: kind == .participant ? "Удаление участника" : "Удаление пары или группы", school: school, section: kind.section) {
            if !obstacles.pairs.isEmpty {
                element("div", .class("notice error"), Attribute("role", "alert")) {
                    element("p") {
                        "Участника \(name) нельзя удалить, пока участник входит в "
                        obstacles.pairs.count == 1 ? "пару или группу — сначала удалите её или замените в ней участника:"
                            : "пары и группы — сначала удалите их или замените в них участника:"
                    }
                    element("ul") {
                        for pair in obstacles.pairs {
                            element("li") {
                                element("a", .href(.editPair(pair.id))) { "\(pair.id): \(pair.form.rawValue)" }
                                pair.mentorID == id ? " (наставник)" : " (наставляемый)"
                            }
                        }
                    }
                }
            } else if !obstacles.problems.isEmpty {
                element("div", .class("notice error"), Attribute("role", "alert")) {
                    element("p") { "Запись \(name) нельзя удалить: без неё в файле школы будут ошибки." }
                    element("ul") {
                        for problem in obstacles.problems { element("li") { problem } }
                    }
                }
            } else {
                element("p") {
                    kind == .participant ? "Удалить участника \(name) из файла школы?" : "Удалить пару или группу \(name) из файла школы?"
                }
                element("p", .class("hint")) {
                    "Из файла уберутся только строки этой записи; прежняя версия файла останется рядом с ним (файл с окончанием .bak). "
                    "Выданные документы останутся в журнале."
                }
                element("form", Attribute("method", "post"), Attribute("action", kind.removeLink(id).address), .class("entry")) {
                    void("input", .type("hidden"), .name("form_token"), .value(formToken))
                    void("input", .type("hidden"), .name("version"), .value(version))
                    element("div", .class("actions")) {
                        element("button", .type("submit"), .class("danger")) { "Удалить" }
                        element("a", .href(kind.listLink(at: id))) { "Отменить" }
                    }
                }
            }
            if !obstacles.isEmpty {
                element("p") { element("a", .href(kind.listLink(at: id))) { "Вернуться к списку" } }
            }
        }
    }
}
