/// Отзыв согласия на обработку персональных данных (part 2 of article 9 of 152-ФЗ), addressed to
/// the operator's director: one form for each processing consent — an adult's, a 14–17-year-old's
/// (their representative confirming they know of it) and a representative's for a child under 14.
/// It asks the operator to stop processing and destroy the data within thirty days (part 5 of
/// article 21), and to see that those processing on its behalf stop too.
extension AuthoredDocument {
    static let consentWithdrawal: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let parts = WithdrawalParts.self
        let clauses = ConsentClauses.self
        let processorsToo = """
             и\(nb)обеспечить прекращение их обработки лицами, осуществляющими её по\(nb)поручению Оператора \
            ({{#org.processors}}\(Field.value("name")){{^@last}}; {{/@last}}{{/org.processors}})
            """
        return AuthoredDocument(title: "Отзыв согласия на обработку персональных данных", font: .form) {
            parts.heading

            Paragraph.heading("ОТЗЫВ").spaced(before: 12)
            Paragraph.heading("согласия на обработку персональных данных").spaced(after: 6)

            Paragraph.body("""
                \(parts.applicant)в\(nb)соответствии с\(nb)частью\(nb)2 статьи\(nb)9 \(clauses.law) (далее\(clauses.dash)\(clauses.lawShort)) \
                отзываю согласие на\(nb)обработку \(Field.unless("person.is_under_14", "моих персональных данных"))\
                \(Field.when("person.is_under_14", "персональных данных ребёнка и\(nb)моих персональных данных")), данное \
                \(Field.value("document.date", "date_quoted")) \(parts.operatorNamed) для\(nb)участия в\(nb)мероприятиях \
                \(clauses.programme).
                """)
            Paragraph.body("""
                Прошу прекратить обработку персональных данных\(Field.when("org.has_processors", processorsToo)) \
                и\(nb)уничтожить персональные данные в\(nb)срок, не\(nb)превышающий тридцати дней с\(nb)даты поступления \
                настоящего отзыва (часть\(nb)5 статьи\(nb)21 \(clauses.lawShortGenitive)), если иное не\(nb)предусмотрено \
                федеральным законом, и\(nb)уведомить меня о\(nb)прекращении обработки и\(nb)уничтожении персональных данных.
                """)
            Paragraph.body("""
                Мне известно, что Оператор вправе продолжить обработку персональных данных без согласия лишь \
                при наличии оснований, указанных в\(nb)пунктах\(nb)2–11 части\(nb)1 статьи\(nb)6, части\(nb)2 статьи\(nb)10 \
                и\(nb)части\(nb)2 статьи\(nb)11 \(clauses.lawShortGenitive).
                """).keptWithNext()
            parts.signatures
        }
    }()
}
