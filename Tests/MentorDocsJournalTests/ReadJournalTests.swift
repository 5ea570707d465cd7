import DocumentEngine
import MentorDocs
import MentorDocsJournal
import Foundation
import Testing
import TestSupport

/// The journal of consents round-trips: `generate` makes it from the journal, the secretary types
/// days into it (here by editing the sheet, then saving it through LibreOffice Calc, as she would),
/// and `status --read-journal` records them, listing with its cell whatever it does not apply.
@Suite struct ReadJournalTests {
    typealias School = JournalCommandTests.School

    static let today = CalendarDay(parsing: JournalCommandTests.today)!

    static func day(_ offset: Int) -> CalendarDay { today.adding(days: offset) }

    /// The school with its consents issued today, s3's back tomorrow, and the registers made as a workbook.
    static func school(_ name: String) throws -> (School, String) {
        let school = try School(name)
        #expect(try school.run("generate", "--out", school.out, "--only", "consents").status == 0)
        let mark = try school.run("mark", "--person", "s3", "--returned", "consent", "--date", day(1).iso)
        #expect(mark.status == 0, "\(mark.error)")
        let registers = try school.run("generate", "--out", school.out, "--only", "registers", "--format", "xlsx")
        #expect(registers.status == 0, "\(registers.error)")
        return (school, school.out + "/registers/Реестры наставнической деятельности.xlsx")
    }

    /// The «Согласия» sheet (the third) with `cells` put in place of the cells at those references.
    static func edited(_ path: String, _ cells: [String: String], addingRows rows: String = "") throws -> [UInt8] {
        let reader = try ArchiveReader(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        let writer = try ArchiveWriter(name: "edited.xlsx")
        for entry in reader.entries {
            var bytes = try reader.read(entry)
            if entry.name == "xl/worksheets/sheet3.xml" {
                var xml = String(decoding: bytes, as: UTF8.self)
                for (reference, cell) in cells {
                    let start = try #require(xml.range(of: "<c r=\"\(reference)\" "), "\(reference) is in the sheet")
                    let end = try #require([xml[start.upperBound...].range(of: "/>"), xml[start.upperBound...].range(of: "</c>")]
                        .compactMap { $0 }.min { $0.lowerBound < $1.lowerBound })
                    xml.replaceSubrange(start.lowerBound..<end.upperBound, with: cell)
                }
                xml = xml.replacingOccurrences(of: "</sheetData>", with: rows + "</sheetData>")
                bytes = Array(xml.utf8)
            }
            try writer.add(entry.name, bytes: bytes)
        }
        return try writer.finish()
    }

