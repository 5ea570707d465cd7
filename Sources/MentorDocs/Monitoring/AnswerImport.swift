import SpecSyntax
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the answers to the questionnaires back from answer sheets: one header row of questions
/// (each named by its id or its text), one row per respondent, matched to a participant of the spec
/// by id or by full name (ё = е, letter case and spaces aside); a row that answers nothing is passed over
/// (a sheet has a row for everyone). Every problem is collected with its
/// file, row and column; a name or an answer in words is never quoted.
public struct AnswerImport {
    /// The programme whose participants answer.
    public let programme: Programme
    /// The questions asked.
    public let questions: QuestionCatalogue
    /// The stage of files without a column «Этап» (`--stage`; a file's own in `read(bytes:file:stage:)`).
    public private(set) var stage: MonitoringStage?
    /// The answers read so far, in the order of the rows.
    public private(set) var responses: [Response] = []
    /// The problems found so far.
    public private(set) var problems: [AnswerProblem] = []

    private let memberships: [String: [Membership]]
    /// Participants' ids by their full name as compared; a name two participants share leads to none.
    private let idsByName: [String: [String]]
    /// Where each participant's answers to a stage were read first, for messages about a second row.
    private var firstRows: [String: String] = [:]

    /// An import of answers of `programme`'s participants to `questions`; `stage` for files that do not say.
    public init(programme: Programme, questions: QuestionCatalogue = .builtIn, stage: MonitoringStage? = nil) {
        self.programme = programme
        self.questions = questions
        self.stage = stage
        memberships = programme.memberships
        var names: [String: [String]] = [:]
        for participant in programme.participants { names[ClassListImport.key(participant.person.fullName), default: []].append(participant.id) }
        idsByName = names
    }

