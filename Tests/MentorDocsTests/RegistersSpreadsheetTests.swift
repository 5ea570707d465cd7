import DocumentEngine
import Foundation
import TemplateAuthoring
import Testing
import TestSupport

@testable import MentorDocs

/// The registers as an ODS spreadsheet for LibreOffice Calc, made from the same description as the
/// XLSX and read back as Calc reads it: the same sheets and rows, dates as date cells, the filter
/// and the shares' formulas following the rows, and the shares computed by LibreOffice.
@Suite struct RegistersSpreadsheetTests {
    let programme: Programme
    init() throws { programme = try SpecReader.read(contentsOf: Paths.exampleSpec).0 }

    func spreadsheetBytes() throws -> [UInt8] {
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.registers]))
        let maker = try DocumentMaker(for: records, format: .ods)
        return try maker.document(for: try #require(records.first)).bytes
    }

    func part(_ name: String, of bytes: [UInt8]) throws -> String {
        String(decoding: try ArchiveReader(bytes: bytes, file: "registers.ods").read(name), as: UTF8.self)
    }

    @Test func theSameSheetsAndRowsAsTheWorkbook() throws {
        let bytes = try spreadsheetBytes()
        let spreadsheet = try WorkbookReader.read(bytes: bytes, file: "registers.ods")
        let records = DocumentPlanner.records(for: programme, selection: .init(kinds: [.registers]))
        let xlsx = try WorkbookReader.read(bytes: try DocumentMaker(for: records, format: .xlsx).document(for: try #require(records.first)).bytes,
            file: "registers.xlsx")
        #expect(spreadsheet.sheets.map(\.name) == ["Наставляемые", "Наставники", "Согласия", "Статистика"])
        let mentees = try #require(spreadsheet.sheet(named: "Наставляемые"))
        #expect(Array(mentees.rows[1].cells.prefix(2)) == [.number(1), .text("Ильин Павел Андреевич")])
        #expect(mentees.rows[1].cells[7] == .date(CalendarDay(parsing: "2026-09-15")!), "the date of entry is a date cell")
        #expect(mentees.rows[3].cells[3] == .text("9 «Б» класс"), "a class stays text")
        for name in ["Наставляемые", "Наставники", "Согласия"] {
            #expect(spreadsheet.sheet(named: name)?.rows.map(\.cells) == xlsx.sheet(named: name)?.rows.map(\.cells), "\(name)")
        }
        let statistics = try #require(spreadsheet.sheet(named: "Статистика"))
        let pupils = try #require(statistics.rows.first { $0.cells.first?.text.hasPrefix("Доля обучающихся") == true })
        #expect(Array(pupils.cells[1...2]) == [.number(3), .number(412)])
    }

    @Test func theFormulasAndTheFilterFollowTheRows() throws {
        let content = try part("content.xml", of: try spreadsheetBytes())
        #expect(content.contains("table:formula=\"of:=IF(AND(ISNUMBER([.C19]);[.C19]&gt;0);[.B19]/[.C19];&quot;—&quot;)\""),
            "the share formula follows its row down")
        #expect(content.contains("table:formula=\"of:=SUM([.B5:.B8])\""), "the pairs' total takes in every form")
        #expect(content.contains("table:target-range-address=\"Наставляемые.A1:Наставляемые.K5\" table:display-filter-buttons=\"true\""))
        #expect(content.contains("table:target-range-address=\"Согласия.A1:Согласия.H10\""))
        #expect(content.contains("style:data-style-name=\"N_date\""), "date cells show ДД.ММ.ГГГГ")
    }

    @Test func theHeaderRowStaysInView() throws {
        let settings = try part("settings.xml", of: try Array(TemplateSource().bytes(for: .registers, format: .ods).bytes))
        let entry = "<config:config-item-map-entry config:name=\"Наставляемые\">"
        #expect(settings.contains(entry + "<config:config-item config:name=\"CursorPositionX\" config:type=\"int\">0</config:config-item>"))
        #expect(settings.contains("<config:config-item config:name=\"VerticalSplitMode\" config:type=\"short\">2</config:config-item>"
            + "<config:config-item config:name=\"HorizontalSplitPosition\" config:type=\"int\">0</config:config-item>"
            + "<config:config-item config:name=\"VerticalSplitPosition\" config:type=\"int\">1</config:config-item>"))
        #expect(!settings.contains("config:name=\"Статистика\""), "the statistics have no header to keep")
    }

    @Test func theSpreadsheetIsValidOpenDocument() throws {
        let template = try TemplateSource().bytes(for: .registers, format: .ods).bytes
        #expect(try SchemaValidator.violations(of: template).map(\.description) == [])
        #expect(try SchemaValidator.violations(of: try spreadsheetBytes()).map(\.description) == [])
    }

    @Test func libreOfficeShowsTheDatesAndComputesTheShares() throws {
        let folder = Paths.temporaryFolder("registers-ods")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = try RegistersWorkbookTests.generatedAndReadByLibreOffice(format: "ods", in: folder)

        // Saved again by LibreOffice as Excel's, the filter is still over the whole filled table.
        let soffice = try #require(Office.which("soffice"))
        let saved = try Office.run(soffice, ["-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to", "xlsx",
            "--outdir", folder + "/xlsx", file])
        #expect(saved.status == 0, "\(saved.error)")
        let resavedBytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/xlsx/Реестры наставнической деятельности.xlsx")))
        let resaved = try ArchiveReader(bytes: resavedBytes, file: "resaved.xlsx")
        #expect(String(decoding: try resaved.read("xl/worksheets/sheet1.xml"), as: UTF8.self).contains("<autoFilter ref=\"A1:K5\""))

        // Calc read the dates and numbers as typed, not as text: in the XLSX it saved they are numbers,
        // the dates in a date format, and a class stays text.
        try Self.expectTyped(try WorkbookReader.read(bytes: resavedBytes, file: "resaved.xlsx"), programme: programme)
    }

    /// The registers' values of the example school as a spreadsheet program typed them.
    static func expectTyped(_ workbook: Workbook, programme: Programme) throws {
        func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }
        let mentees = try #require(workbook.sheet(named: "Наставляемые"))
        #expect(Array(mentees.rows[1].cells.prefix(2)) == [.number(1), .text("Ильин Павел Андреевич")], "the number is a number")
        #expect(Array(mentees.rows[1].cells[7...8]) == [.date(day("2026-09-15")), .date(day("2027-05-15"))], "the dates of entry and completion are dates")
        #expect(mentees.rows[3].cells[3] == .text("9 «Б» класс"), "a class stays text")
        let consents = try #require(workbook.sheet(named: "Согласия"))
        #expect(consents.rows[1].cells[0] == .number(1))
        #expect(consents.rows[1].cells[4] == .date(programme.documentDate), "the day a consent was issued is a date")
        let statistics = try #require(workbook.sheet(named: "Статистика"))
        let byFirst = Dictionary(statistics.rows.map { ($0.cells.first?.text ?? "", $0.cells) }, uniquingKeysWith: { first, _ in first })
        #expect(byFirst["работодатель – ученик"] == [.text("работодатель – ученик"), .number(1), .number(1), .number(2)], "counts are numbers")
        let pupils = try #require(statistics.rows.first { $0.cells.first?.text.hasPrefix("Доля обучающихся") == true })
        #expect(Array(pupils.cells[1...2]) == [.number(3), .number(412)])
        guard case .number(let share) = pupils.cells[3] else {
            Issue.record("the share is \(pupils.cells[3]), not a number computed by the formula")
            return
        }
        #expect(abs(share - 3.0 / 412.0) < 1e-9, "the share is computed from the numbers")
    }

    @Test func formulasAreWrittenInOpenDocumentSyntax() throws {
        let sheet = AuthoredSheet(name: "Лист1", columnWidths: [10, 10], rows: [
            SheetRow(.formula("SUM(B2:B3)*$C$1", .number), .formula("IF(A1=\"a,B2\",LOG10(B2),0)", .number)),
        ])
        let bytes = try OdsWriter().write(AuthoredWorkbook(title: "t", sheets: [sheet]), name: "t.ods")
        let content = try part("content.xml", of: bytes)
        #expect(content.contains("table:formula=\"of:=SUM([.B2:.B3])*[.$C$1]\""))
        #expect(content.contains("table:formula=\"of:=IF([.A1]=&quot;a,B2&quot;;LOG10([.B2]);0)\""), "strings and function names are kept")

        let elsewhere = AuthoredSheet(name: "Лист1", columnWidths: [10], rows: [SheetRow(.formula("Лист2!A1", .number))])
        #expect(throws: AuthoringError.self) { try OdsWriter().write(AuthoredWorkbook(title: "t", sheets: [elsewhere]), name: "t.ods") }
    }
}
