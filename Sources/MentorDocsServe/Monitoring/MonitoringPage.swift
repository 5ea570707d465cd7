import MentorDocs

/// `/monitoring`: which questions are asked; the questionnaires to print and the answer sheets to type
/// the answers into (both sent to `/documents`, as the documents form sends its choice), the answer
/// files to upload, each with its stage, and the report of the answers kept.
enum MonitoringPage {
    /// The questions the page asks, reads and reports: the school's own catalogue or the built-in one.
    struct Questions {
        let catalogue: QuestionCatalogue
        let isSchoolsOwn: Bool
    }

    /// How many answer files the form takes at once: one per stage and a spare.
    static let fileRows = 3

    /// What the last upload gave: the answers read and kept, with the warnings; or every problem, and nothing kept.
    enum Outcome {
        case kept(read: [MentorDocs.Response], warnings: [AnswerProblem])
        case refused([AnswerProblem])
        case problem(String)
    }

    static func html(_ programme: Programme, kept: [MentorDocs.Response], questions: Questions, outcome: Outcome? = nil,
        formToken: String) -> HTML
    {
        Layout.page(title: "Мониторинг", school: programme.organisation.shortName, section: .monitoring) {
            if let outcome { self.outcome(outcome) }
            element("p", .class("questions-in-use")) {
                questions.isSchoolsOwn
                    ? "Вопросы анкет — свои вопросы школы (файл questions.spec в папке templates, вопросов: \(questions.catalogue.questions.count)). "
                    : "Вопросы анкет — встроенные (вопросов: \(questions.catalogue.questions.count)). "
                "Заменить или дополнить их можно на странице "
                element("a", .href(Link("/templates", fragment: "questions"))) { "«Шаблоны»" }
                "."
            }
            element("section", Attribute("aria-labelledby", "questionnaires")) {
                element("h2", .id("questionnaires")) { "1. Анкеты" }
                element("p", .class("hint")) {
                    "Анкета «на входе» и «на выходе» для каждого наставника и наставляемого, у кого есть пара или группа. "
                    "Раздайте их, а ответы соберите в таблицу (или выгрузите из онлайн-формы)."
                }
                element("form", Attribute("method", "post"), Attribute("action", "/documents"), .class("documents")) {
                    void("input", .type("hidden"), .name("form_token"), .value(formToken))
                    void("input", .type("hidden"), .name("group"), .value(DocumentGroup.questionnaires.rawValue))
                    DocumentsPage.peopleAndFormat(programme, choice: DocumentsPage.Choice(), classes: ParticipantsPage.classes(of: programme),
                        hint: "Для класса — анкеты его учеников; для пары или группы — анкеты её наставника и наставляемых.")
                    element("fieldset") {
                        element("legend") { "Файлы" }
                        element("label", .class("radio")) {
                            void("input", .type("radio"), .name("files"), .value("merge"), .checked(true))
                            " Один файл для печати"
                        }
                        element("label", .class("radio")) {
                            void("input", .type("radio"), .name("files"), .value("separate"))
                            " Каждая анкета отдельным файлом"
                        }
                    }
                    element("div", .class("actions")) {
                        element("button", .type("submit")) { "Скачать анкеты (ZIP-архив)" }
                    }
                }
                answerSheets(programme, formToken: formToken)
            }
            element("section", Attribute("aria-labelledby", "answers")) {
                element("h2", .id("answers")) { "2. Ответы" }
                element("p") { "Ответов в журнале: \(counts(kept))." }
                element("p", .class("hint")) {
                    "Таблица CSV, Excel (XLSX) или LibreOffice (ODS): одна строка названий столбцов, по строке на каждого ответившего. "
                    "Кто ответил — столбец «id» (код) или «ФИО»; вопросы — столбцы с кодом вопроса или его текстом; этап — "
                    "столбец «Этап» («на входе», «на выходе») или выбор рядом с файлом. Ответы человека на этап, загруженные снова, "
                    "заменяют прежние."
                }
                element("form", Attribute("method", "post"), Attribute("action", "/monitoring/answers"), Attribute("enctype", "multipart/form-data"),
                    .class("entry"))
                {
                    void("input", .type("hidden"), .name("form_token"), .value(formToken))
                    for row in 1...fileRows {
                        element("fieldset", .class("answer-file")) {
                            element("legend") { "Файл \(row)" }
                            element("div", .class("field")) {
                                element("label", .for("answers-\(row)")) { "Файл с ответами" }
                                void("input", .type("file"), .id("answers-\(row)"), .name("answers"), Attribute("accept", ".csv,.xlsx,.ods"))
                            }
                            element("div", .class("field")) {
                                element("label", .for("stage-\(row)")) { "Этап" }
                                element("select", .id("stage-\(row)"), .name("stage")) {
                                    element("option", .value("")) { "как в столбце «Этап»" }
                                    for stage in MonitoringStage.allCases {
                                        element("option", .value(stage.rawValue)) { stage.title }
                                    }
                                }
                            }
                        }
                    }
                    element("div", .class("actions")) {
                        element("button", .type("submit")) { "Загрузить ответы" }
                    }
                }
            }
            element("section", Attribute("aria-labelledby", "report")) {
                element("h2", .id("report")) { "3. Отчёт" }
                element("p", .class("hint")) {
                    "Отчёт о мониторинге по всем ответам в журнале: доля ответивших, средние оценки, сравнение «на входе» и «на выходе», "
                    "диаграммы, сильные и слабые стороны, ответы словами (без имён)."
                }
                element("form", Attribute("method", "post"), Attribute("action", "/monitoring/report"), .class("downloads")) {
                    void("input", .type("hidden"), .name("form_token"), .value(formToken))
                    element("button", .type("submit"), .name("format"), .value("docx")) { "Отчёт: Word (DOCX)" }
                    element("button", .type("submit"), .name("format"), .value("odt"), .class("secondary")) { "Отчёт: LibreOffice (ODT)" }
                }
            }
        }
    }

