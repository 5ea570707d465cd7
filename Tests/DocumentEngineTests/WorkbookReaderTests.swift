import CalendarDays
import DocumentEngine
import Foundation
import Testing
import TestSupport

/// Workbooks read as their cells show: saved by openpyxl (as Excel lays a workbook out) and by
/// LibreOffice Calc (`Fixtures/class-lists`, made by its `make.py`), and hostile ones built here.
@Suite struct WorkbookReaderTests {
    static let folder = Paths.root + "/Fixtures/class-lists/"

    static func workbook(_ name: String) throws -> Workbook {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + name)))
        return try WorkbookReader.read(bytes: bytes, file: name)
    }

    static let workbookNamespaces = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    /// A one-sheet XLSX with the given sheet data and shared strings.
    static func xlsx(sheetData: String, strings: [String] = [], extraSheetXML: String = "", workbookPr: String = "") throws -> [UInt8] {
        let writer = try ArchiveWriter(name: "built.xlsx")
        try writer.add("[Content_Types].xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>
            """.utf8))
        try writer.add("_rels/.rels", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """.utf8))
        try writer.add("xl/workbook.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><workbook \(workbookNamespaces)>\(workbookPr)<sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """.utf8))
        try writer.add("xl/_rels/workbook.xml.rels", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
            """.utf8))
        try writer.add("xl/sharedStrings.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><sst \(workbookNamespaces)>\(strings.joined())</sst>
            """.utf8))
        try writer.add("xl/worksheets/sheet1.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><worksheet \(workbookNamespaces)><sheetData>\(sheetData)</sheetData>\(extraSheetXML)</worksheet>
            """.utf8))
        return try writer.finish()
    }

    /// The error reading `bytes` throws; an issue is recorded when none is.
    static func failure(_ bytes: [UInt8], _ file: String) -> WorkbookError? {
        #expect(throws: WorkbookError.self) { try WorkbookReader.read(bytes: bytes, file: file) }
    }

    @Test(arguments: ["journal.xlsx", "journal.ods", "journal-calc.xlsx"])
    func aJournalExportReadsTheSameFromExcelAndCalc(file: String) throws {
        let workbook = try Self.workbook(file)
        #expect(workbook.sheets.map(\.name) == ["7 А", "10 Б"])
        let sheet = workbook.sheets[0]
        #expect(sheet.rows.first?.number == 1, "the title row")
        let header = try #require(sheet.rows.first { $0.number == 3 })
        #expect(header.cells.map(\.text) == ["ФИО", "Дата рождения", "Класс", "Номер", "Родитель", "Родитель"],
            "a merged header names every column it spans")
        let underHeader = try #require(sheet.rows.first { $0.number == 4 })
        #expect(underHeader.cells.map(\.text) == ["ФИО", "Дата рождения", "Класс", "Номер", "ФИО", "Телефон"])
        let pupil = try #require(sheet.rows.first { $0.number == 5 })
        #expect(pupil.cells[1] == .date(CalendarDay(year: 2014, month: 8, day: 21)!))
        #expect(pupil.cells[3] == .text("000023"), "a number typed as text keeps its zeros")
        #expect(pupil.cells[5] == .number(79_000_000_023))
        #expect(pupil.cells[5].text == "79000000023")
        #expect(!sheet.rows.contains { $0.number == 7 }, "an empty row is not a row")
    }

    @Test func the1904DaysAndRichTextAreRead() throws {
        let workbook = try Self.workbook("teachers-1904.xlsx")
        #expect(workbook.dateSystem == .from1904)
        let rows = workbook.sheets[0].rows
        #expect(rows[1].cells[3] == .date(CalendarDay(year: 1979, month: 4, day: 12)!))
        guard case .number(let serial) = rows[2].cells[3] else { Issue.record("a General number"); return }
        #expect(CalendarDay(spreadsheetSerial: serial, system: workbook.dateSystem) == CalendarDay(year: 2001, month: 10, day: 3))

        let rich = try Self.xlsx(sheetData: #"<row r="1"><c r="B1" t="s"><v>0</v></c><c r="D1" t="inlineStr"><is><t>Ин</t></is></c></row>"#,
            strings: [#"<si><r><rPr><b/></rPr><t>Орло</t></r><r><t xml:space="preserve">ва </t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>"#])
        let row = try WorkbookReader.read(bytes: rich, file: "rich.xlsx").sheets[0].rows[0]
        #expect(row.cells == [.empty, .text("Орлова "), .empty, .text("Ин")], "runs joined, phonetic hints left out, columns kept")
    }

    @Test func anOpenDocumentTableUnfoldsRepeatedRowsAndCells() throws {
        let writer = try ArchiveWriter(name: "built.ods")
        try writer.add("mimetype", bytes: Array("application/vnd.oasis.opendocument.spreadsheet".utf8), compression: .store)
        try writer.add("content.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Класс"><table:table-row><table:table-cell office:value-type="string"><text:p>А<text:s text:c="2"/>Б</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row><table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="1024"/></table:table-row><table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="date" office:date-value="2010-06-15T00:00:00"><text:p>15.06.2010</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>
            """.utf8))
        let rows = try WorkbookReader.read(bytes: try writer.finish(), file: "built.ods").sheets[0].rows
        #expect(rows.map(\.number) == [1, 5, 6], "three empty rows skipped, the million empty ones at the end never made")
        #expect(rows[0].cells == [.text("А  Б"), .number(7), .number(7)])
        #expect(rows[2].cells == [.date(CalendarDay(year: 2010, month: 6, day: 15)!)])
    }

    @Test func whatIsNotASpreadsheetIsToldSo() throws {
        let document = try Array(Data(contentsOf: URL(fileURLWithPath: Paths.root + "/Templates/agreement.docx")))
        #expect(Self.failure(document, "a.docx")?.kind == .notASpreadsheet)
        #expect(Self.failure(Array("ФИО;Класс\n".utf8), "a.xlsx")?.kind == .archive(.notAZip))
        let bomb = try Array(Data(contentsOf: URL(fileURLWithPath: Paths.root + "/Fixtures/bad-inputs/zip-bomb.docx")))
        #expect(Self.failure(bomb, "bomb.xlsx")?.kind == .archive(.tooLarge))
    }

    @Test func aBrokenSheetIsAnErrorThatSaysWhere() throws {
        let missingString = try Self.xlsx(sheetData: #"<row r="2"><c r="C2" t="s"><v>5</v></c></row>"#)
        do {
            _ = try WorkbookReader.read(bytes: missingString, file: "broken.xlsx")
            Issue.record("a shared string that does not exist was read")
        } catch {
            #expect(error.kind == .malformed)
            #expect(error.description == "broken.xlsx: «Лист1», C2: refers to a shared string that does not exist")
        }
        let badReference = try Self.xlsx(sheetData: #"<row r="2"><c r="2C"><v>1</v></c></row>"#)
        #expect(Self.failure(badReference, "b.xlsx")?.kind == .malformed)
        let doctype = try Self.xlsx(sheetData: "", strings: ["<!DOCTYPE x [<!ENTITY e 'x'>]>"])
        #expect(Self.failure(doctype, "d.xlsx")?.kind == .xml(.doctype))
    }

    @Test func aDoctypeCutBetweenTwoPiecesOfALargePartIsFoundWhereItIs() throws {
        // Parts are read 256 KB at a time: «<!DOC» ends the first piece and «TYPE» starts the second.
        let start = #"<?xml version="1.0" encoding="UTF-8"?><sst \#(Self.workbookNamespaces)><si><t>"#
        let padding = String(repeating: "x", count: 262_144 - 4 - start.utf8.count - "</t></si>".utf8.count)
        let bytes = try Self.xlsx(sheetData: "", strings: ["<si><t>\(padding)</t></si>", "<!DOCTYPE x [<!ENTITY e 'x'>]>"])
        let error = try #require(Self.failure(bytes, "d.xlsx"))
        #expect(error.kind == .xml(.doctype))
        #expect(error.description.contains("xl/sharedStrings.xml") && error.description.contains("line 1, column 262141"), "\(error)")
    }

    @Test func moreCellsThanAnyClassListAreRefused() throws {
        let writer = try ArchiveWriter(name: "huge.ods")
        try writer.add("mimetype", bytes: Array("application/vnd.oasis.opendocument.spreadsheet".utf8), compression: .store)
        try writer.add("content.xml", bytes: Array("""
            <?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="x"><table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="100" office:value-type="float" office:value="1"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>
            """.utf8))
        let huge = try writer.finish()
        do {
            _ = try WorkbookReader.read(bytes: huge, file: "huge.ods")
            Issue.record("a hundred million cells were read")
        } catch {
            #expect(error.kind == .tooLarge)
        }
    }
}
