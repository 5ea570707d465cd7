import DocumentEngine
import Testing
import TestSupport

/// A sheet larger than `RenderOptions.sheetBytesInMemory` has its rows written to a temporary file as
/// they are printed and is packaged from there: the workbook is the same, byte for byte, as one made
/// in memory.
@Suite struct SpreadsheetSpoolTests {
    static func parts(of workbook: [UInt8]) throws -> [String: [UInt8]] {
        let reader = try ArchiveReader(bytes: workbook, file: "out.xlsx")
        var parts: [String: [UInt8]] = [:]
        for entry in reader.entries { parts[entry.name] = try reader.read(entry) }
        return parts
    }

    static func filled(_ workbook: SampleWorkbook, _ data: TemplateValue, keepingInMemory bytes: Int) throws -> [String: [UInt8]] {
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "реестр.xlsx")
        return try parts(of: try DocumentRenderer(template).render(data, options: RenderOptions(sheetBytesInMemory: bytes)))
    }

    /// Two thousand pairs of `SpreadsheetRenderedNumbersTests.pairs`, each with its mentees.
    static let manyPairs: TemplateValue = ["pairs": .lazyList(LazyList(count: 2_000) { index in
        ["mentor": .text("Наставник \(index + 1)"), "form": "учитель – ученик",
         "mentees": .list((0..<(index % 3)).map { ["name": .text("Ученик \(index)-\($0)"), "class": "7 «А»", "hours": TemplateValue($0 + 1)] })]
    })]

    @Test func aSheetSpooledToAFileIsTheSameWorkbook() throws {
        let spooled = try Self.filled(SpreadsheetRenderedNumbersTests.pairs, Self.manyPairs, keepingInMemory: 4_096)
        let inMemory = try Self.filled(SpreadsheetRenderedNumbersTests.pairs, Self.manyPairs, keepingInMemory: .max)
        #expect(spooled.keys.sorted() == inMemory.keys.sorted())
        for (name, bytes) in inMemory { #expect(spooled[name] == bytes, "\(name)") }
        let sheet = FilledSheet(String(decoding: try #require(spooled["xl/worksheets/sheet1.xml"]), as: UTF8.self),
            sharedStrings: String(decoding: try #require(spooled["xl/sharedStrings.xml"]), as: UTF8.self))
        #expect(sheet.value("A2") == "Наставник 1")
        #expect(sheet.ranges["dimension"]?.count == 1 && sheet.value("A1") == "Пары")
        #expect(sheet.rows.count > 4_000, "every pair's rows are there, from the file")
    }

    @Test func aSheetWithFormulasInItsRowsStaysInMemoryAndIsTheSame() throws {
        let spooled = try Self.filled(SpreadsheetBlockTests.pairs, SpreadsheetBlockTests.data, keepingInMemory: 16)
        let inMemory = try Self.filled(SpreadsheetBlockTests.pairs, SpreadsheetBlockTests.data, keepingInMemory: .max)
        #expect(spooled == inMemory)
    }

    @Test func aSmallSheetIsNotSpooled() throws {
        let spooled = try Self.filled(SpreadsheetRenderedNumbersTests.pairs, SpreadsheetBlockTests.data, keepingInMemory: 1 << 20)
        let inMemory = try Self.filled(SpreadsheetRenderedNumbersTests.pairs, SpreadsheetBlockTests.data, keepingInMemory: .max)
        #expect(spooled == inMemory)
    }
}
