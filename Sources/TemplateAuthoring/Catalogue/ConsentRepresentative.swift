/// Согласие законного представителя на обработку персональных данных несовершеннолетнего.
///
/// Given for a child under 14 (who signs nothing) by a parent or an опекун or попечитель. It
/// carries the child's own document (the birth certificate) and, separately, the representative's
/// address and passport (at the top) and the document of their authority: the birth certificate
/// for a parent, the guardianship authority's act for an опекун or попечитель (item 2 of part 4
/// of article 9 of 152-ФЗ). It also covers the representative's own data, which the consent holds.
extension AuthoredDocument {
    static let consentRepresentative: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let clauses = ConsentClauses.self
        return AuthoredDocument(title: "Согласие законного представителя на обработку персональных данных", font: .form) {
            ApplicantHeading.blocks(subject: "representative")

            Paragraph.heading("СОГЛАСИЕ").spaced(before: 12)
            Paragraph.heading("законного представителя на обработку персональных данных").spaced(after: 6)

            Paragraph.body("""
                Я, \(Field.value("representative.full_name")), являюсь \(clauses.relationInstrumental("representative")) \
                \(clauses.minor("person")) \(Field.value("person.full_name", "genitive")), \
                \(Field.value("person.birth_date", #"date: "dd.MM.yyyy""#))\(nb)года рождения\(Field.when("person.class_or_position", " (\(Field.value("person.class_or_position")))")), \
                проживающ\(Field.choice("person.is_female", "ей", "его")) по\(nb)адресу: \(Field.value("person.address")), \
                \(clauses.birthCertificate("person")), участника мероприятий \(clauses.programme); \
                \(clauses.authority(representative: "representative", child: "person", citedAbove: true)).
                """)
            Paragraph.body("""
                В\(nb)соответствии со\(nb)статьёй\(nb)9 \(clauses.law) (далее\(clauses.dash)\(clauses.lawShort)) свободно, \
                своей волей и\(nb)в\(nb)интересах ребёнка даю согласие на\(nb)обработку \(Field.choice("person.is_female", "её", "его")) персональных данных, а\(nb)также моих \
                персональных данных, указанных в\(nb)настоящем согласии, на\(nb)следующих условиях.
                """)
            clauses.clauses(documents: """
                свидетельства о\(nb)рождении ребёнка, документа, удостоверяющего личность законного представителя, \
                и\(nb)документа, подтверждающего его полномочия
                """)
            Paragraph.body("""
                С\(nb)положениями \(clauses.lawShortGenitive) ознакомлен\(Field.when("representative.is_female", "а")), права субъекта \
                персональных данных (статья\(nb)14 \(clauses.lawShortGenitive)) мне разъяснены.
                """).keptWithNext()
            SignatureLine(leading: Field.value("document.date", "date_quoted"), transcript: Field.value("representative.full_name", "initials_first"))
        }
    }()
}
