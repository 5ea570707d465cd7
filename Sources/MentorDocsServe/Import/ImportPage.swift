import MentorDocs

/// `/import`: a class list uploaded (XLSX, ODS or CSV), its rows as participants to pick, every warning
/// of the import, and the picked ones added to the spec.
enum ImportPage {
    /// What a read class list gives: the entries in the spec's syntax, and the import's warnings.
    struct Preview {
        /// The `participants:` text the import made (`ClassListImport`), carried by the form to the add.
        var text: String
        var warnings: [String]
        /// Its entries, as parsed.
        var entries: [SpecValue]
        /// The rows picked (all, at first).
        var picked: Set<Int>
    }

    static func html(school: String, preview: Preview? = nil, problems: [String] = [], version: String, formToken: String) -> HTML {
        Layout.page(title: "Загрузка списка класса", school: school, section: .participants) {
            if !problems.isEmpty {
                element("div", .class("notice error"), Attribute("role", "alert")) {
                    element("p") { preview == nil ? "Список не прочитан." : "Участники не добавлены: исправьте ошибки в списке или снимите отметки с этих строк." }
                    element("ul") {
                        for problem in problems { element("li") { problem } }
                    }
                }
            }
            if let preview {
                previewSection(preview, version: version, formToken: formToken)
            }
            element("form", Attribute("method", "post"), Attribute("action", "/import"), Attribute("enctype", "multipart/form-data"), .class("entry")) {
                void("input", .type("hidden"), .name("form_token"), .value(formToken))
                element("fieldset") {
                    element("legend") { preview == nil ? "Файл со списком" : "Другой файл" }
                    element("p", .class("hint")) {
                        "Таблица Excel (XLSX), LibreOffice (ODS) или CSV, как их сохраняют электронные журналы. Столбцы называются по-русски: "
                        "«ФИО» (или «Фамилия», «Имя», «Отчество»), «Дата рождения», «Класс», «Родитель», «Кем приходится», «Телефон родителя» и другие."
                    }
                    element("div", .class("field")) {
                        element("label", .for("list")) { "Файл" }
                        void("input", .type("file"), .id("list"), .name("list"), Attribute("accept", ".xlsx,.ods,.csv"), Attribute("required", flag: true))
                    }
                    element("div", .class("field")) {
                        element("label", .for("sheet")) { "Лист" }
                        element("p", .class("hint")) { "Если нужен один лист книги; без него читаются все листы со строкой названий столбцов." }
                        void("input", .type("text"), .id("sheet"), .name("sheet"))
                    }
                }
                element("div", .class("actions")) {
                    element("button", .type("submit")) { "Посмотреть, что в списке" }
                    element("a", .href(Link("/participants"))) { "Отменить" }
                }
            }
        }
    }

    private static func previewSection(_ preview: Preview, version: String, formToken: String) -> HTML {
        element("section", Attribute("aria-labelledby", "preview-title")) {
            element("h2", .id("preview-title")) { "В списке \(Words.count(preview.entries.count, RussianNumber.NounForms.participant))" }
            if !preview.warnings.isEmpty {
                element("div", .class("notice warning")) {
                    element("p") { "Что при чтении пропущено:" }
                    element("ul") {
                        for warning in preview.warnings { element("li") { warning } }
                    }
                }
            }
            element("form", Attribute("method", "post"), Attribute("action", "/import/add")) {
                void("input", .type("hidden"), .name("form_token"), .value(formToken))
                void("input", .type("hidden"), .name("version"), .value(version))
                void("input", .type("hidden"), .name("entries"), .value(preview.text))
                element("table", .class("list")) {
                    element("thead") {
                        element("tr") {
                            for heading in ["Добавить", "Код", "ФИО", "Категория", "Класс или должность", "Дата рождения", "Законный представитель"] {
                                element("th", Attribute("scope", "col")) { heading }
                            }
                        }
                    }
                    element("tbody") {
                        for (index, entry) in preview.entries.enumerated() {
                            element("tr") {
                                element("td") {
                                    void("input", .type("checkbox"), .name("pick"), .value("\(index)"), .checked(preview.picked.contains(index)),
                                        Attribute("aria-label", "Добавить: \(entry["full_name"]?.text ?? "")"))
                                }
                                element("td", .class("code")) { entry["id"]?.text ?? "" }
                                element("th", Attribute("scope", "row")) { entry["full_name"]?.text ?? "" }
                                element("td") { entry["category"]?.text.flatMap(Participant.Category.init(rawValue:))?.title ?? "" }
                                element("td") { entry["class"]?.text ?? entry["position"]?.text ?? "—" }
                                element("td") { entry["birth_date"]?.text ?? "—" }
                                element("td") { entry["representative"]?["full_name"]?.text ?? "—" }
                            }
                        }
                    }
                }
                element("div", .class("actions")) {
                    element("button", .type("submit")) { "Добавить отмеченных в файл школы" }
                }
                element("p", .class("hint")) {
                    "Они встанут в конец списка участников; прежняя версия файла останется рядом с ним, с окончанием .bak. "
                    "Документы, адреса и другое можно дописать потом в форме участника."
                }
            }
        }
    }
}
