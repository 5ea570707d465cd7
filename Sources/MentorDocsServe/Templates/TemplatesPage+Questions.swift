import MentorDocs

/// The templates page's part for the questions of the monitoring questionnaires: which catalogue is
/// asked, the built-in one (and the school's) to download, a form to upload an edited one; after an
/// upload, what it came to, every problem with its line and column.
extension TemplatesPage {
    static func questionsSection(folder: TemplatesFolder, outcome: Outcome?, formToken: String) -> HTML {
        element("section", Attribute("aria-labelledby", "questions")) {
            element("h2", .id("questions")) { "Вопросы анкет мониторинга" }
            switch outcome {
            case .questionsKept(let file, let count):
                element("div", .class("notice"), Attribute("role", "status")) {
                    element("p") { "Вопросы из файла «\(file)» приняты (вопросов: \(count)): анкеты, листы ответов и отчёт теперь по ним." }
                }
            case .questionsRefused(let file, let problems):
                element("div", .class("notice error"), Attribute("role", "alert")) {
                    element("p") {
                        file.map { "Вопросы из файла «\($0)» не приняты: исправьте файл и загрузите его снова. Прежние вопросы остались." }
                            ?? "Выберите файл вопросов."
                    }
                    if !problems.isEmpty {
                        element("ol", .class("problems")) {
                            for problem in problems {
                                element("li", .class(problem.severity.rawValue)) {
                                    element("span", .class("place")) { Words.place(problem.location) }
                                    element("p", .class("message")) { problem.russianMessage }
                                }
                            }
                        }
                    }
                }
            default:
                HTML.empty
            }
            element("p") {
                folder.questionsFile == nil
                    ? "Анкеты задают встроенные вопросы. "
                    : "Анкеты задают свои вопросы школы: файл questions.spec в папке templates рядом с файлом школы. "
                "Чтобы изменить вопросы, скачайте файл, поправьте его в текстовом редакторе (в нём же описано, как) и загрузите здесь. "
                "Со строкой «extends: built-in» файл дополняет встроенные вопросы, без неё — заменяет их."
            }
            element("p", .class("downloads")) {
                element("a", .href(Link("/templates/built-in", segments: [QuestionCatalogue.schoolFileName]))) { "Встроенные вопросы (questions.spec)" }
                if folder.questionsFile != nil {
                    " · "
                    element("a", .href(Link("/templates/questions.spec"))) { "Вопросы школы (questions.spec)" }
                }
            }
            if folder.questionsFile != nil { restoreButton("questions", words: "Вернуть встроенные вопросы", formToken: formToken) }
            element("form", Attribute("method", "post"), Attribute("action", "/templates/questions"), Attribute("enctype", "multipart/form-data"),
                .class("questions-upload"))
            {
                void("input", .type("hidden"), .name("form_token"), .value(formToken))
                element("fieldset") {
                    element("legend") { "Загрузить свои вопросы" }
                    element("label", .for("questions-file")) { "Файл вопросов (questions.spec, до 1 МБ)" }
                    void("input", .type("file"), .id("questions-file"), .name("questions"), Attribute("accept", ".spec,.txt,.yaml,.yml"))
                }
                element("div", .class("actions")) {
                    element("button", .type("submit")) { "Проверить и принять вопросы" }
                }
            }
        }
    }
}
