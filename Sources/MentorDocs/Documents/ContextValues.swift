import DocumentEngine
import RussianLanguage
import CalendarDays

/// How the model reads to a template: the names and shapes of the data paths templates use.
/// README's field reference lists the same paths.
enum ContextValues {
    static func date(_ date: CalendarDay?) -> TemplateValue {
        guard let date else { return .null }
        return .text(date.iso)
    }

    static func text(_ text: String?) -> TemplateValue { text.map(TemplateValue.text) ?? .null }

    static func organisation(_ organisation: Organisation) -> TemplateValue {
        .map([
            "full_name": .text(organisation.fullName),
            "short_name": .text(organisation.shortName),
            "address": .text(organisation.address),
            "city": .text(organisation.city),
            "inn": text(organisation.inn),
            "ogrn": text(organisation.ogrn),
            "websites": .list(organisation.websites.map(TemplateValue.text)),
            "processors": .list(organisation.processors.map { processor in
                .map(["name": .text(processor.name), "address": .text(processor.address), "purpose": text(processor.purpose)])
            }),
            "has_processors": .bool(!organisation.processors.isEmpty),
            "director": official(organisation.director),
            "curator": official(organisation.curator),
        ])
    }

    static func official(_ official: Official) -> TemplateValue {
        guard case .map(var fields) = person(official.person) else { return .null }
        fields["position"] = .text(official.position)
        return .map(fields)
    }

    static func person(_ person: Person) -> TemplateValue {
        let gender = person.resolvedGender
        return .map([
            "full_name": .text(person.fullName),
            "surname": .text(person.surname),
            "gender": text(gender?.rawValue),
            "is_female": .bool(gender == .female),
            "birth_date": date(person.birthDate),
            "address": text(person.address),
            "phone": text(person.phone),
            "email": text(person.email),
            "document": person.document.map(identityDocument) ?? blankDocument,
            "contacts": text(contacts(person)),
        ])
    }

    /// «телефон …; адрес электронной почты …; почтовый адрес …», what the person gave of these
    /// (the contact information of a dissemination consent, Roskomnadzor order № 18).
    static func contacts(_ person: Person) -> String? {
        let parts = [person.phone.map { "телефон \($0)" }, person.email.map { "адрес электронной почты \($0)" },
            person.address.map { "почтовый адрес \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    /// A line to fill in by hand, where the spec leaves out a document `check` has warned about.
    static let handwritten: TemplateValue = .text("____________")

    /// A document the spec does not give: its parts print as lines to fill in by hand (its date
    /// as nothing: date filters read only dates), rather
    /// than stopping the batch for missing data.
    static let blankDocument: TemplateValue = .map([
        "kind": handwritten, "title": handwritten, "series": handwritten, "number": handwritten, "issued_by": handwritten,
        "issued_on": .text(""),
    ])

    static func identityDocument(_ document: IdentityDocument) -> TemplateValue {
        .map([
            "kind": .text(document.kind.rawValue),
            "title": .text(document.kind.title),
            "series": text(document.series),
            "number": .text(document.number),
            "issued_by": text(document.issuedBy),
            "issued_on": date(document.issuedOn),
        ])
    }

    static func programme(_ programme: Programme) -> TemplateValue {
        .map([
            "name": .text("программа наставничества \(programme.organisation.shortName)"),
            "school_year": .text(programme.schoolYear),
            "start": date(programme.start),
            "end": date(programme.end),
            "forms": .list(programme.forms.map { .text($0.rawValue) }),
        ])
    }

    /// What every document of a programme shares: `org`, `programme`, `document.date`.
    static func common(_ programme: Programme) -> TemplateFields {
        [
            "org": organisation(programme.organisation),
            "programme": self.programme(programme),
            "document": .map(["date": date(programme.documentDate)]),
        ]
    }
}
