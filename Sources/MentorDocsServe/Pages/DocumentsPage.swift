import MentorDocs

/// `/documents`: what to make, for whom, in which format, as separate files or one print file per
/// kind. The form is sent with POST to `/documents`, which answers with the ZIP (`DocumentsDownload`).
enum DocumentsPage {
    /// What the form asks, as it was filled in (or its defaults).
    struct Choice: Equatable {
        enum People: Equatable {
            case everyone
            case schoolClass(String)
            case pair(String)
        }

        var kinds: Set<DocumentKind> = []
        var people: People = .everyone
        /// The format documents are made in; for PDF, DOCX, which is then converted.
        var format: DocumentFormat = .docx
        /// PDF through LibreOffice, made from DOCX.
        var pdf = false
        var merge = false

        init() {}

        /// Reads a sent form; an unknown value is a problem in words, not a guess.
        init(_ form: FormFields) throws(ChoiceProblem) {
            for value in form.all("kind") {
                guard let kind = DocumentKind(rawValue: value) else { throw ChoiceProblem("Неизвестный вид документа.") }
                kinds.insert(kind)
            }
            for value in form.all("group") {
                guard let group = DocumentGroup(rawValue: value) else { throw ChoiceProblem("Неизвестная группа документов.") }
                // The answer sheets are workbooks, which the page does not make beside DOCX or ODT.
                kinds.formUnion(DocumentKind.allCases.filter { $0.group == group && $0.isMadeFromSpec && !$0.isWorkbookOnly })
            }
            switch form["who"] ?? "everyone" {
            case "everyone": people = .everyone
            case "class": people = .schoolClass(form["class"] ?? "")
            case "pair": people = .pair(form["pair"] ?? "")
            default: throw ChoiceProblem("Неизвестный выбор людей.")
            }
            switch form["format"] ?? "docx" {
            case "docx": format = .docx
            case "odt": format = .odt
            case "pdf": (format, pdf) = (.docx, true)
            // The workbooks: the answer sheets, from the monitoring page.
            case "xlsx": format = .xlsx
            case "ods": format = .ods
            default: throw ChoiceProblem("Неизвестный формат.")
            }
            switch form["files"] ?? "separate" {
            case "separate": merge = false
            case "merge": merge = true
            default: throw ChoiceProblem("Неизвестный способ сложить файлы.")
            }
            // Workbooks are made a file each, as `generate` makes them.
            if !DocumentFormat.textDocuments.contains(format) { merge = false }
        }

        /// The planner's selection for this choice in `programme`, made from `templates`; a class or
        /// pair the spec does not have, or a kind not made in the format chosen, is a problem.
        func selection(in programme: Programme, templates: TemplateSource) throws(ChoiceProblem) -> DocumentPlanner.Selection {
            if kinds.isEmpty { throw ChoiceProblem("Отметьте хотя бы один вид документов.") }
            // A workbook-only kind is no text document, though `availableKinds` finds it beside them.
            let isText = DocumentFormat.textDocuments.contains(format)
            let made = templates.availableKinds(format).filter { !(isText && $0.isWorkbookOnly) }
            if let unmade = DocumentKind.allCases.first(where: { kinds.contains($0) && !made.contains($0) }) {
                throw ChoiceProblem("«\(Words.kind(unmade))» не делается в формате \(format.fileExtension.uppercased()). Выберите другой формат.")
            }
            switch people {
            case .everyone:
                return DocumentPlanner.Selection(kinds: kinds)
            case .schoolClass(let name):
                let ids = programme.participants.filter { $0.classOrPosition == name && $0.category == .student }.map(\.id)
                if name.isEmpty || ids.isEmpty { throw ChoiceProblem("Выберите класс из списка.") }
                return DocumentPlanner.Selection(kinds: kinds, people: Set(ids))
            case .pair(let id):
                if !programme.pairs.contains(where: { $0.id == id }) { throw ChoiceProblem("Выберите пару или группу из списка.") }
                return DocumentPlanner.Selection(kinds: kinds, pairs: [id])
            }
        }
    }

