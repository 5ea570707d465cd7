public import DocumentEngine
public import SpecSyntax

/// Turns a class list exported from a spreadsheet into participant entries of the spec.
///
/// Columns are recognised by their Russian names, in any letter case: «ФИО» (or «Фамилия»,
/// «Имя», «Отчество»), «Дата рождения», «Класс», «Должность», «Категория», «Пол», «Адрес»,
/// «Телефон», «Email», «Документ», «Серия», «Номер», «Кем выдан», «Дата выдачи», «Родитель»
/// (or «Законный представитель»), «Кем приходится», «Телефон родителя», and «id».
public struct ClassListImport {
    /// What the imports left out, one line each: «column «Рост» is not recognised and is left out»;
    /// never a cell's content.
    public private(set) var warnings: [String] = []

    /// Ids the spec has already, which the ids made here (`s1`, `t2` …) pass over.
    private let takenIDs: Set<String>
    /// The number the next id made here is tried with.
    private var nextNumber = 1

    /// An importer with no warnings yet, whose ids start from 1 and pass over `takenIDs` (the ids of
    /// the spec the people are added to).
    public init(takenIDs: Set<String> = []) { self.takenIDs = takenIDs }

    /// The `participants:` entries of a class list as its bytes came: a workbook (XLSX or ODS, a ZIP
    /// archive) from `sheet` or every sheet, otherwise CSV. `file` names it in messages.
    public mutating func spec(fromFile bytes: [UInt8], file: String, sheet: String? = nil) throws -> String {
        if bytes.starts(with: Array("PK".utf8)) {
            return try spec(from: WorkbookReader.read(bytes: bytes, file: file), sheet: sheet)
        }
        return spec(from: try CSVReader.read(bytes, file: file))
    }

    enum Field: String, CaseIterable {
        case id, fullName, surname, firstName, patronymic, birthDate, className, position, category, gender
        case address, phone, email, documentKind, series, number, issuedBy, issuedOn
        case representative, relation, representativePhone
    }

    static let columnNames: [String: Field] = [
        "id": .id, "код": .id, "фио": .fullName, "ф.и.о.": .fullName, "фамилия имя отчество": .fullName,
        "фамилия": .surname, "имя": .firstName, "отчество": .patronymic,
        "дата рождения": .birthDate, "д.р.": .birthDate, "класс": .className, "должность": .position,
        "категория": .category, "пол": .gender, "адрес": .address, "адрес проживания": .address,
        "телефон": .phone, "email": .email, "e-mail": .email, "эл. почта": .email, "электронная почта": .email,
        "документ": .documentKind, "вид документа": .documentKind, "серия": .series, "серия документа": .series,
        "серия паспорта": .series, "номер": .number, "номер документа": .number, "номер паспорта": .number,
        "кем выдан": .issuedBy, "дата выдачи": .issuedOn,
        "родитель": .representative, "законный представитель": .representative, "фио родителя": .representative,
        "кем приходится": .relation, "степень родства": .relation, "телефон родителя": .representativePhone,
    ]

    /// The `participants:` entries of a CSV class list, ready to paste into a spec.
    public mutating func spec(from table: CSVTable) -> String {
        let rows = table.rows.map { ClassListRow(place: "line \($0.line)", fields: $0.fields) }
        var output = "participants:\n"
        appendEntries(header: table.header, rows: rows, to: &output)
        return output
    }

    /// The `participants:` entries of a workbook's class lists: of the sheet named, or of every sheet
    /// that has a row of column names (journals often export a class per sheet). Rows above the
    /// column names (a title, a date) are skipped; a header of two rows (a merged «Родитель» over
    /// «ФИО» and «Телефон») is read as one.
    public mutating func spec(from workbook: Workbook, sheet name: String? = nil) throws(WorkbookError) -> String {
        var sheets = workbook.sheets
        if let name {
            guard let sheet = workbook.sheet(named: name) else {
                throw WorkbookError(.noSuchSheet, file: workbook.file,
                    "no sheet «\(name)»; the sheets are \(workbook.sheets.map { "«\($0.name)»" }.joined(separator: ", "))")
            }
            sheets = [sheet]
        }
        var output = "participants:\n"
        for sheet in sheets {
            guard let table = ClassListSheet(sheet, dateSystem: workbook.dateSystem, columnNames: Self.columnNames) else {
                warnings.append("sheet «\(sheet.name)»: no row of column names («ФИО», «Класс», …); the sheet is left out")
                continue
            }
            appendEntries(header: table.header, rows: table.rows, to: &output)
        }
        return output
    }

    /// How many people have been imported so far (ids go on across the sheets of one import).
    public private(set) var numbered = 0

