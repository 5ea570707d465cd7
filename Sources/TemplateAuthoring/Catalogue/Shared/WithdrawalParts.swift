/// What the two withdrawal forms share: who writes it (the person, or for a child under 14 their
/// parent or опекун), the consent withdrawn, the 14–17-year-old's representative's block, and the
/// date and signature left for the day it is handed in.
enum WithdrawalParts {
    static let nb = Typography.noBreakSpace
    static let clauses = ConsentClauses.self

    /// To the director, from the person or from the representative of a child under 14.
    static var heading: [Block] {
        [.paragraph(Paragraph.plain("{{^person.is_under_14}}"))] + ApplicantHeading.blocks(subject: "person")
            + [.paragraph(Paragraph.plain("{{/person.is_under_14}}")), .paragraph(Paragraph.plain("{{#person.is_under_14}}"))]
            + ApplicantHeading.blocks(subject: "representative") + [.paragraph(Paragraph.plain("{{/person.is_under_14}}"))]
    }

    /// «Я, …, » up to the verb: the person themselves, or the representative naming the child.
    static var applicant: String {
        Field.unless("person.is_under_14", """
            Я, \(Field.value("person.full_name")), \(Field.value("person.birth_date", #"date: "dd.MM.yyyy""#))\(nb)года рождения\
            \(Field.when("person.is_minor", ", обучающ\(Field.choice("person.is_female", "аяся", "ийся")) (\(Field.value("person.class_or_position")))")),
            """ + " ")
            + Field.when("person.is_under_14", """
                Я, \(Field.value("representative.full_name")), являясь \(clauses.relationInstrumental("representative")) \
                \(clauses.minor("person")) \(Field.value("person.full_name", "genitive")), \
                \(Field.value("person.birth_date", #"date: "dd.MM.yyyy""#))\(nb)года рождения, \(clauses.birthCertificate("person")); \
                \(clauses.authority(representative: "representative", child: "person", citedAbove: true)),
                """ + " ")
    }

    /// «оператору Муниципальному бюджетному … учреждению «…» (ИНН …, адрес: …; далее — Оператор)».
    static var operatorNamed: String {
        """
        оператору \(Field.value("org.full_name", #"phrase: "dative""#)) (ИНН\(nb)\(Field.value("org.inn")), \
        адрес: \(Field.value("org.address")); далее\(clauses.dash)Оператор)
        """
    }

    /// The blank date and the signature of whoever hands it in; a 14–17-year-old's representative
    /// confirms they know of it.
    static var signatures: [Block] {
        let blankDate = "«___»\(nb)__________ 20___\(nb)г."
        return [
            .paragraph(Paragraph.plain("{{^person.is_under_14}}")),
            .table(SignatureLine(leading: blankDate, transcript: Field.value("person.full_name", "initials_first")).table),
            .paragraph(Paragraph.plain("{{/person.is_under_14}}")),
            .paragraph(Paragraph.plain("{{#person.is_under_14}}")),
            .table(SignatureLine(leading: blankDate, transcript: Field.value("representative.full_name", "initials_first")).table),
            .paragraph(Paragraph.plain("{{/person.is_under_14}}")),
            .paragraph(Paragraph.plain("{{#person.is_14_to_17}}")),
            .paragraph(Paragraph.body("""
                С\(nb)отзывом ознакомлен\(Field.when("representative.is_female", "а")) законный представитель \
                \(Field.value("representative.full_name")), \(clauses.identity("representative")), \
                являющ\(Field.choice("representative.is_female", "аяся", "ийся")) \(clauses.relationInstrumental("representative")) \
                \(clauses.minor("person")) \(Field.value("person.full_name", "genitive")); \
                \(clauses.authority(representative: "representative", child: "person")).
                """).spaced(before: 12).keptWithNext()),
            .table(SignatureLine(leading: blankDate, transcript: Field.value("representative.full_name", "initials_first")).table),
            .paragraph(Paragraph.plain("{{/person.is_14_to_17}}")),
        ]
    }
}
