/// How the parties of an agreement are named: a minor is represented by their parent or legal
/// representative, who concludes it on their behalf.
enum Parties {
    static let nb = Typography.noBreakSpace

    /// «Иванов Иван Иванович» for an adult; «Белова Марина Олеговна, действующая в интересах
    /// несовершеннолетней Беловой Дарьи Сергеевны» for a minor.
    static func party(_ path: String) -> String {
        Field.unless("\(path).is_minor", Field.value("\(path).full_name"))
            + Field.when("\(path).is_minor", """
                \(Field.value("\(path).representative.full_name")), действующ\(Field.choice("\(path).representative.is_female", "ая", "ий")) \
                в\(nb)интересах \(Field.choice("\(path).is_female", "несовершеннолетней", "несовершеннолетнего")) \
                \(Field.value("\(path).full_name", "genitive"))
                """)
    }

    /// The signature block of a party: a minor's parent or legal representative signs for them.
    static func signature(_ path: String, role: String) -> [Block] {
        let signer = Field.unless("\(path).is_minor", Field.value("\(path).full_name", "initials_first"))
            + Field.when("\(path).is_minor", Field.value("\(path).representative.full_name", "initials_first"))
        let who = Field.unless("\(path).is_minor", Field.value("\(path).full_name", "initials"))
            + Field.when("\(path).is_minor", "законный представитель \(Field.value("\(path).full_name", "genitive", "initials"))")
        return [
            .paragraph(Paragraph.plain(Run.bold(role)).spaced(before: 8).keptWithNext()),
            .table(SignatureLine(leading: who, transcript: signer).table),
        ]
    }
}
