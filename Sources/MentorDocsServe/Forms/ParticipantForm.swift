import MentorDocs

/// The form of a participant and their representative: every field README's "Fields" lists for them.
enum ParticipantForm {
    static let inlineGroups: Set<String> = [
        "document", "birth_certificate", "labour_contract", "representative.document", "representative.authority",
        "representative.act",
    ]

    static func sections(isNew: Bool) -> [FormSection] {
        let categories = Participant.Category.allCases.map { (value: $0.rawValue, label: $0.title) }
        let documentKinds = [(value: "", label: "—")] + IdentityDocument.Kind.allCases.map { (value: $0.rawValue, label: $0.title) }
        let relations = Representative.Relation.allCases.map { (value: $0.rawValue, label: $0.title) }
        return [
            FormSection("Участник", [
                FormField("id", "Код", hint: isNew ? "Короткий и свой у каждого: s12, t3. Им пары называют участника." : nil),
                FormField("full_name", "Фамилия, имя, отчество"),
                FormField("category", "Категория", .choice(categories)),
                FormField("gender", "Пол", .choice([("", "по отчеству"), ("male", "мужской"), ("female", "женский")]),
                    hint: "Нужен, только если отчества нет или оно не говорит о поле."),
                FormField("birth_date", "Дата рождения", .date),
                FormField("class", "Класс", hint: "Для обучающихся: 6 «В» класс."),
                FormField("position", "Должность", hint: "Для взрослых: учитель математики."),
                FormField("workplace", "Место работы", hint: "Для представителя работодателя."),
            ]),
            FormSection("Контакты", [
                FormField("address", "Адрес"),
                FormField("phone", "Телефон"),
                FormField("email", "Электронная почта"),
                FormField("publication", "Согласие на распространение (фото, видео, имя на сайте школы)", .flag),
            ]),
            FormSection("Документ, удостоверяющий личность", hint: "До 14 лет — свидетельство о рождении, с 14 лет — паспорт.", [
                FormField("document.kind", "Вид", .choice(documentKinds)),
                FormField("document.series", "Серия"),
                FormField("document.number", "Номер"),
                FormField("document.issued_by", "Кем выдан"),
                FormField("document.issued_on", "Дата выдачи", .date),
            ]),
            FormSection("Свидетельство о рождении", hint: "Для 14–17 лет, у кого документ — паспорт: на него ссылается согласие родителя.", [
                FormField("birth_certificate.series", "Серия"),
                FormField("birth_certificate.number", "Номер"),
                FormField("birth_certificate.issued_by", "Кем выдано"),
                FormField("birth_certificate.issued_on", "Дата выдачи", .date),
            ]),
            FormSection("Законный представитель", hint: "Обязателен для участников младше 18 лет.", [
                FormField("representative.full_name", "Фамилия, имя, отчество"),
                FormField("representative.relation", "Кем приходится", .choice([(value: "", label: "—")] + relations)),
                FormField("representative.address", "Адрес"),
                FormField("representative.phone", "Телефон"),
                FormField("representative.email", "Электронная почта"),
                FormField("representative.document.kind", "Документ", .choice(documentKinds)),
                FormField("representative.document.series", "Серия"),
                FormField("representative.document.number", "Номер"),
                FormField("representative.document.issued_by", "Кем выдан"),
                FormField("representative.document.issued_on", "Дата выдачи", .date),
            ]),
            FormSection("Акт органа опеки", hint: "Для опекуна и попечителя: каким актом назначен.", [
                FormField("representative.authority.kind", "Вид акта", hint: "распоряжение, постановление"),
                FormField("representative.authority.number", "Номер"),
                FormField("representative.authority.date", "Дата", .date),
                FormField("representative.authority.issuer", "Кем издан"),
            ]),
            FormSection("Для педагога и реестров", [
                FormField("labour_contract.number", "Номер трудового договора"),
                FormField("labour_contract.date", "Дата трудового договора", .date),
                FormField("work_start", "Начало педагогической работы", .date),
                FormField("request", "Запрос наставляемого", .lines(asList: false)),
                FormField("competences", "Компетенции наставника", .lines(asList: false)),
            ]),
        ]
    }

    /// The spec's path of a form field in this entry: `act` is the older name of `authority`.
    static func specPath(_ name: String, in entry: EntryValues) -> String {
        if name.hasPrefix("representative.authority."), entry.value(at: "representative.authority") == nil,
            entry.value(at: "representative.act") != nil
        {
            return "representative.act." + name.dropFirst("representative.authority.".count)
        }
        return name
    }

    /// The form field a path of the spec is shown at.
    static func fieldName(_ path: [String]) -> String {
        var path = path
        if path.count > 1, path[0] == "representative", path[1] == "act" { path[1] = "authority" }
        return path.joined(separator: ".")
    }

    /// What the form shows of an entry (nil: a new one).
    static func shown(_ entry: SpecValue?, sections: [FormSection]) -> FormFields {
        let values = EntryValues(entry, inlineGroups: inlineGroups)
        var shown: [(name: String, value: String)] = []
        for field in sections.flatMap(\.fields) {
            for value in field.shown(values.value(at: specPath(field.name, in: values))) { shown.append((field.name, value)) }
        }
        if entry == nil { shown.append(("category", Participant.Category.student.rawValue)) }
        return FormFields(shown)
    }

    /// The entry with what was sent, over what the spec had.
    static func entry(_ old: SpecValue?, form: FormFields, sections: [FormSection], id: String?) -> [SpecField] {
        var values = EntryValues(old, inlineGroups: inlineGroups)
        for field in sections.flatMap(\.fields) {
            if field.name == "id", let id {
                values.set("id", to: .text(id))
                continue
            }
            values.set(specPath(field.name, in: values), to: field.value(from: form))
        }
        return values.fields
    }
}
