import Foundation
import Testing

@testable import RussianLanguage

/// The declension measured against the names of the OpenCorpora dictionary, as petrovich-eval
/// publishes them (https://github.com/petrovich/petrovich-eval): `firstnames.tsv`, `midnames.tsv`
/// and `surnames.tsv`, each line «lemma, form, grammemes» («АБРАМ	АБРАМУ	мр,ед,дт»). The corpus
/// is not part of the project: set `MENTORDOCS_NAME_CORPUS` to the folder holding those files, or
/// the test only says it was skipped. A name counts as right when all six of its forms are.
/// `MENTORDOCS_NAME_CORPUS_LIST=1` prints the names declined wrong; a path instead of 1 writes
/// them to that file. `.ci/name-corpus.py` builds the three files from the dictionary.
@Suite struct OpenCorporaCorpusTests {
    static let folder = ProcessInfo.processInfo.environment["MENTORDOCS_NAME_CORPUS"]

    static let files: [(file: String, part: Declension.Part)] = [
        ("firstnames.tsv", .firstName), ("midnames.tsv", .patronymic), ("surnames.tsv", .surname),
    ]

    struct Entry {
        var lemma: String
        var gender: Gender
        /// The accepted forms of each case: the dictionary may give more than one.
        var forms: [Set<String>] = Array(repeating: [], count: 6)
    }

    static let cases: [String: GrammaticalCase] = [
        "им": .nominative, "рд": .genitive, "дт": .dative, "вн": .accusative, "тв": .instrumental, "пр": .prepositional,
    ]

    static func entries(_ path: String) -> [Entry] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var byKey: [String: Entry] = [:]
        var order: [String] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 3 else { continue }
            let grammemes = fields[2].split(separator: ",").map(String.init)
            guard let caseName = grammemes.last, let grammaticalCase = cases[caseName],
                  let caseIndex = GrammaticalCase.allCases.firstIndex(of: grammaticalCase) else { continue }
            let genders: [Gender] = switch grammemes[0] {
            case "мр": [.male]
            case "жр": [.female]
            default: [.male, .female]
            }
            for gender in genders {
                let key = fields[0] + "|" + gender.rawValue
                if byKey[key] == nil {
                    byKey[key] = Entry(lemma: fields[0], gender: gender)
                    order.append(key)
                }
                byKey[key]!.forms[caseIndex].insert(fields[1])
            }
        }
        return order.map { byKey[$0]! }
    }

    @Test func atLeast99_6PercentOfOpenCorporaNamesAreRightInAllSixCases() throws {
        guard let folder = Self.folder else {
            print("OpenCorpora corpus: skipped; set MENTORDOCS_NAME_CORPUS to a folder with petrovich-eval's *.tsv")
            return
        }
        var total = 0
        var right = 0
        var listing = ""
        for (file, part) in Self.files {
            let entries = Self.entries(folder + "/" + file)
            guard !entries.isEmpty else {
                print("OpenCorpora corpus: \(file) absent from \(folder)")
                continue
            }
            var wrong: [String] = []
            for entry in entries {
                let actual = GrammaticalCase.allCases.map {
                    Declension.decline(entry.lemma, as: part, gender: entry.gender, to: $0)
                }
                let mistakes = zip(actual, entry.forms).filter { !$1.contains($0) }
                if !mistakes.isEmpty {
                    wrong.append("\(entry.lemma) (\(entry.gender)): "
                        + mistakes.map { "\($0) ≠ \($1.sorted().joined(separator: "/"))" }.joined(separator: "; "))
                }
            }
            total += entries.count
            right += entries.count - wrong.count
            let rate = Double(entries.count - wrong.count) / Double(entries.count) * 100
            print("OpenCorpora corpus: \(file): \(entries.count - wrong.count) of \(entries.count) right in all six cases (\(String(format: "%.2f", rate))%)")
            listing += wrong.map { "\(file): \($0)\n" }.joined()
        }
        if let list = ProcessInfo.processInfo.environment["MENTORDOCS_NAME_CORPUS_LIST"] {
            // `swift test` drops pieces of a long output, so a path gets the whole list as a file.
            if list.contains("/") {
                try listing.write(toFile: list, atomically: true, encoding: .utf8)
            } else {
                print(listing, terminator: "")
            }
        }
        guard total > 0 else { return }
        let rate = Double(right) / Double(total) * 100
        print("OpenCorpora corpus: \(right) of \(total) names right in all six cases (\(String(format: "%.2f", rate))%)")
        #expect(rate >= 99.6)
    }
}