    /// The workbook as LibreOffice Calc saves it again in Excel's format: shared strings, its own styles.
    static func savedByCalc(_ bytes: [UInt8], in folder: String) throws -> String {
        let soffice = try #require(Office.which("soffice"), "LibreOffice is needed")
        let input = folder + "/typed/журнал.xlsx"
        try FileManager.default.createDirectory(atPath: folder + "/typed", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: input))
        let saved = try Office.run(soffice, ["-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to",
            "xlsx:Calc MS Excel 2007 XML", "--outdir", folder, input])
        #expect(saved.status == 0, "\(saved.error)")
        return folder + "/журнал.xlsx"
    }

    static func date(_ reference: String, _ day: CalendarDay) -> String {
        "<c r=\"\(reference)\" s=\"6\"><v>\(day.spreadsheetSerial(in: .from1900)!)</v></c>"
    }

    static func text(_ reference: String, _ text: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
    }

    @Test func theSheetIsFilledFromTheJournal() throws {
        let (school, workbook) = try Self.school("journal-sheet")
        defer { school.remove() }
        let sheet = try #require(try WorkbookReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: workbook))), file: "r.xlsx")
            .sheet(named: "Согласия"))
        let s3 = try #require(sheet.rows.first { $0.cells[1] == .text("s3") })
        #expect(Array(s3.cells[4...5]) == [.date(Self.today), .date(Self.day(1))])
    }

    @Test func typedDaysBecomeEventsAndTheRestIsListedByCell() throws {
        let (school, workbook) = try Self.school("read-journal")
        defer { school.remove() }
        // Rows: 2 t1, 3 t1 (dissemination), 4 t2, 5 e1, 6 s1, 7 s1 (dissemination), 8 s2, 9 s3, 10 s4.
        let typed = try Self.edited(workbook, [
            "F4": Self.date("F4", Self.day(2)),                       // a date cell
            "F10": Self.text("F10", Self.day(3).formatted("dd.MM.yyyy")), // text, as typed into a text cell
            "F9": Self.text("F9", Self.day(4).formatted("dd.MM.yyyy")),   // the journal has another day
            "F6": Self.text("F6", "вчера"),                          // not a date
            "G5": Self.date("G5", Self.day(2)),                       // a withdrawal of what never came back
        ], addingRows: "<row r=\"11\">\(Self.text("B11", "s99"))\(Self.text("D11", "на обработку персональных данных"))\(Self.date("F11", Self.day(2)))</row>")
        let file = try Self.savedByCalc(typed, in: school.folder)

        let read = try school.run("status", "--read-journal", file)
        #expect(read.status == 1, "what was not applied makes the command fail")
        #expect(read.output.contains("\(file):Согласия:4:F: t2's consent returned on \(Self.day(2).iso)"))
        #expect(read.output.contains("\(file):Согласия:10:F: s4's consent returned on \(Self.day(3).iso)"))
        #expect(read.output.contains("\(file): 2 day(s) recorded, 0 in the journal already, 4 not applied"))
        let errors = read.error.split(separator: "\n").map(String.init)
        #expect(errors == [
            "\(file):Согласия:5:G: error: e1's consent has not come back signed, so there is nothing to withdraw; mark it returned first",
            "\(file):Согласия:6:F: error: not a date; write it as 19.11.2026",
            "\(file):Согласия:9:F: error: s3's consent: the journal has it returned on \(Self.day(1).iso), the sheet on \(Self.day(4).iso); the journal's day is kept",
            "\(file):Согласия:11:B: error: there is no participant “s99” in \(school.spec)",
            "4 day(s) typed in \(file) were not applied; see above",
        ])
        #expect(!read.error.contains("вчера"), "a cell's content is never quoted")
        let lines = read.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("t2  Ильин П.А.      consent") && $0.contains(Self.day(2).iso) && $0.hasSuffix("returned") })
        #expect(lines.contains { $0.hasPrefix("s4  Орлова В.Д.   consent") && $0.contains(Self.day(3).iso) && $0.hasSuffix("returned") })

        let again = try school.run("status", "--read-journal", file)
        #expect(again.output.contains("\(file): 0 day(s) recorded, 2 in the journal already, 4 not applied"), "reading it again changes nothing")
    }

    @Test func aWorkbookThatIsNoJournalIsRefusedWhole() throws {
        let (school, _) = try Self.school("not-a-journal")
        defer { school.remove() }
        let other = school.folder + "/list.xlsx"
        try Data(try SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ФИО</t></is></c></row></sheetData>").bytes())
            .write(to: URL(fileURLWithPath: other))
        let read = try school.run("status", "--read-journal", other)
        #expect(read.status == 1)
        #expect(read.error.contains("\(other): no sheet is a journal of consents"))
        let missing = try school.run("status", "--read-journal", school.folder + "/nothing.xlsx")
        #expect(missing.status == 1 && missing.error.contains("nothing.xlsx: cannot read the file"))
    }

    @Test func aDayIsReadFromADateCellTextOrASerialInAGeneralCell() throws {
        let fixture = JournalFixture("read-back")
        defer { fixture.remove() }
        let journal = try Journal(path: fixture.path)
        try journal.record(JournalFixture.issued(on: "2026-11-02"))
        // Columns moved and a title row above the header, as a secretary may leave them.
        func row(_ number: Int, _ id: String, _ kind: String, _ returned: String) -> String {
            "<row r=\"\(number)\">\(Self.text("A\(number)", kind))\(Self.text("C\(number)", id))\(returned)</row>"
        }
        let workbook = SampleWorkbook(sheets: [.init(name: "Журнал", body: "<sheetData>"
            + "<row r=\"1\">\(Self.text("A1", "Журнал учёта согласий"))</row>"
            + "<row r=\"3\">\(Self.text("A3", "Вид согласия"))\(Self.text("C3", "id"))\(Self.text("D3", "Дата возврата"))</row>"
            + row(4, "s3", "законного представителя на обработку персональных данных ребёнка", "<c r=\"D4\"><v>46345</v></c>")
            + row(5, "s4", "законного представителя на обработку персональных данных ребёнка", Self.text("D5", " 20.11.2026 "))
            + row(6, "t1", "на обработку персональных данных, разрешённых для распространения", Self.text("D6", "2026-11-21"))
            + row(7, "t2", "согласие на что-то", Self.text("D7", "2026-11-21"))
            + "</sheetData>")])
        let sheet = try ConsentSheet(try WorkbookReader.read(bytes: try workbook.bytes(), file: "j.xlsx"))
        // A trial (the web page's, before the person confirms) says the same and records nothing.
        let trial = try journal.readBack(sheet, in: JournalFixture.exampleSchool, recording: false)
        #expect(try journal.papers().allSatisfy { $0.events.isEmpty })
        let reading = try journal.readBack(sheet, in: JournalFixture.exampleSchool)
        #expect(trial.applied == reading.applied && trial.notApplied == reading.notApplied)
        #expect(reading.applied.map { "\($0.place) \($0.request.personID) \($0.request.paper.rawValue) \($0.request.day.iso)" } == [
            "j.xlsx:Журнал:4:D s3 consent 2026-11-19",
            "j.xlsx:Журнал:5:D s4 consent 2026-11-20",
            "j.xlsx:Журнал:6:D t1 consent-publication 2026-11-21",
        ])
        #expect(reading.notApplied.map(\.description) == [
            "j.xlsx:Журнал:7:A: error: t2: «Вид согласия» is none of the consents the registers list; the row is not applied",
        ])
        let returned = try journal.papers().filter { $0.state == .returned }.map { "\($0.key.personIDs[0]) \($0.returned!.iso)" }
        #expect(returned.sorted() == ["s3 2026-11-19", "s4 2026-11-20", "t1 2026-11-21"])
    }
}
