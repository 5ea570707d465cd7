public import SpecSyntax

/// Reads a question catalogue written in the spec syntax:
///
/// ```yaml
/// extends: built-in          # keep the built-in questions; those below add to them or replace them by id
/// blocks:
///   - { id: quality, title: Качество реализации программы }
/// questions:
///   - id: meetings-mentee
///     block: quality
///     text: Насколько полезными были для вас встречи с наставником?
///     answer: scale          # scale (1–10) or text
///     roles: [наставляемый]  # mentor, mentee; both when left out
///     stages: [на выходе]    # entry, exit; both when left out
///     forms: [ученик – ученик]   # every form when left out
/// ```
public enum QuestionCatalogueReader {
    /// Reads the catalogue file at `path`: on its own, or the built-in one extended by it when it says
    /// `extends: built-in`. Throws every problem, each with its file, line and column.
    public static func read(contentsOf path: String) throws(SpecSyntaxError) -> QuestionCatalogue {
        try catalogue(from: try SpecParser.parse(contentsOf: path), name: path)
    }

    /// Reads a catalogue's bytes; `name` stands for its file in messages.
    public static func read(bytes: [UInt8], name: String) throws(SpecSyntaxError) -> QuestionCatalogue {
        try catalogue(from: try SpecParser.parse(bytes, file: name), name: name)
    }

    private static func catalogue(from root: SpecNode, name: String) throws(SpecSyntaxError) -> QuestionCatalogue {
        var reader = SpecReader(file: name)
        var catalogue = QuestionCatalogue(blocks: [], questions: [])
        var extendsBuiltIn = false
        if let fields = reader.mapping(root, what: "the question catalogue") {
            fields.expectOnly(["extends", "blocks", "questions"], reader: &reader)
            if let extends = fields["extends"], let value = reader.text(extends) {
                if value.lowercased() == "built-in" { extendsBuiltIn = true } else {
                    reader.error(extends.location, "“\(value)” cannot be extended; write “extends: built-in” or leave it out",
                        russian: "Дополнить можно только встроенный перечень, а не «\(value)». Напишите «extends: built-in» или уберите это поле.")
                }
            }
            catalogue.blocks = fields["blocks"].map { reader.items($0, what: "blocks").compactMap { block(from: $0, reader: &reader) } } ?? []
            let known = Set((extendsBuiltIn ? QuestionCatalogue.builtIn.blocks : []).map(\.id) + catalogue.blocks.map(\.id))
            if let questions = fields.required("questions", reader: &reader) {
                catalogue.questions = reader.items(questions, what: "questions").compactMap { question(from: $0, blocks: known, reader: &reader) }
            }
            checkUnique(catalogue, reader: &reader)
        }
        guard !reader.diagnostics.contains(where: { $0.severity == .error }) else {
            throw SpecSyntaxError(diagnostics: reader.diagnostics)
        }
        return extendsBuiltIn ? QuestionCatalogue.builtIn.extended(by: catalogue) : catalogue
    }

    private static func block(from node: SpecNode, reader: inout SpecReader) -> QuestionBlock? {
        guard let fields = reader.mapping(node, what: "a block") else { return nil }
        fields.expectOnly(["id", "title"], reader: &reader)
        guard let id = reader.text(fields.required("id", reader: &reader)), let title = reader.text(fields.required("title", reader: &reader))
        else { return nil }
        return QuestionBlock(id: id, title: title)
    }

    private static func question(from node: SpecNode, blocks: Set<String>, reader: inout SpecReader) -> Question? {
        guard let fields = reader.mapping(node, what: "a question") else { return nil }
        fields.expectOnly(["id", "block", "text", "answer", "roles", "stages", "forms"], reader: &reader)
        let id = reader.text(fields.required("id", reader: &reader))
        let text = reader.text(fields.required("text", reader: &reader))
        var blockID: String?
        if let blockNode = fields.required("block", reader: &reader), let value = reader.text(blockNode) {
            if blocks.contains(value) { blockID = value } else {
                let known = blocks.sorted().joined(separator: ", ")
                reader.error(blockNode.location, "there is no block “\(value)”; add it under “blocks” (known: \(known.isEmpty ? "none" : known))",
                    russian: "Раздела вопросов «\(value)» нет. Добавьте его в поле «blocks» (сейчас там: \(known.isEmpty ? "ничего" : known)).")
            }
        }
        var answer: Question.Answer?
        if let answerNode = fields.required("answer", reader: &reader), let value = reader.text(answerNode) {
            answer = Question.Answer(rawValue: value.lowercased())
            if answer == nil {
                reader.error(answerNode.location, "“\(value)” is not a kind of answer; write scale (a mark from 1 to 10) or text (words)",
                    russian: "«\(value)» — не вид ответа. Напишите scale (оценка от 1 до 10) или text (ответ словами).")
            }
        }
        let stages = choices(fields["stages"], reader: &reader, field: "stages", what: "a stage", hint: "entry or exit (на входе, на выходе)",
            russianHint: "на входе или на выходе (entry, exit)",
            read: MonitoringStage.init(spelling:))
        let roles = choices(fields["roles"], reader: &reader, field: "roles", what: "a role", hint: "mentor or mentee (наставник, наставляемый)",
            russianHint: "наставник или наставляемый (mentor, mentee)",
            read: RespondentRole.init(spelling:))
        let forms = choices(fields["forms"], reader: &reader, field: "forms", what: "a form of mentoring",
            hint: MentoringForm.allCases.map { "«\($0.rawValue)»" }.joined(separator: ", "),
            russianHint: "одну из форм: " + MentoringForm.allCases.map { "«\($0.rawValue)»" }.joined(separator: ", "), read: MentoringForm.init(spelling:))
        guard let id, let text, let blockID, let answer else { return nil }
        return Question(id: id, blockID: blockID, text: text, answer: answer,
            stages: stages.isEmpty ? Set(MonitoringStage.allCases) : stages,
            roles: roles.isEmpty ? Set(RespondentRole.allCases) : roles, forms: forms, location: node.location)
    }

    /// The values of a list of choices; each one not understood is an error at its place.
    private static func choices<Choice: Hashable>(_ node: SpecNode?, reader: inout SpecReader, field: String, what: String, hint: String, russianHint: String,
        read: (String) -> Choice?) -> Set<Choice>
    {
        guard let node else { return [] }
        var result: Set<Choice> = []
        for item in reader.items(node, what: field) {
            guard let value = reader.text(item) else { continue }
            if let choice = read(value) { result.insert(choice) } else { reader.error(item.location, "“\(value)” is not \(what); write \(hint)",
                russian: "«\(value)» — такого значения нет в поле «\(field)». Напишите \(russianHint).") }
        }
        return result
    }

    private static func checkUnique(_ catalogue: QuestionCatalogue, reader: inout SpecReader) {
        var seen: [String: SourceLocation] = [:]
        for question in catalogue.questions {
            if let first = seen[question.id] {
                reader.error(question.location, "a second question with the id “\(question.id)” (the first is at \(first.line):\(first.column))",
                    russian: "Вопрос с кодом «\(question.id)» уже есть (строка \(first.line), позиция \(first.column)). Дайте этому вопросу другой код в поле «id».")
            } else {
                seen[question.id] = question.location
            }
        }
    }
}
