// Public: `Gender` (public in RussianLanguage) is made `ExpressibleByArgument` below.
public import ArgumentParser
import RussianLanguage

struct Decline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Prints a name in the six cases, to check how documents will write it.",
        discussion: """
            mentordocs decline "Соколова Анна Петровна" prints one line per case:

                nominative: Соколова Анна Петровна
                genitive: Соколовой Анны Петровны
                …

            With --case only that form is printed, without the prefix. With no name, names are read \
            from standard input, one per line, so a whole class list can be checked at once; the \
            blocks of several names are separated by a blank line. The gender comes from the \
            patronymic (or the first name); --gender overrides it.
            """
    )

    @Argument(help: "The full name: «Фамилия Имя Отчество».")
    var name: String?

    @Option(name: .customLong("case"), help: "Print only this case (dative, дательный, дп …).")
    var grammaticalCase: String?

    @Option(help: "male or female, when the name does not tell.")
    var gender: Gender?

    func validate() throws {
        if let grammaticalCase, GrammaticalCase(name: grammaticalCase) == nil {
            throw ValidationError("“\(grammaticalCase)” is not a case; use nominative, genitive, dative, accusative, instrumental or prepositional")
        }
    }

    func run() throws {
        let names: [(line: Int, text: String)]
        if let name {
            names = [(1, name)]
        } else {
            var lines: [(Int, String)] = []
            var number = 0
            while let line = readLine() {
                number += 1
                let trimmed = line.trimmingWhitespace()
                if !trimmed.isEmpty { lines.append((number, trimmed)) }
            }
            names = lines
        }
        var failed = false
        for (position, entry) in names.enumerated() {
            guard let parsed = PersonName(parsing: entry.text) else {
                printError("error: line \(entry.line): “\(entry.text)” is not a full name (a surname and a first name at least)")
                failed = true
                continue
            }
            if let requested = grammaticalCase.flatMap(GrammaticalCase.init(name:)) {
                print(parsed.declined(to: requested, gender: gender).fullName)
                continue
            }
            if position > 0 { print("") }
            for grammaticalCase in GrammaticalCase.allCases {
                print("\(grammaticalCase.rawValue): \(parsed.declined(to: grammaticalCase, gender: gender).fullName)")
            }
        }
        if failed { throw ExitStatus.invalidInput }
    }
}

extension Gender: ExpressibleByArgument {}

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SpecSyntax
