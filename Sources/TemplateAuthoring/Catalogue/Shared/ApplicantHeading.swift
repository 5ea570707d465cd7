/// The block at the top right of a statement or consent: to whom, from whom, where they live,
/// their identity document. `subject` is the data path of the person signing (`person`, `parent`).
enum ApplicantHeading {
    /// Centimetres from the left margin: the block takes the right half of the page.
    static let indent = 9.0

    static func blocks(subject: String) -> [Block] {
        let nb = Typography.noBreakSpace
        let living = Field.choice("\(subject).is_female", "проживающей", "проживающего")
        let document = "\(subject).document"
        let lines: [String] = [
            "Директору \(Field.value("org.short_name"))",
            "\(Field.value("org.director.full_name", "dative", "initials"))",
            "от \(Field.value("\(subject).full_name", "genitive")),",
            "\(living) по адресу: \(Field.value("\(subject).address")),",
            "\(Field.value("\(document).title")): серия\(nb)\(Field.value("\(document).series")) №\(nb)\(Field.value("\(document).number")),",
            "выдан \(Field.value("\(document).issued_on", #"date: "dd.MM.yyyy""#)) \(Field.value("\(document).issued_by", #"phrase: "instrumental""#))"
                + Field.when("\(subject).phone", ",\nтел.: \(Field.value("\(subject).phone"))"),
        ]
        return lines.map { line in .paragraph(Paragraph.plain(Run(line)).indented(left: indent)) }
    }
}
