import DocumentEngine
import SpecSyntax

/// An answer sheet as text: its header of questions and its rows, each with the row number the
/// spreadsheet shows. CSV (an online form's export) and the first sheet of an XLSX or ODS workbook.
struct AnswerSheet {
    struct Row {
        var number: Int
        var fields: [String]
    }

    var header: [String]
    /// The row the header is in.
    var headerRow: Int
    var rows: [Row]

    /// Reads `bytes` as a workbook when they are a ZIP archive, as CSV otherwise; what keeps the
    /// file from being read is thrown with its place.
    init(bytes: [UInt8], file: String) throws(AnswerImportError) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let workbook: Workbook
            do { workbook = try WorkbookReader.read(bytes: bytes, file: file) } catch {
                throw AnswerImportError(problems: [AnswerProblem(file: file, [error.place, error.message].compactMap { $0 }.joined(separator: ": "),
                    russian: "Книгу не удаётся прочитать\(error.place.map { " (\($0))" } ?? ""). Откройте её в Excel или LibreOffice и сохраните заново в формате .xlsx.")])
            }
            guard let sheet = workbook.sheets.first(where: { !$0.rows.isEmpty }), let first = sheet.rows.first else {
                throw AnswerImportError(problems: [AnswerProblem(file: file, "the workbook has no rows: the first row should name the questions",
                    russian: "В книге нет ни одной заполненной строки. В первой строке должны быть названия вопросов.")])
            }
            header = first.cells.map(\.text)
            headerRow = first.number
            rows = sheet.rows.dropFirst().map { Row(number: $0.number, fields: $0.cells.map { $0.text.trimmingWhitespace() }) }
        } else {
            let table: CSVTable
            do { table = try CSVReader.read(bytes, file: file) } catch {
                throw AnswerImportError(problems: error.diagnostics.map { diagnostic in
                    AnswerProblem(file: file, row: diagnostic.location.line, column: diagnostic.location.column,
                        severity: diagnostic.severity == .error ? .error : .warning, diagnostic.message, russian: diagnostic.russianMessage)
                })
            }
            header = table.header
            headerRow = 1
            rows = table.rows.map { Row(number: $0.line, fields: $0.fields) }
        }
    }
}
