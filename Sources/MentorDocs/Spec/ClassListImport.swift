public import SpecSyntax

/// Turns a class list exported from a spreadsheet into participant entries of the spec.
///
/// Columns are recognised by their Russian names, in any letter case: «ФИО» (or «Фамилия»,
/// «Имя», «Отчество»), «Дата рождения», «Класс», «Должность», «Категория», «Пол», «Адрес»,
/// «Телефон», «Email», «Документ», «Серия», «Номер», «Кем выдан», «Дата выдачи», «Родитель»
/// (or «Законный представитель»), «Кем приходится», «Телефон родителя», and «id».
public struct ClassListImport {
    /// What the imports left out, one line each: «column «Рост» is not recognised and is left out».
    public private(set) var warnings: [String] = []

    /// An importer with no warnings yet.
    public init() {}

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

    /// The `participants:` entries, ready to paste into a spec.
    public mutating func spec(from table: CSVTable) -> String {
        var columns: [Field: Int] = [:]
        for (index, name) in table.header.enumerated() {
            let key = name.lowercased().replacingOccurrences(of: "ё", with: "е")
            if let field = Self.columnNames[key] {
                columns[field] = index
            } else if !key.isEmpty {
                warnings.append("column «\(name)» is not recognised and is left out")
            }
        }
        var lines = ["participants:"]
        for (number, row) in table.rows.enumerated() {
            func value(_ field: Field) -> String? {
                guard let index = columns[field], index < row.fields.count else { return nil }
                let text = row.fields[index]
                return text.isEmpty ? nil : text
            }
            let fullName = value(.fullName) ?? [value(.surname), value(.firstName), value(.patronymic)].compactMap { $0 }.joined(separator: " ")
            guard !fullName.isEmpty else {
                warnings.append("line \(row.line): no name, the row is left out")
                continue
            }
            let category = value(.category).map(Self.category) ?? (value(.className) != nil ? "student" : "teacher")
            let id = value(.id) ?? "\(category.prefix(1))\(number + 1)"
            lines.append("  - id: \(Self.quoted(id))")
            lines.append("    full_name: \(Self.quoted(fullName))")
            lines.append("    category: \(category)")
            if let gender = value(.gender) { lines.append("    gender: \(gender.lowercased().hasPrefix("ж") ? "female" : "male")") }
            if let date = value(.birthDate) { lines.append("    birth_date: \(date)") }
            if let className = value(.className) { lines.append("    class: \(Self.quoted(className))") }
            if let position = value(.position) { lines.append("    position: \(Self.quoted(position))") }
            for (field, key) in [(Field.address, "address"), (.phone, "phone"), (.email, "email")] {
                if let text = value(field) { lines.append("    \(key): \(Self.quoted(text))") }
            }
            if let number = value(.number) {
                let kind = value(.documentKind).map { $0.lowercased().contains("свид") ? "birth_certificate" : "passport" } ?? "passport"
                var document = ["kind: \(kind)"]
                if let series = value(.series) { document.append("series: \(Self.quoted(series))") }
                document.append("number: \(Self.quoted(number))")
                if let issuedBy = value(.issuedBy) { document.append("issued_by: \(Self.quoted(issuedBy))") }
                if let issuedOn = value(.issuedOn) { document.append("issued_on: \(issuedOn)") }
                lines.append("    document: { \(document.joined(separator: ", ")) }")
            }
            if let representative = value(.representative) {
                lines.append("    representative:")
                lines.append("      full_name: \(Self.quoted(representative))")
                lines.append("      relation: \(Self.relation(value(.relation), name: representative))")
                if let phone = value(.representativePhone) { lines.append("      phone: \(Self.quoted(phone))") }
            }
        }
        return lines.joined(separator: "\n") + "\n"
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
            return name.lowercased().hasSuffix("на") ? "mother" : "father"
        }
    }

    /// Double quotes where the spec syntax would read the text otherwise.
    static func quoted(_ text: String) -> String {
        let special: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
        let needs = text.contains(": ") || text.contains(" #") || text.hasSuffix(":") || text.first.map(special.contains) == true
            || text != text.trimmingCharacters(in: .whitespaces)
        guard needs else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

import Foundation
