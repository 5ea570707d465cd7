import Foundation
import Testing

@testable import RussianLanguage

/// The declension measured against a corpus written out by hand in `Corpus/`: surnames, first
/// names and patronymics in six cases, each form spelled in full. The full names are every
/// surname with first names and patronymics of the same gender, in turn; a full name counts as
/// right only when all six of its forms are right, and the rate must be at least 99%.
@Suite struct NameCorpusTests {
    struct Word {
        var gender: Gender
        var forms: [String]
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus").path

    static func words(_ file: String) -> [Word] {
        let text = (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "|").map(String.init)
            return Word(gender: fields[0] == "f" ? .female : .male, forms: Array(fields[1...]))
        }
    }

    /// Each surname with two names of its gender (first names and patronymics taken in turn),
    /// plus a name without a patronymic, so every word of every table is used.
    static var fullNames: [(nominative: String, expected: [String], gender: Gender)] {
        let surnames = words("surnames.txt")
        let firstNames = words("first-names.txt")
        let patronymics = words("patronymics.txt")
        var result: [(String, [String], Gender)] = []
        var turn = 0
        for surname in surnames {
            let firsts = firstNames.filter { $0.gender == surname.gender }
            let middles = patronymics.filter { $0.gender == surname.gender }
            for round in 0..<2 {
                let first = firsts[(turn + round * 7) % firsts.count]
                let middle = middles[(turn + round * 5) % middles.count]
                let forms = (0..<6).map { "\(surname.forms[$0]) \(first.forms[$0]) \(middle.forms[$0])" }
                result.append((forms[0], forms, surname.gender))
            }
            turn += 1
        }
        return result
    }

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.fullNames.count >= 300)
    }

    @Test func atLeast99PercentOfFullNamesAreRightInAllSixCases() {
        var wrong: [String] = []
        for (nominative, expected, _) in Self.fullNames {
            guard let name = PersonName(parsing: nominative) else {
                wrong.append("\(nominative): not parsed")
                continue
            }
            let actual = GrammaticalCase.allCases.map { name.declined(to: $0).fullName }
            if actual != expected {
                let differences = zip(actual, expected).filter { $0 != $1 }.map { "\($0.0) ≠ \($0.1)" }
                wrong.append("\(nominative): " + differences.joined(separator: "; "))
            }
        }
        let total = Self.fullNames.count
        let rate = Double(total - wrong.count) / Double(total) * 100
        print("name corpus: \(total - wrong.count) of \(total) full names right in all six cases (\(String(format: "%.1f", rate))%)")
        for line in wrong { print("  wrong: \(line)") }
        #expect(rate >= 99, "\(wrong.count) wrong:\n\(wrong.joined(separator: "\n"))")
    }

    /// Names without a patronymic, whose gender the spec gives.
    @Test func withoutAPatronymicTheGivenGenderDecides() {
        #expect(PersonName(parsing: "Ким Саша")!.declined(to: .genitive, gender: .female).fullName == "Ким Саши")
        #expect(PersonName(parsing: "Ким Саша")!.declined(to: .genitive, gender: .male).fullName == "Кима Саши")
        #expect(PersonName(parsing: "Нгуен Ли")!.declined(to: .dative, gender: .female).fullName == "Нгуен Ли")
    }
}