    /// Whether an error was found: then nothing read should be kept.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// The answers of every file at `paths`, or every problem when any is an error.
    public static func read(contentsOf paths: [String], programme: Programme, questions: QuestionCatalogue = .builtIn,
        stage: MonitoringStage? = nil) throws(AnswerImportError) -> (responses: [Response], warnings: [AnswerProblem])
    {
        var reader = AnswerImport(programme: programme, questions: questions, stage: stage)
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                reader.problems.append(AnswerProblem(file: path, "cannot read the file (does it exist, and may it be read?)",
                russian: "Файл не удаётся прочитать. Проверьте, что он есть на месте и его разрешено читать."))
                continue
            }
            reader.read(bytes: [UInt8](data), file: path)
        }
        guard !reader.hasErrors else { throw AnswerImportError(problems: reader.problems) }
        return (reader.responses, reader.problems)
    }

    /// Reads one answer sheet's bytes; `file` names it in messages.
    public mutating func read(bytes: [UInt8], file: String) {
        do throws(AnswerImportError) {
            read(try AnswerSheet(bytes: bytes, file: file), file: file)
        } catch {
            problems += error.problems
        }
    }

    /// Reads one answer sheet's bytes whose rows have the stage `stage` unless a column «Этап» says
    /// otherwise: each file its own, as the page's upload gives them (nil: the import's).
    public mutating func read(bytes: [UInt8], file: String, stage: MonitoringStage?) {
        let shared = self.stage
        self.stage = stage ?? shared
        defer { self.stage = shared }
        read(bytes: bytes, file: file)
    }

    // MARK: Columns

    private enum Column {
        case id, name, stage, question(Question), ignored
    }

    private static let idNames: Set<String> = ["id", "код", "идентификатор"]
    private static let nameNames: Set<String> = ["фио", "ф.и.о.", "фамилия имя отчество", "участник", "фамилия, имя, отчество"]
    private static let stageNames: Set<String> = ["этап", "stage", "анкета"]
    /// What an answer sheet made by `generate` tells the curator about each respondent, read past in silence.
    private static let aboutNames: Set<String> = ["роль", "класс, должность", "пара, группа", "форма наставничества"]

    /// A question's text as compared with a header: letters and digits only, ё as е, any case.
    private static func comparable(_ text: String) -> String {
        ClassListImport.key(text).unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " " }
            .map(String.init).joined().split(separator: " ").joined(separator: " ")
    }

    private mutating func columns(of header: [String], file: String, headerRow: Int) -> [Column] {
        var byID: [String: Question] = [:]
        var byText: [String: Question] = [:]
        for question in questions.questions {
            byID[question.id.lowercased()] = question
            byText[Self.comparable(question.text)] = question
        }
        var seen: [String: Int] = [:]
        return header.enumerated().map { index, name in
            let key = ClassListImport.key(name)
            let column: Column
            if Self.idNames.contains(key) { column = .id }
            else if Self.nameNames.contains(key) { column = .name }
            else if Self.stageNames.contains(key) { column = .stage }
            else if Self.aboutNames.contains(key) { column = .ignored }
            else if let question = byID[key] ?? byText[Self.comparable(name)] {
                if let first = seen[question.id] {
                    problems.append(AnswerProblem(file: file, row: headerRow, column: index + 1,
                        "a second column for the question “\(question.id)” (the first is column \(first))",
                russian: "Второй столбец с вопросом «\(question.id)» (первый — столбец \(first)). Оставьте один."))
                    return .ignored
                }
                seen[question.id] = index + 1
                column = .question(question)
            } else {
                if !key.isEmpty {
                    problems.append(AnswerProblem(file: file, row: headerRow, column: index + 1, severity: .warning,
                        "the column «\(name)» is not a question of the catalogue, nor «id», «ФИО» or «Этап»; it is left out",
                russian: "Столбец «\(name)» не является вопросом анкеты и не называется «id», «ФИО» или «Этап», поэтому он не учитывается."))
                }
                column = .ignored
            }
            return column
        }
    }

    // MARK: Rows

    private mutating func read(_ sheet: AnswerSheet, file: String) {
        let headerRow = sheet.headerRow
        let columns = columns(of: sheet.header, file: file, headerRow: headerRow)
        let hasIdentity = columns.contains { if case .id = $0 { true } else if case .name = $0 { true } else { false } }
        guard hasIdentity else {
            problems.append(AnswerProblem(file: file, row: headerRow, "no column «id» or «ФИО»: respondents cannot be told apart",
                russian: "Нет столбца «id» или «ФИО», поэтому нельзя понять, чьи это ответы. Добавьте один из них."))
            return
        }
        let hasStage = columns.contains { if case .stage = $0 { true } else { false } }
        if !hasStage && stage == nil {
            problems.append(AnswerProblem(file: file, "the stage is not known: add a column «Этап» (на входе, на выходе) or give --stage entry or exit",
                russian: "Не указан этап анкетирования. Добавьте столбец «Этап» (на входе, на выходе) или выберите этап при загрузке."))
            return
        }
        for row in sheet.rows where row.fields.contains(where: { !$0.isEmpty }) {
            read(row, columns: columns, file: file)
        }
    }

    private mutating func read(_ row: AnswerSheet.Row, columns: [Column], file: String) {
        func value(_ index: Int) -> String { index < row.fields.count ? row.fields[index] : "" }
        var id: String?
        var name: String?
        var rowStage = stage
        for (index, column) in columns.enumerated() {
            let text = value(index)
            guard !text.isEmpty else { continue }
            switch column {
            case .id: id = text
            case .name: name = text
            case .stage:
                guard let read = MonitoringStage(spelling: text) else {
                    problems.append(AnswerProblem(file: file, row: row.number, column: index + 1,
                        "“\(text)” is not a stage; write «на входе» or «на выходе» (entry, exit)",
                russian: "«\(text)» — не этап. Напишите «на входе» или «на выходе»."))
                    return
                }
                rowStage = read
            default: continue
            }
        }
        guard let participantID = participant(id: id, name: name, file: file, row: row.number) else { return }
        guard let ofParticipant = memberships[participantID] else {
            problems.append(AnswerProblem(file: file, row: row.number, "\(participantID) is in no pair or group of the spec, so was asked nothing",
                russian: "\(participantID) не входит ни в одну пару или группу, поэтому ему не задавали вопросов. Проверьте код участника."))
            return
        }
        guard let rowStage else {
            problems.append(AnswerProblem(file: file, row: row.number, "the stage is empty; write «на входе» or «на выходе»",
                russian: "Этап не заполнен. Напишите «на входе» или «на выходе»."))
            return
        }
        let place = "\(file):\(row.number)"
        let key = "\(participantID) \(rowStage.rawValue)"
        if let first = firstRows[key] {
            problems.append(AnswerProblem(file: file, row: row.number,
                "a second row of \(participantID)'s answers «\(rowStage.title)» (the first is \(first))",
                russian: "Ответы \(participantID) «\(rowStage.title)» уже есть в другой строке (\(first)). Оставьте одну строку."))
            return
        }
        firstRows[key] = place
        var response = Response(participantID: participantID, stage: rowStage)
        for (index, column) in columns.enumerated() {
            guard case .question(let question) = column else { continue }
            let text = value(index)
            guard !text.isEmpty else { continue }
            guard ofParticipant.contains(where: { question.isAsked(at: rowStage, of: $0.role, in: $0.form) }) else {
                problems.append(AnswerProblem(file: file, row: row.number, column: index + 1, severity: .warning,
                    "\(participantID) was not asked “\(question.id)” «\(rowStage.title)»; the answer is left out",
                russian: "Участнику \(participantID) не задавали вопрос «\(question.id)» «\(rowStage.title)», поэтому ответ не учитывается."))
                continue
            }
            switch question.answer {
            case .scale:
                guard let mark = Self.mark(text) else {
                    problems.append(AnswerProblem(file: file, row: row.number, column: index + 1,
                        "“\(text)” is not a mark from \(QuestionCatalogue.scale.lowerBound) to \(QuestionCatalogue.scale.upperBound) (question “\(question.id)”: \(question.text))",
                russian: "«\(text)» — не оценка от \(QuestionCatalogue.scale.lowerBound) до \(QuestionCatalogue.scale.upperBound) (вопрос «\(question.id)»: \(question.text)). Поставьте целое число от \(QuestionCatalogue.scale.lowerBound) до \(QuestionCatalogue.scale.upperBound)."))
                    continue
                }
                response.scores[question.id] = mark
            case .text:
                response.texts[question.id] = text
            }
        }
        // An answer sheet has a row for everyone: a row that answers nothing is no response, and
        // must not replace the answers kept from another copy of the sheet.
        guard !response.scores.isEmpty || !response.texts.isEmpty else { return }
        responses.append(response)
    }

    /// A whole mark of the scale: «7», or «7.0» / «7,0» as a spreadsheet may save a number.
    static func mark(_ text: String) -> Int? {
        var digits = Substring(text)
        for zero in [".0", ",0"] where digits.hasSuffix(zero) { digits = digits.dropLast(2) }
        guard let mark = Int(digits), QuestionCatalogue.scale.contains(mark) else { return nil }
        return mark
    }

    /// The participant a row is about: by id when it has one, else by full name. A row that
    /// matches no one, or a name two participants share, is an error naming the row only.
    private mutating func participant(id: String?, name: String?, file: String, row: Int) -> String? {
        if let id {
            guard programme.participant(id) != nil else {
                problems.append(AnswerProblem(file: file, row: row, "there is no participant with the id “\(id)” in the spec",
                russian: "Участника с кодом «\(id)» в описании программы нет. Проверьте код."))
                return nil
            }
            return id
        }
        guard let name else {
            problems.append(AnswerProblem(file: file, row: row, "the row has answers but neither an id nor a full name",
                russian: "В строке есть ответы, но нет ни кода, ни ФИО участника. Заполните одно из них."))
            return nil
        }
        let ids = idsByName[ClassListImport.key(name)] ?? []
        switch ids.count {
        case 1: return ids[0]
        case 0: problems.append(AnswerProblem(file: file, row: row, "the full name matches no participant of the spec; check its spelling or give the id",
                russian: "ФИО не совпадает ни с одним участником программы. Проверьте написание или укажите код в столбце «id»."))
        default: problems.append(AnswerProblem(file: file, row: row,
            "the full name is shared by \(ids.joined(separator: ", ")); give the id in a column «id»",
                russian: "Такие ФИО у нескольких участников (\(ids.joined(separator: ", "))). Укажите код в столбце «id»."))
        }
        return nil
    }
}
