/// The requisites of an organisational order (ГОСТ Р 7.0.97): the organisation, «ПРИКАЗ», the date
/// and number, the place, the title; then the director's signature and «С приказом ознакомлены»
/// with a line for each person named.
enum OrderRequisites {
    static let nb = Typography.noBreakSpace

    static func heading(title: String) -> [Block] {
        [
            .paragraph(Paragraph.centered(Run(Field.value("org.full_name"))).spaced(after: 12)),
            .paragraph(Paragraph.heading("ПРИКАЗ").spaced(after: 8)),
            .table(Table(columns: [.flexible(1), .flexible(1)], borders: false, rows: [
                TableRow(TableCell(text: Run(Field.value("order.date", "date_numeric", #"default: "___.___.20___""#))),
                    TableCell(Paragraph.right(Run("№\(nb)\(Field.value("order.number", #"default: "_____""#))")))),
            ])),
            .paragraph(Paragraph.centered(Run("г.\(nb)\(Field.value("org.city"))")).spaced(after: 12)),
            .paragraph(Paragraph.plain(Run.bold(title)).spaced(after: 12).keptWithNext()),
        ]
    }

    /// A numbered point of the order.
    static func point(_ number: Int, _ text: String) -> Paragraph {
        Paragraph.body(Run("\(number).\(nb)\(text)"))
    }

    static var ending: [Block] {
        [
            .paragraph(Paragraph.empty),
            .table(Table(columns: [.flexible(1), .flexible(1)], borders: false, keepTogether: true, rows: [
                TableRow(TableCell(text: Run(Field.value("org.director.position", "capitalize"))),
                    TableCell(Paragraph.right(Run(Field.value("org.director.full_name", "initials_first"))))),
            ])),
            .paragraph(Paragraph.plain("С приказом ознакомлены:").spaced(before: 18).keptWithNext()),
            .paragraph(Paragraph.plain("{{#acquainted}}")),
            .table(SignatureLine(leading: Field.value("full_name", "initials"), transcript: "«___»\(nb)__________ 20__\(nb)г.").table),
            .paragraph(Paragraph.plain("{{/acquainted}}")),
        ]
    }
}
