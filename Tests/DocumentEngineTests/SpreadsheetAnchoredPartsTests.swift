import DocumentEngine
import Foundation
import Testing
import TestSupport

/// Pictures, comments and charts of a sheet whose rows repeat move with the rows below them, and
/// a chart's series grow over the repeated rows, as they would had Excel inserted the rows.
@Suite struct SpreadsheetAnchoredPartsTests {
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Row 2 repeats per item; a picture and a chart stand at row 5 (4 from 0), a comment on A4 with its note.
    static func workbook() -> SampleWorkbook {
        var workbook = SpreadsheetErrorTests.workbook(row4: "<c r=\"A4\"><f>SUM(B2:B2)</f></c>",
            tail: "<drawing r:id=\"rId1\"/><legacyDrawing r:id=\"rId3\"/>")
        workbook.firstSheetRelationships = [
            "<Relationship Id=\"rId1\" Type=\"\(relationships)/drawing\" Target=\"../drawings/drawing1.xml\"/>",
            "<Relationship Id=\"rId2\" Type=\"\(relationships)/comments\" Target=\"../comments1.xml\"/>",
            "<Relationship Id=\"rId3\" Type=\"\(relationships)/vmlDrawing\" Target=\"../drawings/vmlDrawing1.vml\"/>",
        ]
        workbook.extraParts = [
            ("xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml", """
                <xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="1" cy="1"/><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>
                """),
            ("xl/comments1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml", """
                <comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Куратор</author></authors><commentList><comment ref="A4" authorId="0"><text><t>Итог</t></text></comment><comment ref="A1" authorId="0"><text><t>Шапка</t></text></comment></commentList></comments>
                """),
            ("xl/drawings/vmlDrawing1.vml", "application/vnd.openxmlformats-officedocument.vmlDrawing", """
                <xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:Anchor>1, 15, 2, 10, 3, 15, 6, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>3</x:Row><x:Column>0</x:Column></x:ClientData></v:shape><v:shape type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Anchor>1, 15, 0, 2, 3, 15, 0, 6</x:Anchor><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>
                """),
            ("xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml", """
                <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:f>Лист1!$A$2:$A$2</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Лист1'!$B$2:$B$2</c:f></c:numRef></c:val></c:ser><c:ser><c:val><c:numRef><c:f>Лист1!$A$4</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>
                """),
        ]
        return workbook
    }

    static let data: TemplateValue = ["items": [["name": "Иванов", "n": "3"], ["name": "Петров", "n": "4"], ["name": "Сидоров", "n": "5"]]]

