import MentorDocs

/// The page of an entry's form: its sections of fields, what was typed in them, and each error beside
/// its field. It posts to its own address, with the form token and the version of the spec it was made
/// from.
enum EntryFormPage {
    struct Content {
        var title: String
        var section: Layout.Section
        var sections: [FormSection]
        var values: FormFields
        var problems = FormProblems()
        /// The spec's version the form was filled on (`SpecFile.version`).
        var version: String
        var formToken: String
        /// An entry being edited keeps its id: it is shown, not asked.
        var fixedID: String?
        var cancel: Link
    }

    static func html(_ content: Content, school: String) -> HTML {
        Layout.page(title: content.title, school: school, section: content.section) {
            if !content.problems.isEmpty {
                element("div", .class("notice error"), Attribute("role", "alert")) {
                    element("p") { "Запись не сохранена: исправьте \(Words.count(content.problems.count, Words.problem, .accusative)) и сохраните ещё раз. Что вы ввели, осталось в полях." }
                    if !content.problems.general.isEmpty {
                        element("ul") {
                            for message in content.problems.general { element("li") { message } }
                        }
                    }
                }
            }
            element("form", Attribute("method", "post"), .class("entry")) {
                void("input", .type("hidden"), .name("form_token"), .value(content.formToken))
                void("input", .type("hidden"), .name("version"), .value(content.version))
                for section in content.sections {
                    element("fieldset") {
                        element("legend") { section.legend }
                        if let hint = section.hint { element("p", .class("hint")) { hint } }
                        for field in section.fields {
                            if field.name == "id", let id = content.fixedID {
                                element("div", .class("field")) {
                                    element("span", .class("label")) { field.label }
                                    element("span", .class("code")) { id }
                                }
                            } else {
                                self.field(field, values: content.values.all(field.name), problems: content.problems.messages(for: field.name))
                            }
                        }
                    }
                }
                element("div", .class("actions")) {
                    element("button", .type("submit")) { "Сохранить" }
                    element("a", .href(content.cancel)) { "Отменить" }
                }
                element("p", .class("hint")) {
                    "Запись сохраняется в файл школы; прежняя версия файла остаётся рядом с ним, с окончанием .bak."
                }
            }
        }
    }

    private static func field(_ field: FormField, values: [String], problems: [String]) -> HTML {
        let value = values.first ?? ""
        let errorID = field.id + "-error"
        return element("div", .class(problems.isEmpty ? "field" : "field invalid")) {
            element("label", .for(field.id)) { field.label }
            if let hint = field.hint { element("p", .class("hint")) { hint } }
            for message in problems {
                element("p", .class("field-error"), .id(errorID)) { message }
            }
            let invalid = Attribute("aria-invalid", problems.isEmpty ? "false" : "true")
            let describedBy = Attribute("aria-describedby", flag: false).or(problems.isEmpty ? nil : errorID)
            switch field.input {
            case .text, .date, .number:
                void("input", .type("text"), .id(field.id), .name(field.name), .value(value), invalid, describedBy,
                    Attribute("inputmode", flag: false).or(field.input.isNumber ? "numeric" : nil),
                    Attribute("placeholder", flag: false).or(field.input.isDate ? "ДД.ММ.ГГГГ" : nil))
            case .choice(let options):
                element("select", .id(field.id), .name(field.name), invalid, describedBy) {
                    if !options.contains(where: { $0.value == value }) && !value.isEmpty {
                        element("option", .value(value), .selected(true)) { value }
                    }
                    for option in options {
                        element("option", .value(option.value), .selected(option.value == value)) { option.label }
                    }
                }
            case .many(let options):
                element("select", .id(field.id), .name(field.name), Attribute("multiple", flag: true), Attribute("size", "\(min(max(options.count, 4), 10))"), invalid, describedBy) {
                    for option in options {
                        element("option", .value(option.value), .selected(values.contains(option.value))) { option.label }
                    }
                    for unknown in values where !options.contains(where: { $0.value == unknown }) {
                        element("option", .value(unknown), .selected(true)) { unknown }
                    }
                }
            case .flag:
                void("input", .type("checkbox"), .id(field.id), .name(field.name), .value("true"), .checked(!values.isEmpty), invalid, describedBy)
            case .lines:
                element("textarea", .id(field.id), .name(field.name), Attribute("rows", "3"), invalid, describedBy) { value }
            }
        }
    }
}

extension FormField.Input {
    var isDate: Bool {
        if case .date = self { return true }
        return false
    }

    var isNumber: Bool {
        if case .number = self { return true }
        return false
    }
}

extension Attribute {
    /// The attribute with `value` when there is one; left out otherwise.
    func or(_ value: String?) -> Attribute { value.map { Attribute(name, $0) } ?? self }
}
