import Foundation
import MentorDocs
import TestSupport
import Testing

/// Every problem the library finds has a Russian wording for the web page beside its English one
/// for the command line: the broken specs of the corpus, a school spec spoiled in many ways, and a bad
/// answer sheet all give messages in Russian, with no English sentence left in them.
struct RussianWordingTests {
    static let brokenSpecs = Paths.root + "/Fixtures/broken-specs"

    /// The example school with one mistake each: a field missing, a value wrong, an id unknown, an
    /// order dated too early; together they reach the reader's and validation's rules.
    static let spoilings: [(old: String, new: String)] = [
        ("    birth_date: 2014-03-09\n", ""),
        ("birth_date: 2010-06-15", "birth_date: 2010-02-31"),
        ("birth_date: 2010-06-15", "birth_date: 2030-06-15"),
        ("months: 8", "months: много"),
        ("mentor: t1", "mentor: t9"),
        ("mentee: s3", "mentee: s1"),
        ("form: ученик – ученик", "form: ученик – студент"),
        ("  - id: t2", "  - id: t1"),
        ("category: teacher\n    publication", "category: pupil\n    publication"),
        ("publication: true", "publication: может быть"),
        ("young_teachers: 3 }", "young_teachers: 3, elders: 1 }"),
        ("curator: { number: 102-о, date: 2026-08-28 }", "curator: { number: 102-о, date: 2026-08-01 }"),
        ("  city: Примерск\n", ""),
        ("websites: [https://school99.example.ru, https://vk.com/school99_example]", "websites: { site: school }"),
        ("full_name: Кравченко Елена Викторовна", "full_name: Кравченко"),
        ("    full_name: Соколова Анна Петровна\n", "    full_name: Соколова Анна Петровна\n    gender: средний\n"),
        ("closing: { number: 190-о, date: 2027-05-28 }", "closing: { number: 190-о, date: 2026-12-01 }"),
        ("mentees: [s2, s4]", "mentees: [s2, s4, s9]"),
        ("forms: [ученик – ученик, учитель – учитель, работодатель – ученик]", "forms: [ученик – ученик, работодатель – ученик]"),
    ]

    /// Russian words (at least one Cyrillic letter) and no English sentence: field names, ids and
    /// values the person must find stay as the spec spells them, but three Latin words in a row
    /// outside quotes would be English left untranslated.
    static func isPlainRussian(_ message: String) -> Bool {
        let unquoted = message.replacing(/«[^»]*»|“[^”]*”/, with: "")
        return message.contains(/\p{Script=Cyrillic}/) && !unquoted.contains(/\b[A-Za-z]+ [A-Za-z]+ [A-Za-z]+\b/)
    }

    @Test func theCheckRecognisesEnglishLeftUntranslated() {
        #expect(Self.isPlainRussian("Заполните поле «full_name»: оно обязательно."))
        #expect(!Self.isPlainRussian("“full_name” is required here"))
        #expect(!Self.isPlainRussian("Поле full_name is required here"))
    }

    @Test func everyBrokenSpecOfTheCorpusIsExplainedInRussian() throws {
        let names = Paths.files(in: Self.brokenSpecs).filter { $0.hasSuffix(".spec") }
        #expect(names.count >= 20)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.brokenSpecs + "/" + name)))
            let diagnostics = SpecReader.report(bytes: bytes, name: name).diagnostics
            #expect(!diagnostics.isEmpty, "\(name)")
            for diagnostic in diagnostics {
                #expect(Self.isPlainRussian(diagnostic.russianMessage), "\(name): \(diagnostic.russianMessage)")
            }
        }
    }

    @Test func everyProblemOfASpoiledSchoolIsExplainedInRussian() throws {
        let text = try String(contentsOfFile: Paths.exampleSpec, encoding: .utf8)
        var seen: Set<String> = []
        for spoiling in Self.spoilings {
            #expect(text.contains(spoiling.old), "\(spoiling.old)")
            let diagnostics = SpecReader.report(bytes: Array(text.replacing(spoiling.old, with: spoiling.new, maxReplacements: 1).utf8),
                name: "school.spec").diagnostics
            #expect(diagnostics.contains { !seen.contains($0.message) }, "\(spoiling.new) finds something new")
            for diagnostic in diagnostics {
                seen.insert(diagnostic.message)
                #expect(Self.isPlainRussian(diagnostic.russianMessage), "\(diagnostic.message) → \(diagnostic.russianMessage)")
                #expect(diagnostic.russianMessage != diagnostic.message)
            }
        }
        // The reader's and validation's rules are reached, each in its own words.
        #expect(seen.count >= 20, "\(seen)")
    }

    @Test func aMinorWithoutBirthDateIsAskedForItPolitely() throws {
        let text = try String(contentsOfFile: Paths.exampleSpec, encoding: .utf8)
        let report = SpecReader.report(bytes: Array(text.replacing("    birth_date: 2014-03-09\n", with: "", maxReplacements: 1).utf8),
            name: "school.spec")
        let problem = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(problem.russianMessage
            == "s3: укажите дату рождения (поле «birth_date») — без неё нельзя выбрать форму согласия и того, кто его подписывает.")
        #expect(problem.message.hasPrefix("s3: no birth_date;"), "the command line's words are unchanged")
    }

    @Test func everyProblemOfABadAnswerSheetIsExplainedInRussian() throws {
        let programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0
        var reader = AnswerImport(programme: programme)
        reader.read(bytes: Array("""
            id;Этап;meetings-mentee;Любимый цвет;meetings-mentee
            s3;на выходе;11;;
            s9;на входе;5;;
            s3;потом;5;;
            ;на входе;5;;
            s3;на выходе;5;;
            """.utf8), file: "answers.csv")
        reader.read(bytes: Array("ФИО;meetings-mentee\nНекто Никто;5\n".utf8), file: "no-stage.csv")
        reader.read(bytes: Array("\"id;Этап\n".utf8), file: "unclosed.csv")
        #expect(reader.problems.count >= 7, "\(reader.problems)")
        for problem in reader.problems {
            #expect(Self.isPlainRussian(problem.russianMessage), "\(problem.message) → \(problem.russianMessage)")
            #expect(!problem.russianMessage.contains("Некто"), "no name is quoted")
        }
    }
}
