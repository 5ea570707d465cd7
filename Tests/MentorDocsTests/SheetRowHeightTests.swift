import DocumentEngine
import Foundation
import TemplateAuthoring
import Testing
import TestSupport

/// A row given a height keeps it in both formats: Excel and LibreOffice fit no XLSX row to wrapped text.
@Suite struct SheetRowHeightTests {
    static let workbook = AuthoredWorkbook(title: "t", sheets: [
        AuthoredSheet(name: "Лист1", columnWidths: [10], rows: [SheetRow(.header("Длинный заголовок в несколько строк"), height: 45), SheetRow(.text("x"))]),
    ])

    @Test func theXlsxRowHasItsHeightAndTheOthersTheDefault() throws {
        let bytes = try XlsxWriter().write(Self.workbook, name: "t.xlsx")
        let sheet = String(decoding: try ArchiveReader(bytes: bytes, file: "t.xlsx").read("xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(sheet.contains("<row r=\"1\" ht=\"45\" customHeight=\"1\">"))
        #expect(sheet.contains("<row r=\"2\">"))
        #expect(try SchemaValidator.violations(of: bytes).map(\.description) == [])
    }

    @Test func theOdsRowHasAStyleOfThatHeight() throws {
        let bytes = try OdsWriter().write(Self.workbook, name: "t.ods")
        let content = String(decoding: try ArchiveReader(bytes: bytes, file: "t.ods").read("content.xml"), as: UTF8.self)
        let style = try #require(content.firstMatch(of: /<table:table-row table:style-name="([^"]+)">/)?.output.1)
        // 45 pt is 1.588 cm.
        #expect(content.contains("<style:style style:name=\"\(style)\" style:family=\"table-row\"><style:table-row-properties style:row-height=\"1.588cm\""))
        let violations = try SchemaValidator.violations(of: bytes).map(\.description)
        #expect(violations == [], "\(violations)")
    }
}