    /// The answer sheets' form: a workbook per stage, a row per person chosen and a column per question,
    /// made and recorded as `generate --only questionnaires` makes and records them.
    private static func answerSheets(_ programme: Programme, formToken: String) -> HTML {
        element("form", Attribute("method", "post"), Attribute("action", "/documents"), .class("documents answer-sheets")) {
            void("input", .type("hidden"), .name("form_token"), .value(formToken))
            void("input", .type("hidden"), .name("kind"), .value(DocumentKind.answerSheet.rawValue))
            void("input", .type("hidden"), .name("files"), .value("separate"))
            element("h3") { "Листы ответов" }
            element("p", .class("hint")) {
                "Таблица на каждый этап: строка на каждого участника, столбец на каждый вопрос. Впишите в неё ответы с бумажных анкет "
                "(или вставьте выгрузку онлайн-формы) и загрузите ниже, в разделе «Ответы»."
            }
            DocumentsPage.people(programme, choice: DocumentsPage.Choice(), classes: ParticipantsPage.classes(of: programme),
                hint: "Для класса — строки его учеников; для пары или группы — её наставника и наставляемых.")
            element("fieldset") {
                element("legend") { "Формат" }
                DocumentsPage.radio("format", "xlsx", "XLSX (Microsoft Excel)", checked: true)
                DocumentsPage.radio("format", "ods", "ODS (LibreOffice Calc)", checked: false)
            }
            element("div", .class("actions")) {
                element("button", .type("submit")) { "Скачать листы ответов (ZIP-архив)" }
            }
        }
    }

    /// «7 «на входе», 0 «на выходе»»: how many people's answers to each stage.
    static func counts(_ responses: [MentorDocs.Response]) -> String {
        MonitoringStage.allCases.map { stage in "\(responses.filter { $0.stage == stage }.count) «\(stage.title)»" }.joined(separator: ", ")
    }

    @HTMLBuilder private static func outcome(_ outcome: Outcome) -> HTML {
        switch outcome {
        case .kept(let read, let warnings):
            element("div", .class("notice ok"), Attribute("role", "status")) {
                element("p") { "Ответы прочитаны и сохранены в журнале. Прочитано ответов: \(counts(read))." }
                if !warnings.isEmpty {
                    element("p") { "Пропущено (не мешает отчёту):" }
                    problemList(warnings)
                }
            }
        case .refused(let problems):
            element("div", .class("notice error"), Attribute("role", "alert")) {
                element("p") { "Ответы не сохранены: исправьте файлы и загрузите их снова. Ничего из этих файлов не записано." }
                problemList(problems)
            }
        case .problem(let words):
            element("p", .class("notice error"), Attribute("role", "alert")) { words }
        }
    }

    private static func problemList(_ problems: [AnswerProblem]) -> HTML {
        element("ul", .class("problems")) {
            for problem in problems {
                element("li", .class(problem.severity.rawValue)) {
                    element("span", .class("place")) { problem.place }
                    element("p", .class("message")) { problem.russianMessage }
                }
            }
        }
    }
}