    /// Appends the entries of `rows` to `output`, a line at a time (a list of thousands of people is
    /// not held as lines and joined).
    mutating func appendEntries(header: [String], rows: some Sequence<ClassListRow>, to output: inout String) {
        func line(_ text: String) {
            output += text
            output += "\n"
        }
        var columns: [Field: Int] = [:]
        for (index, name) in header.enumerated() {
            let key = Self.key(name)
            if let field = Self.columnNames[key] {
                if columns[field] == nil { columns[field] = index }
            } else if !key.isEmpty {
                warnings.append("column «\(name)» is not recognised and is left out")
            }
        }
        for row in rows {
            func value(_ field: Field) -> String? {
                guard let index = columns[field], index < row.fields.count else { return nil }
                let text = row.fields[index]
                return text.isEmpty ? nil : text
            }
            let fullName = value(.fullName) ?? [value(.surname), value(.firstName), value(.patronymic)].compactMap { $0 }.joined(separator: " ")
            guard !fullName.isEmpty else {
                if row.fields.contains(where: { !$0.isEmpty }) { warnings.append("\(row.place): no name, the row is left out") }
                continue
            }
            guard Self.looksLikeName(fullName) else {
                warnings.append("\(row.place): the name column holds something other than a name (a note, a signature line); the row is left out")
                continue
            }
            numbered += 1
            let category = value(.category).map(Self.category) ?? (value(.className) != nil ? "student" : "teacher")
            let id = value(.id) ?? madeID(prefix: String(category.prefix(1)))
            line("  - id: \(Self.quoted(id))")
            line("    full_name: \(Self.quoted(fullName))")
            line("    category: \(category)")
            if let gender = value(.gender) { line("    gender: \(gender.lowercased().hasPrefix("ж") ? "female" : "male")") }
            if let date = value(.birthDate) { line("    birth_date: \(date)") }
            if let className = value(.className) { line("    class: \(Self.quoted(className))") }
            if let position = value(.position) { line("    position: \(Self.quoted(position))") }
            for (field, key) in [(Field.address, "address"), (.phone, "phone"), (.email, "email")] {
                if let text = value(field) { line("    \(key): \(Self.quoted(text))") }
            }
            if let number = value(.number) {
                let kind = value(.documentKind).map { $0.lowercased().contains("свид") ? "birth_certificate" : "passport" } ?? "passport"
                var document = ["kind: \(kind)"]
                if let series = value(.series) { document.append("series: \(Self.quotedInline(series))") }
                document.append("number: \(Self.quotedInline(number))")
                if let issuedBy = value(.issuedBy) { document.append("issued_by: \(Self.quotedInline(issuedBy))") }
                if let issuedOn = value(.issuedOn) { document.append("issued_on: \(Self.quotedInline(issuedOn))") }
                line("    document: { \(document.joined(separator: ", ")) }")
            }
            if let representative = value(.representative) {
                line("    representative:")
                line("      full_name: \(Self.quoted(representative))")
                line("      relation: \(Self.relation(value(.relation), name: representative))")
                if let phone = value(.representativePhone) { line("      phone: \(Self.quoted(phone))") }
            }
        }
    }

    /// `s1`, `s2` …, passing over the ids taken.
    private mutating func madeID(prefix: String) -> String {
        while takenIDs.contains("\(prefix)\(nextNumber)") { nextNumber += 1 }
        defer { nextNumber += 1 }
        return "\(prefix)\(nextNumber)"
    }

    /// Letters, with the hyphens, apostrophes, dots and spaces of names such as «Бонч-Бруевич», «О'Нил»,
    /// «Мария-Тереза»; not a note («Классный руководитель: (подпись)») or a total («Итого 25»).
    static func looksLikeName(_ text: String) -> Bool {
        var letters = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            // Russian letters and ASCII ones, told without Unicode's tables: almost every name.
            case 0x410...0x44F, 0x401, 0x451, 0x41...0x5A, 0x61...0x7A: letters = true
            case 0x20, 0x2D, 0x27, 0x2019, 0x2E: continue
            default:
                guard scalar.properties.isAlphabetic else { return false }
                letters = true
            }
        }
        return letters
    }

    static func key(_ name: String) -> String {
        name.lowercased().replacing("ё", with: "е").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func category(_ text: String) -> String {
        let lowered = text.lowercased()
        if lowered.hasPrefix("учен") || lowered.hasPrefix("обуч") || lowered.hasPrefix("студ") || lowered == "student" { return "student" }
        if lowered.hasPrefix("педаг") || lowered.hasPrefix("учит") || lowered == "teacher" { return "teacher" }
        if lowered.hasPrefix("родит") || lowered == "parent" { return "parent" }
        if lowered.hasPrefix("выпуск") || lowered == "graduate" { return "graduate" }
        if lowered.hasPrefix("работод") || lowered == "employer" { return "employer" }
        return "student"
    }

    static func relation(_ text: String?, name: String) -> String {
        switch text?.lowercased() {
        case let value? where value.hasPrefix("мат"): return "mother"
        case let value? where value.hasPrefix("от"): return "father"
        case let value? where value.hasPrefix("опек"): return "guardian"
        case let value? where value.hasPrefix("попеч"): return "trustee"
        default:
            // Without the column, a parent's patronymic tells mother or father.
            return name.hasSuffix("на") || name.hasSuffix("НА") ? "mother" : "father"
        }
    }

    /// Double quotes where the spec syntax would read the text otherwise (`SpecScalarText`).
    static func quoted(_ text: String) -> String { SpecScalarText.written(text) }

    /// The same inside `{ … }`, where a comma or a bracket would end the text too.
    static func quotedInline(_ text: String) -> String { SpecScalarText.written(text, in: .inline) }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
