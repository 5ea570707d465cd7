/// Требование о прекращении распространения и отзыв согласия на обработку персональных данных,
/// разрешённых для распространения (parts 12–14 of article 10.1 of 152-ФЗ): the subject's name,
/// contacts and the data whose dissemination must stop, addressed to the operator's director; the
/// operator stops within three working days of receiving it.
extension AuthoredDocument {
    static let publicationWithdrawal: AuthoredDocument = {
        let nb = Typography.noBreakSpace
        let parts = WithdrawalParts.self
        let clauses = ConsentClauses.self
        let blank = Table(columns: [.flexible(1)], borders: false, rows: (0..<2).map { _ in
            TableRow(TableCell(Paragraph.empty.spaced(before: 10), bottomRule: true))
        })
        let contacts = Field.unless("person.is_under_14", Field.value("person.contacts"))
            + Field.when("person.is_under_14", Field.value("representative.contacts"))
        return AuthoredDocument(title: "Отзыв согласия на распространение персональных данных", font: .form) {
            parts.heading

            Paragraph.heading("ТРЕБОВАНИЕ").spaced(before: 12)
            Paragraph.heading("о прекращении распространения персональных данных и\(nb)отзыв согласия на\(nb)обработку персональных данных, разрешённых для распространения").spaced(after: 6)

            Paragraph.body("""
                \(parts.applicant)контактная информация: \(contacts), в\(nb)соответствии с\(nb)частями\(nb)12–14 \
                статьи\(nb)10.1 \(clauses.law) (далее\(clauses.dash)\(clauses.lawShort)) требую прекратить передачу \
                (распространение, предоставление, доступ) \(Field.unless("person.is_under_14", "моих персональных данных"))\
                \(Field.when("person.is_under_14", "персональных данных ребёнка")), разрешённых для распространения согласием, \
                данным \(Field.value("document.date", "date_quoted")) \(parts.operatorNamed), и\(nb)отзываю это согласие.
                """)
            Paragraph.body("""
                Перечень персональных данных, обработка которых подлежит прекращению: все персональные данные, \
                указанные в\(nb)согласии (фамилия, имя, отчество; место учёбы или работы, класс (группа) или должность; \
                сведения об\(nb)участии в\(nb)мероприятиях программы наставничества и\(nb)их результатах; фотографическое \
                изображение; видеоизображение), если ниже не\(nb)перечислены лишь некоторые из\(nb)них:
                """).keptWithNext()
            blank
            Paragraph.body("""
                Прошу прекратить передачу персональных данных в\(nb)течение трёх рабочих дней с\(nb)момента получения \
                настоящего требования (часть\(nb)13 статьи\(nb)10.1 \(clauses.lawShortGenitive)), удалить их с\(nb)информационных \
                ресурсов Оператора ({{#org.websites}}\(Field.value(".")){{^@last}}, {{/@last}}{{/org.websites}}) и\(nb)уведомить меня об\(nb)этом.
                """).spaced(before: 6).keptWithNext()
            parts.signatures
        }
    }()
}
