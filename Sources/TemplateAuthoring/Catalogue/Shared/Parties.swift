/// How the parties of an agreement are named and sign. The party is always the participant: a
/// minor of 14–17 acts with the written consent of their parent or legal representative and signs
/// alongside them (Civil Code art. 26); a child under 14 is represented by them (art. 28). An
/// опекун or попечитель cites the guardianship authority's act, or a blank line is left for it.
enum Parties {
    static let nb = Typography.noBreakSpace
    static let dash = Typography.dash

    /// «Кравченко Елена Викторовна»; an employer mentor with their post and organisation:
    /// «Шевчук Игорь Николаевич (главный инженер, ООО «…»)»; a minor of 14–17: «Белова Дарья
    /// Сергеевна, 15.06.2010 года рождения, действующая с письменного согласия законного
    /// представителя — матери Беловой Марины Олеговны»; under 14: «Лебедев Лев Романович,
    /// 09.03.2014 года рождения, в лице законного представителя — матери Лебедевой Ольги Павловны».
    static func party(_ path: String) -> String {
        let representative = "\(path).representative"
        let minor = ", \(Field.value("\(path).birth_date", "date_numeric"))\(nb)года рождения, "
            + Field.unless("\(path).is_under_14",
                "\(Field.choice("\(path).is_female", "действующая", "действующий")) с\(nb)письменного согласия ")
            + Field.when("\(path).is_under_14", "в\(nb)лице ")
            + "законного представителя\(dash)\(relationGenitive(representative)) \(Field.value("\(representative).full_name", "genitive"))"
            + Field.unless("\(representative).is_parent", ", \(Field.choice("\(representative).is_female", "действующей", "действующего")) на\(nb)основании \(act(representative))")
        return Field.value("\(path).full_name")
            + Field.when("\(path).is_employer", Field.when("\(path).workplace", " (\(Field.when("\(path).class_or_position", "\(Field.value("\(path).class_or_position")), "))\(Field.value("\(path).workplace")))"))
            + Field.when("\(path).is_minor", minor)
    }

    /// «распоряжения органа опеки и попечительства (Отдел опеки …) от 18.04.2022 № 00-ТЕСТ», or a line to
    /// fill in by hand when the spec does not give the act.
    static func act(_ representative: String) -> String {
        let act = "\(representative).authority"
        let given = "\(representative).has_authority"
        return Field.when(given, "\(Field.value("\(act).kind", #"phrase: "genitive""#)) органа опеки и\(nb)попечительства "
                + "(\(Field.value("\(act).issuer"))) от\(nb)\(Field.value("\(act).date", "date_numeric")) №\(nb)\(Field.value("\(act).number"))")
            + Field.unless(given, "акта органа опеки и\(nb)попечительства ____________________________ от\(nb)«___»\(nb)__________ 20__\(nb)г. №\(nb)________")
    }

    /// «матери», «отца», «опекуна», «попечителя».
    static func relationGenitive(_ representative: String) -> String {
        Field.when("\(representative).is_parent", Field.choice("\(representative).is_female", "матери", "отца"))
            + Field.when("\(representative).is_guardian", "опекуна") + Field.when("\(representative).is_trustee", "попечителя")
    }

    /// The signatures of a party under its role: the participant's own (unless under 14), and for
    /// a minor their parent's or legal representative's, who consents or acts for them.
    static func signature(_ path: String, role: String) -> [Block] {
        let representative = "\(path).representative"
        let own = SignatureLine(leading: "", transcript: Field.value("\(path).full_name", "initials_first")).table
        let parent = SignatureLine(leading: "Законный представитель (\(Field.value("\(representative).relation_title")))",
            transcript: Field.value("\(representative).full_name", "initials_first")).table
        return [
            .paragraph(Paragraph.plain(Run.bold(role)).spaced(before: 8).keptWithNext()),
            .paragraph(Paragraph.plain("{{^\(path).is_under_14}}")),
            .table(own),
            .paragraph(Paragraph.plain("{{/\(path).is_under_14}}")),
            .paragraph(Paragraph.plain("{{#\(path).is_minor}}")),
            .table(parent),
            .paragraph(Paragraph.plain("{{/\(path).is_minor}}")),
        ]
    }
}
