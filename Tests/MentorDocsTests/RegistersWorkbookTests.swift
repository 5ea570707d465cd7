import DocumentEngine
import Foundation
import Testing
import TestSupport

@testable import MentorDocs

/// The registers as a workbook, read back as Excel and LibreOffice Calc would: a sheet per
/// register, a row per person, dates as dates and counts as numbers, a header that stays in view
/// and filters the whole table, and the indicators' shares computed by the spreadsheet.
@Suite struct RegistersWorkbookTests {
    let programme: Programme
    init() throws { programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0 }

    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    func workbookBytes(consents: ConsentStates? = nil, format: DocumentFormat = .xlsx) throws -> [UInt8] {
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.registers]), consents: consents)
        let maker = try DocumentMaker(for: records, format: format)
        return try maker.document(for: try #require(records.first)).bytes
    }

    func workbook(consents: ConsentStates? = nil) throws -> Workbook {
        try WorkbookReader.read(bytes: try workbookBytes(consents: consents), file: "registers.xlsx")
    }

    @Test func aSheetPerRegisterAndARowPerPerson() throws {
        let workbook = try workbook()
        #expect(workbook.sheets.map(\.name) == ["Наставляемые", "Наставники", "Согласия", "Статистика"])
        let mentees = try #require(workbook.sheet(named: "Наставляемые"))
        #expect(mentees.rows.map(\.number) == [1, 2, 3, 4, 5])
        #expect(mentees.rows[0].cells.first == .text("№") && mentees.rows[0].cells.count == 11)
        #expect(Array(mentees.rows[1].cells.prefix(2)) == [.number(1), .text("Ильин Павел Андреевич")])
        #expect(mentees.rows[1].cells[7] == .date(Self.day("2026-09-15")), "the date of entry is a date cell")
        #expect(mentees.rows[1].cells[8] == .date(Self.day("2027-05-15")))
        #expect(mentees.rows.dropFirst().map { $0.cells[1].text } == ["Ильин Павел Андреевич", "Лебедев Лев Романович",
            "Гончаренко Артём Ильич", "Орлова Вера Денисовна"])
        #expect(mentees.rows[3].cells[3] == .text("9 «Б» класс"), "a class stays text")
        let mentors = try #require(workbook.sheet(named: "Наставники"))
        #expect(mentors.rows.count == 4)
        #expect(mentors.rows[3].cells[6] == .text("Гончаренко Артём Ильич; Орлова Вера Денисовна"))

        let consents = try #require(workbook.sheet(named: "Согласия"))
        let issued = DocumentPlanner.records(for: programme, kinds: Set(DocumentKind.consentsInJournal))
        #expect(consents.rows.count == issued.count + 1)
        #expect(consents.rows.dropFirst().map { $0.cells[1].text } == issued.map { $0.participantIDs[0] })
        #expect(consents.rows[1].cells[4] == .date(programme.documentDate), "issued on the documents' date, without a journal")
        #expect(consents.rows.dropFirst().allSatisfy { $0.cells.count <= 5 }, "nothing back yet")
    }

    @Test func theStatisticsAreNumbersAndTheSharesFormulas() throws {
        let statistics = try #require(try workbook().sheet(named: "Статистика"))
        let byFirst = Dictionary(statistics.rows.map { ($0.cells.first?.text ?? "", $0.cells) }, uniquingKeysWith: { first, _ in first })
        #expect(byFirst["работодатель – ученик"] == [.text("работодатель – ученик"), .number(1), .number(1), .number(2)])
        #expect(byFirst["педагог"] == [.text("педагог"), .number(1), .number(1)])
        let pupils = try #require(statistics.rows.first { $0.cells.first?.text.hasPrefix("Доля обучающихся") == true })
        #expect(Array(pupils.cells[1...2]) == [.number(3), .number(412)])
        let sheet = try sheetXML(4)
        #expect(sheet.contains("<f>IF(AND(ISNUMBER(C19),C19&gt;0),B19/C19,\"—\")</f>"), "the share formula follows its row down")
        #expect(sheet.contains("<f>SUM(B5:B8)</f>"), "the pairs' total takes in every form")
    }

    @Test func theHeaderStaysInViewAndTheFilterTakesInEveryRow() throws {
        let mentees = try sheetXML(1)
        #expect(mentees.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"))
        #expect(mentees.contains("<autoFilter ref=\"A1:K5\"/>"))
        #expect(mentees.contains("<col min=\"2\" max=\"2\" width=\"32\" customWidth=\"1\"/>"))
        #expect(try sheetXML(3).contains("<autoFilter ref=\"A1:H10\"/>"))
        let workbook = String(decoding: try ArchiveReader(bytes: try workbookBytes(), file: "registers.xlsx").read("xl/workbook.xml"), as: UTF8.self)
        #expect(workbook.contains("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'Наставляемые'!$A$1:$K$5</definedName>"),
            "the filter's hidden name, which Excel keeps beside it, follows the rows")
    }

    @Test func theWorkbookIsValidSpreadsheetML() throws {
        let template = try TemplateSource().bytes(for: .registers, format: .xlsx).bytes
        #expect(try SchemaValidator.violations(of: template).map(\.description) == [])
        #expect(try SchemaValidator.violations(of: try workbookBytes()).map(\.description) == [])
    }

    @Test func libreOfficeShowsTheDatesAndComputesTheShares() throws {
        let folder = Paths.temporaryFolder("registers-xlsx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.generatedAndReadByLibreOffice(format: "xlsx", in: folder)
    }

    /// Generates the example school's registers as `format` into `folder` with the command, checks what
    /// LibreOffice Calc shows of them (dates, the journal of consents, the totals and the computed shares),
    /// and returns the file's path.
    static func generatedAndReadByLibreOffice(format: String, in folder: String) throws -> String {
        try FileManager.default.copyItem(atPath: Paths.exampleSpec, toPath: folder + "/school.spec")
        let result = try Office.run(Paths.tool, ["generate", folder + "/school.spec", "--out", folder + "/out", "--only", "registers",
            "--format", format, "--no-journal"])
        #expect(result.status == 0, "\(result.error)")
        let file = folder + "/out/registers/Реестры наставнической деятельности.\(format)"
        let sheets = try Office.sheets(of: file)
        #expect(sheets["Наставляемые"]?[1].suffix(4) == ["15.09.2026", "15.05.2027", "", ""])
        #expect(sheets["Согласия"]?[1].prefix(5) == ["1", "t1", "Кравченко Елена Викторовна", "на обработку персональных данных", "01.09.2026"])
        let statistics = try #require(sheets["Статистика"])
        #expect(statistics.first { $0.first == "Всего" }?.prefix(4) == ["Всего", "3", "3", "4"])
        let shares = statistics.filter { $0.first?.hasPrefix("Доля") == true }.map { $0[3] }
        // Russian numbers, though LibreOffice runs in C.UTF-8 here: the format names its locale.
        #expect(shares == ["0,7%", "33,3%"])
        return file
    }

    @Test func onlyTheRegistersAndTheAnswerSheetsAreMadeAsWorkbooks() throws {
        let folder = Paths.temporaryFolder("consents-xlsx")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Paths.exampleSpec, toPath: folder + "/school.spec")
        let result = try Office.run(Paths.tool, ["generate", folder + "/school.spec", "--out", folder + "/out", "--only", "consents",
            "--format", "xlsx", "--no-journal"])
        #expect(result.status == 1)
        #expect(result.error.contains("error: --only consents: no xlsx template makes these documents; as xlsx: questionnaires, registers"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"), "nothing is written")
    }

    @Test func theJournalOfConsentsShowsWhatTheJournalKnows() throws {
        var states = ConsentStates()
        states[.init(personID: "s3", publication: false)] = .init(issued: Self.day("2026-11-02"), returned: Self.day("2026-11-17"))
        states[.init(personID: "t1", publication: true)] = .init(issued: Self.day("2026-11-02"), returned: Self.day("2026-11-05"),
            withdrawn: Self.day("2027-02-01"))
        let consents = try #require(try workbook(consents: states).sheet(named: "Согласия"))
        let s3 = try #require(consents.rows.first { $0.cells[1] == .text("s3") })
        #expect(Array(s3.cells[4...5]) == [.date(Self.day("2026-11-02")), .date(Self.day("2026-11-17"))])
        let t1 = consents.rows.filter { $0.cells[1] == .text("t1") }
        #expect(t1.map { Array($0.cells.dropFirst(4)) } == [
            [.date(programme.documentDate)],
            [.date(Self.day("2026-11-02")), .date(Self.day("2026-11-05")), .date(Self.day("2027-02-01"))],
        ], "the processing consent the journal does not know stays as the spec makes it")

        let printed = try RenderedParagraphs.read(try workbookBytes(consents: states, format: .docx), format: .docx)
        let journal = try #require(printed.tables.first { $0.first?.contains("Вид согласия") == true })
        let row = try #require(journal.first { $0.contains("Лебедев Лев Романович") })
        #expect(Array(row[3...5]) == ["02.11.2026", "17.11.2026", ""])
    }

    private func sheetXML(_ number: Int) throws -> String {
        String(decoding: try ArchiveReader(bytes: try workbookBytes(), file: "registers.xlsx").read("xl/worksheets/sheet\(number).xml"), as: UTF8.self)
    }
}
