/// Согласие работника на осуществление наставничества (статья 351.8 Трудового кодекса, в силе
/// с 01.03.2025): a teacher is made a mentor only with their written consent.
extension AuthoredDocument {
    static let mentorConsent: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        return AuthoredDocument(title: "Согласие работника на осуществление наставничества", font: .form) {
            Table(columns: [.flexible(1), .flexible(1)], borders: false, rows: [
                TableRow(TableCell(text: ""), TableCell(
                    Paragraph.plain(Run("Директору \(Field.value("org.short_name"))")),
                    Paragraph.plain(Run(Field.value("org.director.full_name", "dative", "initials_first"))),
                    Paragraph.plain(Run("от\(nb)\(Field.value("mentor.full_name", "genitive"))\(Field.when("mentor.role", ", \(Field.value("mentor.role", #"phrase: "genitive""#))"))")))),
            ])
            Paragraph.heading("СОГЛАСИЕ").spaced(before: 12)
            Paragraph.heading("на осуществление наставничества").spaced(after: 6)
            Paragraph.body("""
                Я, \(Field.value("mentor.full_name")), в\(nb)соответствии со\(nb)статьёй\(nb)351.8 Трудового кодекса Российской \
                Федерации даю согласие на\(nb)осуществление наставничества в\(nb)форме «\(Field.value("pair.form"))» \
                в\(nb)отношении \(Field.choice("pair.is_group", "наставляемых", "наставляемого")): \
                {{#pair.mentees}}\(Field.value("full_name", "genitive")){{^@last}}, {{/@last}}{{/pair.mentees}} \
                на\(nb)период с\(nb)\(Field.value("pair.start", "date_numeric")) по\(nb)\(Field.value("pair.end", "date_numeric")) \
                на\(nb)условиях, определяемых дополнительным соглашением к\(nb)трудовому договору.
                """)
            Paragraph.body("С\(nb)Положением о\(nb)наставничестве \(Field.value("org.short_name")) ознакомлен\(Field.when("mentor.is_female", "а")).")
            SignatureLine.dated(Field.value("document.date", "date_quoted"), transcript: Field.value("mentor.full_name", "initials_first"))
        }
    }()
}
