import MentorDocs

/// The form of a pair or group and its individual plan.
enum PairForm {
    /// Rows for new plan items under those there are: a page without script adds no rows.
    static let emptyPlanRows = 3

    static func sections(_ programme: Programme?, planItems: Int, isNew: Bool) -> [FormSection] {
        let people = (programme?.participants ?? []).map { (value: $0.id, label: "\($0.id) — \($0.person.fullName)") }
        let forms = MentoringForm.allCases.map { (value: $0.rawValue, label: $0.rawValue) }
        let rows = (0..<(planItems + emptyPlanRows)).flatMap { index in
            [
                FormField("plan.\(index).what", "\(index + 1). Что делается"),
                FormField("plan.\(index).when", "Когда"),
                FormField("plan.\(index).result", "Результат"),
            ]
        }
        return [
            FormSection("Пара или группа", [
                FormField("id", "Код", hint: isNew ? "Короткий и свой у каждой пары: p4, g2." : nil),
                FormField("form", "Форма наставничества", .choice(forms)),
                FormField("mentor", "Наставник", .choice([(value: "", label: "—")] + people)),
                FormField("mentees", "Наставляемые", .many(people), hint: "Один — пара, несколько — группа. Несколько выбираются с Ctrl."),
                FormField("start", "Начало", .date),
                FormField("months", "Срок, месяцев", .number),
            ]),
            FormSection("Цель и задачи", [
                FormField("goal", "Цель", .lines(asList: false)),
                FormField("tasks", "Задачи", .lines(asList: true), hint: "Каждая задача — с новой строки."),
            ]),
            FormSection("Доплата наставнику-педагогу", hint: "Для дополнительного соглашения к трудовому договору.", [
                FormField("mentor_pay", "Доплата в месяц, рублей", hint: "5000 или 5000,50"),
                FormField("mentor_workload", "Объём работы", hint: "не более 4 часов в неделю"),
            ]),
            FormSection("Индивидуальный план", hint: "Пустые строки не сохраняются.", rows),
        ]
    }

    /// The form field a path of the spec is shown at: a group's mentees, whichever key names them.
    static func fieldName(_ path: [String]) -> String {
        if path.first == "mentee" || path.first == "mentees" { return "mentees" }
        if path.first == "plan", path.count == 2 { return "plan.\(path[1]).what" }
        return path.joined(separator: ".")
    }

    static func planCount(_ entry: SpecValue?) -> Int {
        if case .list(let items, _)? = entry?["plan"] { return items.count }
        return 0
    }

    /// How many plan rows were sent: the highest index among the names.
    static func planCount(_ form: FormFields) -> Int {
        let indices = form.fields.compactMap { field -> Int? in
            let parts = field.name.split(separator: ".")
            guard parts.count == 3, parts[0] == "plan", let index = Int(parts[1]), index < 1000, !field.value.isEmpty else { return nil }
            return index
        }
        return (indices.max() ?? -1) + 1
    }

    static func shown(_ entry: SpecValue?, sections: [FormSection]) -> FormFields {
        let values = EntryValues(entry, inlineGroups: [])
        var shown: [(name: String, value: String)] = []
        for field in sections.flatMap(\.fields) {
            let parts = field.name.split(separator: ".").map(String.init)
            let value: SpecValue?
            if field.name == "mentees" {
                value = values.value(at: "mentee").map { .list([$0], .inline) } ?? values.value(at: "mentees")
            } else if parts.count == 3, parts[0] == "plan", let index = Int(parts[1]) {
                if case .list(let items, _)? = values.value(at: "plan"), index < items.count {
                    value = items[index][parts[2]] ?? (parts[2] == "what" ? items[index] : nil)
                } else {
                    value = nil
                }
            } else {
                value = values.value(at: field.name)
            }
            for text in field.shown(value) { shown.append((field.name, text)) }
        }
        return FormFields(shown)
    }

    static func entry(_ old: SpecValue?, form: FormFields, sections: [FormSection], id: String?) -> [SpecField] {
        var values = EntryValues(old, inlineGroups: [])
        var plan: [SpecValue] = []
        for field in sections.flatMap(\.fields) {
            let parts = field.name.split(separator: ".").map(String.init)
            if field.name == "id", let id {
                values.set("id", to: .text(id))
            } else if field.name == "mentees" {
                let mentees = field.value(from: form)
                if case .list(let items, _) = mentees, items.count == 1, values.value(at: "mentees") == nil {
                    values.set("mentee", to: items[0])
                } else {
                    values.remove("mentee")
                    values.set("mentees", to: mentees)
                }
            } else if parts.count == 3, parts[0] == "plan" {
                if parts[2] == "what" { plan.append(.fields([], .block)) }
                if case .fields(var item, let layout) = plan[plan.count - 1] {
                    item.append(SpecField(parts[2], field.value(from: form)))
                    plan[plan.count - 1] = .fields(item, layout)
                }
            } else {
                values.set(field.name, to: field.value(from: form))
            }
        }
        values.set("plan", to: .list(plan.filter { !$0.isEmpty }, .block))
        return values.fields
    }
}
