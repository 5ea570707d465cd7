/// Согласие на обработку персональных данных совершеннолетнего участника программы наставничества.
///
/// From the second consent of Приложение 2 to the Положение of МОУ «Щегловская СОШ» (2021), made a
/// document of its own with every item of part 4 of article 9 of 152-ФЗ (as in force from 01.09.2025):
/// the subject and their identity document, the operator, the purpose, the data, the actions and
/// the ways of processing, a definite period, how to withdraw, signature and date.
/// Consent to publication of photos and videos is a separate document and is not merged in.
extension AuthoredDocument {
    static let consentAdult: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let dash = Typography.dash
        let law = "Федерального закона от 27.07.2006 \(Typography.number("152-ФЗ")) «О персональных данных»"
        let lawShort = "Закон \(Typography.number("152-ФЗ"))"
        let lawShortGenitive = "Закона \(Typography.number("152-ФЗ"))"

        return AuthoredDocument(title: "Согласие на обработку персональных данных (совершеннолетний участник)", font: .form) {
            ApplicantHeading.blocks(subject: "person")

            Paragraph.heading("СОГЛАСИЕ").spaced(before: 12)
            Paragraph.heading("на обработку персональных данных").spaced(after: 6)

            Paragraph.body("""
                Я, \(Field.value("person.full_name")), \(Field.value("person.birth_date", #"date: "dd.MM.yyyy""#))\(nb)года рождения, \
                являюсь совершеннолетним участником мероприятий целевой модели наставничества (\(Field.value("programme.name")), \(Field.value("programme.school_year")); далее\(dash)программа \
                наставничества), и\(nb)в\(nb)соответствии со\(nb)статьёй\(nb)9 \(law) (далее\(dash)\(lawShort)) свободно, \
                своей волей и\(nb)в\(nb)своём интересе даю согласие на\(nb)обработку моих персональных данных \
                на\(nb)следующих условиях.
                """)
            ConsentClauses.clauses(documents: "документа, удостоверяющего личность")
            Paragraph.body("""
                С\(nb)положениями \(lawShortGenitive) ознакомлен\(Field.when("person.is_female", "а")), права субъекта \
                персональных данных (статья\(nb)14 \(lawShortGenitive)) мне разъяснены.
                """).keptWithNext()

            SignatureLine(
                leading: Field.value("document.date", "date_quoted"),
                transcript: Field.value("person.full_name", "initials_first")
            )
        }
    }()
}
