/// A table read from a CSV file a spreadsheet exported.
public struct CSVTable: Sendable {
    /// The column names from the first line, trimmed of spaces: «ФИО», «Дата рождения».
    public var header: [String]
    /// The lines below it, one row each; empty lines are skipped.
    public var rows: [CSVRow]
}

/// One line of the table under the header.
public struct CSVRow: Sendable {
    /// The line the row starts on, for messages.
    public var line: Int
    /// Its fields in the order of the columns, trimmed of spaces; a short row has fewer than the header.
    public var fields: [String]
}

/// Reads CSV as spreadsheets write it: UTF-8 (with or without a byte-order mark) or Windows-1251,
/// comma or semicolon between fields (told from the header line), quoted fields with `""` for a
/// quote and line breaks inside, CRLF or LF.
public enum CSVReader {
    /// Longer fields are refused: no class list has them, and a runaway one should not fill memory.
    public static let maximumFieldLength = 100_000

    /// The table in `bytes`; `file` names it in messages, and the error lists every problem at once.
    public static func read(_ bytes: [UInt8], file: String) throws(SpecSyntaxError) -> CSVTable {
        let text = decode(bytes)
        let separator = detectSeparator(text)
        var records: [(line: Int, fields: [String])] = []
        var diagnostics: [SpecDiagnostic] = []
        var field = ""
        var fields: [String] = []
        var line = 1
        var recordLine = 1
        var column = 1
        var inQuotes = false
        var quoteStart = (line: 1, column: 1)
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let value = pending {
                pending = nil
                return value
            }
            return scalars.next()
        }
        var fieldLength = 0
        func appendToField(_ scalar: Unicode.Scalar) {
            fieldLength += 1
            if fieldLength <= maximumFieldLength {
                field.unicodeScalars.append(scalar)
            } else if fieldLength == maximumFieldLength + 1 {
                diagnostics.append(SpecDiagnostic(.syntax, location: SourceLocation(file: file, line: line, column: column),
                    message: "a field longer than \(maximumFieldLength) characters (is this a class list?)",
                    russian: "Значение длиннее \(maximumFieldLength) знаков. Проверьте, тот ли это файл (нужен список класса)."))
            }
        }
        func endField() {
            fields.append(field)
            field = ""
            fieldLength = 0
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
            fields = []
        }
        while let scalar = next() {
            if inQuotes {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" {
                        appendToField("\"")
                        column += 2
                        continue
                    }
                    inQuotes = false
                    pending = following
                    column += 1
                    continue
                }
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                if scalar != "\r" { appendToField(scalar) }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteStart = (line, column)
                column += 1
            case separator:
                endField()
                column += 1
            case "\r":
                continue
            case "\n":
                endRecord()
                line += 1
                column = 1
                recordLine = line
            default:
                appendToField(scalar)
                column += 1
            }
        }
        if inQuotes {
            diagnostics.append(SpecDiagnostic(.syntax, location: SourceLocation(file: file, line: quoteStart.line, column: quoteStart.column),
                message: "a quoted field that starts here is never closed",
                russian: "Кавычка, открытая здесь, не закрыта. Закройте значение кавычкой."))
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let header = records.first else {
            throw SpecSyntaxError(diagnostics: diagnostics + [SpecDiagnostic(.syntax, location: SourceLocation(file: file, line: 1, column: 1),
                message: "the file is empty; a header row with the column names is needed",
                russian: "Файл пуст. Нужна хотя бы первая строка с названиями столбцов.")])
        }
        let names = header.fields.map { $0.trimmingWhitespace() }
        var rows: [CSVRow] = []
        for record in records.dropFirst() {
            if record.fields.count > names.count, record.fields[names.count...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
                diagnostics.append(SpecDiagnostic(.syntax, location: SourceLocation(file: file, line: record.line, column: 1),
                    message: "this row has \(record.fields.count) fields, but the header names \(names.count) columns",
                    russian: "Значений в этой строке: \(record.fields.count), а столбцов в первой строке: \(names.count). Уберите лишние значения или добавьте столбцы."))
                continue
            }
            rows.append(CSVRow(line: record.line, fields: record.fields.map { $0.trimmingWhitespace() }))
        }
        guard diagnostics.isEmpty else { throw SpecSyntaxError(diagnostics: diagnostics) }
        return CSVTable(header: names, rows: rows)
    }

    /// UTF-8 when the bytes are valid UTF-8, Windows-1251 otherwise (what Russian Excel writes).
    static func decode(_ bytes: [UInt8]) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(body.map(Windows1251.scalar)))
    }

    /// The separator that occurs more often in the header line, outside quotes.
    static func detectSeparator(_ text: String) -> Unicode.Scalar {
        var semicolons = 0
        var commas = 0
        var inQuotes = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" { break }
            if scalar == "\"" { inQuotes.toggle() }
            if !inQuotes, scalar == ";" { semicolons += 1 }
            if !inQuotes, scalar == "," { commas += 1 }
        }
        return semicolons >= commas && semicolons > 0 ? ";" : ","
    }
}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
