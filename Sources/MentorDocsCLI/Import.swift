import ArgumentParser
import Foundation
import MentorDocs
import SpecSyntax

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turns a class list exported from a spreadsheet (CSV) into participant entries of a spec.",
        discussion: """
            The CSV may be UTF-8 or Windows-1251, with commas or semicolons, as Excel and LibreOffice \
            save it; the first row names the columns in Russian: «ФИО» (or «Фамилия», «Имя», \
            «Отчество»), «Дата рождения», «Класс», «Должность», «Категория», «Пол», «Адрес», \
            «Телефон», «Email», «Документ», «Серия», «Номер», «Кем выдан», «Дата выдачи», «Родитель», \
            «Кем приходится», «Телефон родителя», «id». The entries are printed (or written with \
            --out) to paste under `participants:`; check the result with `mentordocs check`.
            """
    )

    @Argument(help: "The CSV file.")
    var csv: String

    @Option(name: .shortAndLong, help: "Write the entries to this file instead of printing them.")
    var out: String?

    func run() throws {
        try failing {
            guard let bytes = FileManager.default.contents(atPath: csv) else { throw FileReadError(path: csv) }
            let table = try CSVReader.read([UInt8](bytes), file: csv)
            var importer = ClassListImport()
            let text = importer.spec(from: table)
            for warning in importer.warnings { printError("\(csv): warning: \(warning)") }
            if let out {
                let url = URL(fileURLWithPath: out)
                try OutputFolder(path: url.deletingLastPathComponent().path, overwrite: false, mode: 0o600)
                    .write(Array(text.utf8), to: url.lastPathComponent)
                printError("\(table.rows.count) participant(s) written to \(out)")
            } else {
                print(text, terminator: "")
            }
        }
    }
}
