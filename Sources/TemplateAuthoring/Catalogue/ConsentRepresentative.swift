/// Согласие законного представителя на обработку персональных данных несовершеннолетнего.
///
/// Given for a child under 14 (who signs nothing), by a parent, who cites the child's birth
/// certificate, or by an опекун or попечитель, who cites the guardianship authority's act. It also
/// covers the representative's own data, which the consent itself holds.
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
                проживающ\(Field.choice("person.is_female", "ей", "его")) по\(nb)адресу: \(Field.value("person.address")) \
                \(clauses.authority(representative: "representative", child: "person")), участника мероприятий \(clauses.programme), \
                и\(nb)в\(nb)соответствии со\(nb)статьёй\(nb)9 \(clauses.law) (далее\(clauses.dash)\(clauses.lawShort)) свободно, \
                своей волей и\(nb)в\(nb)интересах ребёнка даю согласие на\(nb)обработку \(Field.choice("person.is_female", "её", "его")) персональных данных, а\(nb)также моих \
                персональных данных, указанных в\(nb)настоящем согласии, на\(nb)следующих условиях.
                """)
            clauses.clauses(documents: "свидетельства о\(nb)рождении ребёнка и\(nb)документа, удостоверяющего личность законного представителя")
            Paragraph.body("""
                С\(nb)положениями \(clauses.lawShortGenitive) ознакомлен\(Field.when("representative.is_female", "а")), права субъекта \
                персональных данных (статья\(nb)14 \(clauses.lawShortGenitive)) мне разъяснены.
                """).keptWithNext()
            SignatureLine(leading: Field.value("document.date", "date_quoted"), transcript: Field.value("representative.full_name", "initials_first"))
        }
    }()
}