    /// A form filled in wrongly, in words for the person filling it.
    struct ChoiceProblem: Error, Equatable {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// The page; `batch` names the batch the form starts, so its script can follow its progress.
    static func html(_ programme: Programme, choice: Choice = Choice(), problem: String? = nil, hasErrors: Bool, formToken: String,
        batch: String = ServeSecrets.randomToken()) -> HTML
    {
        let classes = ParticipantsPage.classes(of: programme)
        return Layout.page(title: "Документы", school: programme.organisation.shortName, section: .documents) {
            if hasErrors {
                element("p", .class("notice error")) {
                    "В файле школы есть ошибки, и пока они не исправлены, документы не делаются. "
                    element("a", .href(Link("/", fragment: "problems"))) { "Посмотреть ошибки" }
                }
            }
            if let problem {
                element("p", .class("notice error"), Attribute("role", "alert")) { problem }
            }
            element("form", Attribute("method", "post"), Attribute("action", "/documents"), .class("documents")) {
                void("input", .type("hidden"), .name("form_token"), .value(formToken))
                void("input", .type("hidden"), .name("batch"), .value(batch))
                element("fieldset") {
                    element("legend") { "Какие документы" }
                    element("p", .class("hint")) { "Отметьте группу целиком или отдельные документы в ней." }
                    // The monitoring report needs the answers, and the answer sheets are workbooks: both are
                    // on the monitoring page.
                    let offered = { (kind: DocumentKind) in kind.isMadeFromSpec && !kind.isWorkbookOnly }
                    for group in DocumentGroup.allCases where DocumentKind.allCases.contains(where: { $0.group == group && offered($0) }) {
                        let kinds = DocumentKind.allCases.filter { $0.group == group && offered($0) }
                        element("fieldset", .class("group")) {
                            element("legend") {
                                element("label") {
                                    void("input", .type("checkbox"), .name("group"), .value(group.rawValue), .checked(kinds.allSatisfy(choice.kinds.contains)))
                                    " \(Words.group(group))"
                                }
                            }
                            if kinds.count > 1 {
                                element("ul", .class("plain kinds")) {
                                    for kind in kinds {
                                        element("li") {
                                            element("label") {
                                                void("input", .type("checkbox"), .name("kind"), .value(kind.rawValue), .checked(choice.kinds.contains(kind)))
                                                " \(Words.kind(kind))"
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                peopleAndFormat(programme, choice: choice, classes: classes,
                    hint: "Для класса и для пары делаются документы, где они названы: согласия, соглашения, планы. "
                        + "Приказы, Положение и реестры — только «для всех».")
                element("fieldset") {
                    element("legend") { "Файлы" }
                    radio("files", "separate", "Каждый документ отдельным файлом", checked: !choice.merge)
                    radio("files", "merge", "Один файл для печати на каждый вид документа", checked: choice.merge)
                }
                element("div", .class("actions")) {
                    element("button", .type("submit")) { "Скачать ZIP-архив" }
                }
                element("p", .class("hint")) {
                    "Архив собирается по мере того, как делаются документы; в нём же список файлов manifest.csv "
                    "со столбцом «Подписан»."
                }
                element("div", .id("batch-progress"), .class("progress"), Attribute("role", "status"), Attribute("hidden", flag: true)) {
                    element("progress", Attribute("aria-label", "Сколько документов уже в архиве")) { "" }
                    element("p", .class("progress-text")) { "" }
                }
            }
            HTML.script(.progress)
        }
    }

    /// The form's «Для кого» (with `hint` under it) and «Формат»: the monitoring page's questionnaires
    /// are chosen the same way.
    @HTMLBuilder static func peopleAndFormat(_ programme: Programme, choice: Choice, classes: [String], hint: String) -> HTML {
        people(programme, choice: choice, classes: classes, hint: hint)
        element("fieldset") {
            element("legend") { "Формат" }
            radio("format", "docx", "DOCX (Microsoft Word)", checked: choice.format == .docx && !choice.pdf)
            radio("format", "odt", "ODT (LibreOffice)", checked: choice.format == .odt)
            radio("format", "pdf", "PDF (для печати; делается дольше)", checked: choice.pdf)
        }
    }

    /// The form's «Для кого», with `hint` under it: everyone, a class, or a pair or group.
    static func people(_ programme: Programme, choice: Choice, classes: [String], hint: String) -> HTML {
        element("fieldset") {
            element("legend") { "Для кого" }
            radio("who", "everyone", "Для всех", checked: choice.people == .everyone)
            element("div", .class("choice")) {
                radio("who", "class", "Для класса:", checked: { if case .schoolClass = choice.people { true } else { false } }())
                element("select", .name("class"), Attribute("aria-label", "Класс")) {
                    for name in classes {
                        element("option", .value(name), .selected(choice.people == .schoolClass(name))) { name }
                    }
                }
            }
            element("div", .class("choice")) {
                radio("who", "pair", "Для пары или группы:", checked: { if case .pair = choice.people { true } else { false } }())
                element("select", .name("pair"), Attribute("aria-label", "Пара или группа")) {
                    for pair in programme.pairs {
                        let mentor = programme.participant(pair.mentorID).map { FileNaming.surnameAndInitials($0.person.fullName) } ?? pair.mentorID
                        element("option", .value(pair.id), .selected(choice.people == .pair(pair.id))) {
                            "\(pair.id): \(mentor), \(pair.form.rawValue)"
                        }
                    }
                }
            }
            element("p", .class("hint")) { hint }
        }
    }

    static func radio(_ name: String, _ value: String, _ label: String, checked: Bool) -> HTML {
        element("label", .class("radio")) {
            void("input", .type("radio"), .name(name), .value(value), .checked(checked))
            " \(label)"
        }
    }
}
