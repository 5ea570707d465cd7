import MentorDocs

/// `/templates`: each kind's built-in template to download (DOCX, ODT), which ones the school has
/// edited, and a form to upload an edited one; after an upload, what `inspect` finds in it, or every
/// problem with its place. Then the questions of the monitoring questionnaires (`questionsSection`).
enum TemplatesPage {
    /// A reason an upload is refused, in Russian; for a template's own problem, the engine's message
    /// with the tag's place beside it (what to look for in the file).
    struct Problem {
        var words: String
        var detail: String?

        init(_ words: String, detail: String? = nil) {
            self.words = words
            self.detail = detail
        }
    }

    /// What an upload came to: kept, with its tags and data paths; or refused, with its problems.
    enum Outcome {
        case kept(kind: DocumentKind, file: String, compiled: CompiledTemplate)
        case refused(file: String?, problems: [Problem])
        /// A question catalogue kept as the school's, with how many questions it asks.
        case questionsKept(file: String, count: Int)
        /// The school's own files removed: the built-in template of a kind, or the built-in questions, again.
        case restored(String)
        /// A question catalogue refused: every problem with its line and column; no file, none chosen.
        case questionsRefused(file: String?, problems: [SpecDiagnostic])
    }

    static func html(school: String, folder: TemplatesFolder, outcome: Outcome? = nil, formToken: String) -> HTML {
        Layout.page(title: "Шаблоны", school: school, section: .templates) {
            switch outcome {
            case .kept(let kind, let file, let compiled):
                element("div", .class("notice"), Attribute("role", "status")) {
                    element("p") { "Шаблон «\(file)» принят: документы «\(Words.kind(kind))» делаются теперь по нему." }
                }
                findings(compiled)
            case .refused(let file, let problems):
                element("div", .class("notice error"), Attribute("role", "alert")) {
                    element("p") {
                        file.map { "Шаблон «\($0)» не принят: исправьте его в Word или LibreOffice и загрузите снова." }
                            ?? "Шаблон не принят."
                    }
                    element("ol", .class("problems")) {
                        for problem in problems {
                            element("li") {
                                element("p", .class("message")) { problem.words }
                                if let detail = problem.detail { element("p", .class("place")) { detail } }
                            }
                        }
                    }
                }
            case .restored(let words):
                element("div", .class("notice"), Attribute("role", "status")) { element("p") { words } }
            case .questionsKept, .questionsRefused, nil:
                HTML.empty
            }
            element("p") {
                "Документы делаются по встроенным шаблонам. Чтобы изменить документ, скачайте его шаблон, поправьте текст "
                "в Word или LibreOffice, не трогая меток в фигурных скобках {{ … }}, и загрузите его здесь. Принятый шаблон "
                "хранится в папке templates рядом с файлом школы."
            }
            element("table", .class("list")) {
                element("thead") {
                    element("tr") {
                        for heading in ["Документ", "Встроенный шаблон", "Свой шаблон"] { element("th", Attribute("scope", "col")) { heading } }
                    }
                }
                element("tbody") {
                    for kind in DocumentKind.allCases {
                        element("tr") {
                            element("th", Attribute("scope", "row")) { Words.kind(kind) }
                            element("td") {
                                for (index, format) in TemplateSource.builtInFormats(of: kind).enumerated() {
                                    if index > 0 { " · " }
                                    element("a", .href(Link("/templates/built-in", segments: ["\(kind.rawValue).\(format.fileExtension)"]))) {
                                        format.rawValue.uppercased()
                                    }
                                }
                            }
                            element("td") {
                                let edited = DocumentFormat.textDocuments.compactMap { folder.edited(kind, $0) }
                                if edited.isEmpty {
                                    "—"
                                } else {
                                    edited.map { "\(kind.rawValue).\($0.fileExtension)" }.joined(separator: ", ")
                                    restoreButton(kind.rawValue, words: "Вернуть встроенный", formToken: formToken)
                                }
                            }
                        }
                    }
                }
            }
            element("form", Attribute("method", "post"), Attribute("action", "/templates"), Attribute("enctype", "multipart/form-data"),
                .class("upload"))
            {
                void("input", .type("hidden"), .name("form_token"), .value(formToken))
                element("fieldset") {
                    element("legend") { "Загрузить свой шаблон" }
                    element("label", .for("template-kind")) { "Документ" }
                    element("select", .id("template-kind"), .name("kind")) {
                        for kind in DocumentKind.allCases where !kind.isWorkbookOnly {
                            element("option", .value(kind.rawValue)) { Words.kind(kind) }
                        }
                    }
                    element("label", .for("template-file")) { "Файл (DOCX или ODT, до 10 МБ)" }
                    void("input", .type("file"), .id("template-file"), .name("template"),
                        Attribute("accept", ".docx,.dotx,.docm,.dotm,.odt,.ott"))
                }
                element("div", .class("actions")) {
                    element("button", .type("submit")) { "Проверить и принять" }
                }
            }
            questionsSection(folder: folder, outcome: outcome, formToken: formToken)
        }
    }

    /// What `mentordocs inspect` lists: each tag with its part and paragraph, then the data it reads.
    private static func findings(_ compiled: CompiledTemplate) -> HTML {
        element("section", .class("findings")) {
            element("h2") { "Что в шаблоне" }
            element("table", .class("list")) {
                element("thead") {
                    element("tr") { for heading in ["Часть", "Место", "Метка"] { element("th", Attribute("scope", "col")) { heading } } }
                }
                element("tbody") {
                    for use in compiled.tags {
                        element("tr") {
                            element("td") { use.location.part }
                            element("td") { use.location.cell.map { "ячейка \($0)" } ?? "абзац \(use.location.paragraph)" }
                            element("td", .class("code")) { use.source }
                        }
                    }
                }
            }
            element("h2") { "Какие данные он берёт" }
            element("ul", .class("plain")) {
                for path in TemplateDataPaths.paths(of: compiled.tags, charts: compiled.chartUses) { element("li", .class("code")) { path } }
            }
        }
    }

    /// A button that removes the school's own file (`restore` is a kind, or `questions`), after the browser asks to confirm.
    static func restoreButton(_ restore: String, words: String, formToken: String) -> HTML {
        element("form", Attribute("method", "post"), Attribute("action", "/templates/restore"), .class("restore")) {
            void("input", .type("hidden"), .name("form_token"), .value(formToken))
            void("input", .type("hidden"), .name("restore"), .value(restore))
            element("button", .type("submit"), .class("secondary")) { words }
        }
    }
}