    static func filled(_ workbook: SampleWorkbook) throws -> (template: [UInt8], output: [UInt8], parts: [String: String]) {
        let template = try workbook.bytes()
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "форма.xlsx")).render(Self.data)
        let reader = try ArchiveReader(bytes: output, file: "output")
        var parts: [String: String] = [:]
        for name in ["xl/drawings/drawing1.xml", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml", "xl/charts/chart1.xml", "xl/worksheets/sheet1.xml"] {
            parts[name] = String(decoding: try reader.read(name), as: UTF8.self)
        }
        return (template, output, parts)
    }

    @Test func aPictureBelowTheRepeatedRowsMovesDownWithThem() throws {
        let drawing = try #require(try Self.filled(Self.workbook()).parts["xl/drawings/drawing1.xml"])
        // Two rows added above row 5: it starts at row 7 (6 from 0) and still ends five rows lower.
        #expect(drawing.contains("<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row>"))
        #expect(drawing.contains("<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>11</xdr:row>"))
        #expect(drawing.contains("<xdr:row>0</xdr:row>"), "a picture above the repeated rows stays")
    }

    @Test func aCommentAndItsNoteMoveWithTheirCell() throws {
        let parts = try Self.filled(Self.workbook()).parts
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<c r=\"A6\"><f>SUM(B2:B4)</f></c>"), "the commented cell is now A6")
        let comments = try #require(parts["xl/comments1.xml"])
        #expect(comments.contains("<comment ref=\"A6\"") && comments.contains("<comment ref=\"A1\""))
        let vml = try #require(parts["xl/drawings/vmlDrawing1.vml"])
        #expect(vml.contains("<x:Anchor>1, 15, 4, 10, 3, 15, 8, 4</x:Anchor>") && vml.contains("<x:Row>5</x:Row>"))
        #expect(vml.contains("<x:Anchor>1, 15, 0, 2, 3, 15, 0, 6</x:Anchor>") && vml.contains("<x:Row>0</x:Row>"))
    }

    @Test func aChartsSeriesGrowOverTheRepeatedRowsAndFollowTheRowsBelow() throws {
        let chart = try #require(try Self.filled(Self.workbook()).parts["xl/charts/chart1.xml"])
        #expect(chart.contains("<c:f>Лист1!$A$2:$A$4</c:f>") && chart.contains("<c:f>'Лист1'!$B$2:$B$4</c:f>"))
        #expect(chart.contains("<c:f>Лист1!$A$6</c:f>"))
    }

    @Test func aChartOfOneCellOfTheRepeatedRowsIsRefused() throws {
        var workbook = Self.workbook()
        workbook.extraParts[3].xml = workbook.extraParts[3].xml.replacingOccurrences(of: "Лист1!$A$4", with: "Лист1!$B$2")
        let error = try #require(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "форма.xlsx") }
        #expect(error.problems.map(\.description) == [
            "xl/charts/chart1.xml: a series: the formula “=Лист1!$B$2” refers to Лист1!$B$2, a cell of rows 2–2 of «Лист1», which repeat for each item of a list: it cannot tell which copy it means; refer to all of them as a range (such as Лист1!B2:B2)",
        ])
    }

    @Test func aCommentInsideTheRepeatedRowsIsRefused() throws {
        var workbook = Self.workbook()
        workbook.extraParts[1].xml = workbook.extraParts[1].xml.replacingOccurrences(of: "ref=\"A4\"", with: "ref=\"B2\"")
        let error = try #require(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "форма.xlsx") }
        #expect(error.description.contains("a comment of «Лист1» (xl/worksheets/sheet1.xml) at row 2 lies in rows 2–2"), "\(error)")
    }

    @Test func theFilledWorkbookBreaksNoRuleOfTheSchemaItsTemplateKeeps() throws {
        let (template, output, _) = try Self.filled(Self.workbook())
        try assertNoNewViolations(template: template, output: output)
    }
}

/// The filled workbook of `SpreadsheetAnchoredPartsTests` opened by LibreOffice Calc: the comment is
/// on the cell that moved, and the sum below the repeated rows adds them all.
@Suite struct SpreadsheetAnchoredPartsOfficeTests {
    @Test func libreOfficeFindsTheCommentOnTheCellThatMoved() throws {
        let soffice = try #require(Office.which("soffice"), "LibreOffice (soffice) is installed")
        let folder = Paths.temporaryFolder("anchored-office")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/форма.xlsx"
        try Data(try SpreadsheetAnchoredPartsTests.filled(SpreadsheetAnchoredPartsTests.workbook()).output).write(to: URL(fileURLWithPath: path))
        let conversion = try Office.run(soffice, ["-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to", "ods",
            "--outdir", folder, path])
        #expect(conversion.status == 0, "\(conversion.error)")
        let content = String(decoding: try ArchiveReader(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/форма.ods"))),
            file: "форма.ods").read("content.xml"), as: UTF8.self)
        let firstSheet = content.components(separatedBy: "</table:table>").first ?? ""
        var rows: [String] = []
        for row in firstSheet.components(separatedBy: "<table:table-row").dropFirst() {
            let count = row.prefix { $0 != ">" }.components(separatedBy: "table:number-rows-repeated=\"").dropFirst().first
                .flatMap { Int($0.prefix { $0.isNumber }) } ?? 1
            rows += Array(repeating: row, count: min(count, 100))
        }
        let commented = rows.firstIndex { $0.contains("Итог") }.map { $0 + 1 }
        #expect(commented == 6, "the comment «Итог» is on row \(String(describing: commented))")
        #expect(rows.firstIndex { $0.contains("Шапка") } == 0)
        let sum = rows.count >= 6 ? rows[5] : ""
        #expect(sum.contains("of:=SUM([.B2:.B4])"), "\(sum)")
    }
}
