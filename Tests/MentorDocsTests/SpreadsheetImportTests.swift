import DocumentEngine
import Foundation
import SpecSyntax
import Testing
import TestSupport

@testable import MentorDocs

/// Class lists from workbooks as Excel, LibreOffice Calc and electronic journals save them
/// (`Fixtures/class-lists`): the same people, whatever the format.
@Suite struct SpreadsheetImportTests {
    static let folder = Paths.root + "/Fixtures/class-lists/"

    static func imported(_ file: String, sheet: String? = nil) throws -> (people: [SpecNode], warnings: [String]) {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + file)))
        var importer = ClassListImport()
        let spec = try importer.spec(from: WorkbookReader.read(bytes: bytes, file: file), sheet: sheet)
        let root = try SpecParser.parse(Array(spec.utf8), file: "imported.spec")
        return (root["participants"]?.items ?? [], importer.warnings)
    }

    @Test(arguments: ["journal.xlsx", "journal.ods", "journal-calc.xlsx"])
    func aJournalWithAClassPerSheetBecomesTheSameParticipants(file: String) throws {
        let (people, warnings) = try Self.imported(file)
        #expect(people.map { $0["full_name"]?.scalar?.text } == ["Орлова Вера Денисовна", "Лебедев Лев Романович", "Белова Дарья Сергеевна"])
        #expect(people.map { $0["id"]?.scalar?.text } == ["s1", "s2", "s3"], "ids go on across the sheets")
        #expect(people.map { $0["class"]?.scalar?.text } == ["7 А класс", "7 А класс", "10 Б класс"])
        #expect(people[0]["birth_date"]?.scalar?.text == "2014-08-21", "a date cell becomes a day")
        #expect(people[0]["document"]?["number"]?.scalar?.text == "000023", "text keeps its leading zeros")
        #expect(people[0]["representative"]?["full_name"]?.scalar?.text == "Зимина Галина Ивановна",
            "«ФИО» under a merged «Родитель» is the parent's name")
        #expect(people[0]["representative"]?["phone"]?.scalar?.text == "79000000023")
        #expect(warnings == [
            "sheet «7 А», row 8: the name column holds something other than a name (a note, a signature line); the row is left out",
            "sheet «10 Б», row 7: the name column holds something other than a name (a note, a signature line); the row is left out",
        ])
    }

    @Test func oneSheetIsReadWhenNamed() throws {
        let (people, _) = try Self.imported("journal.ods", sheet: "10 б")
        #expect(people.map { $0["full_name"]?.scalar?.text } == ["Белова Дарья Сергеевна"])
        #expect(people.first?["id"]?.scalar?.text == "s1")
        #expect(throws: WorkbookError.self) { try Self.imported("journal.ods", sheet: "11 В") }
    }

    @Test func aBirthDateSavedAsANumberIsADayOfTheWorkbooksSystem() throws {
        let (people, warnings) = try Self.imported("teachers-1904.xlsx")
        #expect(people.map { $0["birth_date"]?.scalar?.text } == ["1979-04-12", "2001-10-03"])
        #expect(people.map { $0["full_name"]?.scalar?.text } == ["Кравченко Елена Викторовна", "Ильин Павел Андреевич"])
        #expect(warnings == ["column «Стаж» is not recognised and is left out"])
    }

    @Test func theCommandReadsWorkbooksAndSaysWhichSheetsThereAre() throws {
        let result = try Office.run(Paths.tool, ["import", Self.folder + "journal.xlsx", "--sheet", "7 А"])
        #expect(result.status == 0)
        #expect(result.output.contains("full_name: Лебедев Лев Романович"))
        #expect(!result.output.contains("Белова"))
        let wrong = try Office.run(Paths.tool, ["import", Self.folder + "journal.xlsx", "--sheet", "9 Г"])
        #expect(wrong.status == 1)
        #expect(wrong.error.contains("no sheet «9 Г»; the sheets are «7 А», «10 Б»"))
        let document = try Office.run(Paths.tool, ["import", Paths.root + "/Templates/agreement.docx"])
        #expect(document.status == 1)
        #expect(document.error.contains("not a spreadsheet"))
        #expect(!document.error.contains("Соколова"), "no content is quoted")
    }
}
