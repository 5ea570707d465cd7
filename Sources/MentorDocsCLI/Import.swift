import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MentorDocs
import SpecSyntax

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turns a class list (XLSX, ODS or CSV) into participant entries of a spec.",
        discussion: """
            An XLSX or ODS workbook as Excel, LibreOffice Calc or an electronic journal saves it: every \
            sheet with a row of column names is read (one class per sheet is fine), or only the sheet \
            given with --sheet; a title above the column names, merged header cells and empty rows are \
            fine, and dates may be dates, numbers or text. A CSV may be UTF-8 or Windows-1251, with \
            commas or semicolons; its first row names the columns. The columns are named in Russian: «ФИО» (or «Фамилия», «Имя», \
            «Отчество»), «Дата рождения», «Класс», «Должность», «Категория», «Пол», «Адрес», \
            «Телефон», «Email», «Документ», «Серия», «Номер», «Кем выдан», «Дата выдачи», «Родитель», \
            «Кем приходится», «Телефон родителя», «id». The entries are printed (or written with \
            --out) to paste under `participants:`; check the result with `mentordocs check`.
            """
    )

    @Argument(help: "The class list: an .xlsx, .ods or .csv file.")
    var classList: String

    @Option(help: "The sheet to read from a workbook (by default every sheet with column names).")
    var sheet: String?

    @Option(name: .shortAndLong, help: "Write the entries to this file instead of printing them.")
    var out: String?

    func run() throws {
        try failing {
            guard let bytes = FileManager.default.contents(atPath: classList) else { throw FileReadError(path: classList) }
            var importer = ClassListImport()
            if sheet != nil && !bytes.starts(with: Array("PK".utf8)) {
                throw ValidationError("--sheet is for workbooks (.xlsx, .ods); \(classList) is read as CSV")
            }
            let text = try importer.spec(fromFile: [UInt8](bytes), file: classList, sheet: sheet)
            for warning in importer.warnings { printError("\(classList): warning: \(warning)") }
            if let out {
                let url = URL(fileURLWithPath: out)
                try OutputFolder(path: url.deletingLastPathComponent().path, overwrite: false, mode: 0o600)
                    .write(Array(text.utf8), to: url.lastPathComponent)
                printError("\(importer.numbered) participant(s) written to \(out)")
            } else {
                print(text, terminator: "")
            }
        }
    }
}
