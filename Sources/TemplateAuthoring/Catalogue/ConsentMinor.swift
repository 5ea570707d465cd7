import CalendarDays

/// Согласие на обработку персональных данных несовершеннолетнего участника 14–17 лет.
///
/// The minor gives it themselves, with the written consent of a parent or попечитель (article 26
/// of the Civil Code), on one form signed by both: the seed's «нужное подчеркнуть» replaced by
/// the words for this person. The representative's block names their address, passport and the
/// document of their authority (the child's birth certificate, or the guardianship act).
extension AuthoredDocument {
    static let consentMinor: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let clauses = ConsentClauses.self
        return AuthoredDocument(title: "Согласие на обработку персональных данных (несовершеннолетний \(AgeBand.adolescentAges) лет)", font: .form) {
            ApplicantHeading.blocks(subject: "person")

            Paragraph.heading("СОГЛАСИЕ").spaced(before: 12)
            Paragraph.heading("на обработку персональных данных").spaced(after: 6)

            Paragraph.body("""
                Я, \(Field.value("person.full_name")), \(Field.value("person.birth_date", #"date: "dd.MM.yyyy""#))\(nb)года рождения, \
                \(Field.when("person.class_or_position", "обучающ\(Field.choice("person.is_female", "аяся", "ийся")) (\(Field.value("person.class_or_position"))), "))\
                являюсь несовершеннолетним участником мероприятий \(clauses.programme), и\(nb)в\(nb)соответствии \
                со\(nb)статьёй\(nb)9 \(clauses.law) (далее\(clauses.dash)\(clauses.lawShort)) с\(nb)письменного согласия моего \
                законного представителя даю согласие на\(nb)обработку моих персональных данных на\(nb)следующих условиях.
                """)
            clauses.clauses(documents: """
                документа, удостоверяющего личность, и\(nb)свидетельства о\(nb)рождении несовершеннолетнего, документа, \
                удостоверяющего личность законного представителя, и\(nb)документа, подтверждающего его полномочия
                """)
            Paragraph.body("""
                С\(nb)положениями \(clauses.lawShortGenitive) ознакомлен\(Field.when("person.is_female", "а")), права субъекта \
                персональных данных (статья\(nb)14 \(clauses.lawShortGenitive)) мне разъяснены.
                """).keptWithNext()
            SignatureLine(leading: Field.value("document.date", "date_quoted"), transcript: Field.value("person.full_name", "initials_first"))

            Paragraph.heading("Согласие законного представителя").spaced(before: 12, after: 4)
            Paragraph.body("""
                Я, \(Field.value("representative.full_name")), \(clauses.identity("representative")), \
                являясь \(clauses.relationInstrumental("representative")) \(clauses.minor("person")) \
                \(Field.value("person.full_name", "genitive")); \(clauses.authority(representative: "representative", child: "person")), \
                в\(nb)соответствии со\(nb)статьёй\(nb)26 Гражданского кодекса Российской Федерации даю согласие на\(nb)то, \
                чтобы \(Field.choice("person.is_female", "она", "он")) дал\(Field.when("person.is_female", "а")) \
                настоящее согласие на\(nb)обработку своих персональных данных на\(nb)изложенных выше условиях, а\(nb)также \
                даю согласие на\(nb)обработку моих персональных данных, указанных в\(nb)настоящем согласии, на\(nb)тех\(nb)же условиях.
                """).keptWithNext()
            SignatureLine(leading: Field.value("document.date", "date_quoted"), transcript: Field.value("representative.full_name", "initials_first"))
        }
    }()
}
