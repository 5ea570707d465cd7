import Foundation
import Testing
import DocumentEngine
import TestSupport

/// What a loop copies or drops must stay valid for Word, which is stricter than LibreOffice:
/// cells end with a paragraph, tables keep a row, drawings and bookmarks keep unique ids and names.
@Suite struct LoopCopiesTests {
    static let wp = "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""

    static func drawing(id: Int) -> String {
        "<w:r><w:drawing><wp:inline \(wp) distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"360000\" cy=\"360000\"/>"
            + "<wp:docPr id=\"\(id)\" name=\"Рисунок \(id)\"/><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
            + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
            + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"stamp.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"360000\" cy=\"360000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
            + "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }

    static func cell(_ content: String) -> String { "<w:tc><w:tcPr><w:tcW w:w=\"4000\" w:type=\"dxa\"/></w:tcPr>\(content)</w:tc>" }
    static func table(_ rows: String, columns: Int = 1) -> String {
        "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"4000\"/>", count: columns) + "</w:tblGrid>\(rows)</w:tbl>"
    }
    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>" }

    struct Filled {
        var template: [UInt8]
        var output: [UInt8]
        var xml: String
    }

    func fill(docx body: String, _ data: TemplateValue) throws -> Filled {
        let template = try SamplePackages.docx(body: body)
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.docx")).render(data)
        try assertNoNewViolations(template: template, output: output)
        return Filled(template: template, output: output,
            xml: String(decoding: try ArchiveReader(bytes: output, file: "out").read("word/document.xml"), as: UTF8.self))
    }

    /// Every `w:tc` of the XML ends with a paragraph.
    static func cellsEndWithParagraphs(_ xml: String) -> Bool {
        xml.components(separatedBy: "</w:tc>").dropLast().allSatisfy { $0.hasSuffix("</w:p>") || $0.hasSuffix("<w:p/>") }
    }

    @Test func aCellKeepsItsLastParagraphAfterANestedTable() throws {
        let nested = Self.table("<w:tr>" + Self.cell(Self.paragraph("Вложенная таблица")) + "</w:tr>")
        let body = Self.table("<w:tr>" + Self.cell(nested + Self.paragraph("{{#notes}}") + Self.paragraph("{{ . }}") + Self.paragraph("{{/notes}}"))
            + Self.cell(Self.paragraph("{{#notes}}") + Self.paragraph("{{ . }}") + Self.paragraph("{{/notes}}")) + "</w:tr>", columns: 2)
        for notes: TemplateValue in [[], ["первая", "вторая"]] {
            let filled = try fill(docx: body, ["notes": notes])
            #expect(Self.cellsEndWithParagraphs(filled.xml), "cells end with a paragraph for \(notes): \(filled.xml)")
        }
    }

    @Test func aTableWhoseOnlyRowLoopIsEmptyIsRemovedWhole() throws {
        let rows = "<w:tr>" + Self.cell(Self.paragraph("{{#pairs}}{{ mentor }}")) + Self.cell(Self.paragraph("{{ mentee }}{{/pairs}}")) + "</w:tr>"
        let body = Self.paragraph("Пары:") + Self.table(rows, columns: 2) + Self.paragraph("Конец")
        let empty = try fill(docx: body, ["pairs": []])
        #expect(!empty.xml.contains("<w:tbl>"))
        #expect(SamplePackages.text(ofXML: empty.xml) == "Пары:\nКонец\n")
        let full = try fill(docx: body, ["pairs": [["mentor": "А", "mentee": "Б"]]])
        #expect(SamplePackages.text(ofXML: full.xml) == "Пары:\nА\n|Б\n|Конец\n")

        // A header row outside the loop keeps the table.
        let withHeader = Self.paragraph("Пары:") + Self.table("<w:tr>" + Self.cell(Self.paragraph("Наставник")) + Self.cell(Self.paragraph("Наставляемый")) + "</w:tr>" + rows, columns: 2)
        #expect(try fill(docx: withHeader, ["pairs": []]).xml.contains("<w:tbl>"))
    }

    @Test func anODTTableWhoseOnlyRowLoopIsEmptyIsRemovedWhole() throws {
        let body = "<text:p>Пары:</text:p><table:table table:name=\"Пары\"><table:table-column table:number-columns-repeated=\"2\"/><table:table-row><table:table-cell><text:p>{{#pairs}}{{ mentor }}</text:p></table:table-cell><table:table-cell><text:p>{{ mentee }}{{/pairs}}</text:p></table:table-cell></table:table-row></table:table><text:p>Конец</text:p>"
        let template = try SamplePackages.odt(body: body)
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.odt")).render(["pairs": []])
        try assertNoNewViolations(template: template, output: output)
        let xml = String(decoding: try ArchiveReader(bytes: output, file: "out").read("content.xml"), as: UTF8.self)
        #expect(!xml.contains("<table:table "))
        #expect(SamplePackages.text(ofXML: xml) == "Пары:\nКонец\n")
    }

    @Test func drawingsAndBookmarksCopiedByALoopStayUnique() throws {
        let body = Self.paragraph("{{#copies}}")
            + "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_GoBack\"/><w:bookmarkEnd w:id=\"0\"/><w:bookmarkStart w:id=\"1\" w:name=\"Печать\"/>"
            + Self.drawing(id: 3).dropFirst(0) + "<w:r><w:t xml:space=\"preserve\"> Экземпляр {{ . }}</w:t></w:r><w:bookmarkEnd w:id=\"1\"/></w:p>"
            + Self.paragraph("{{/copies}}")
            + "<w:p>" + Self.drawing(id: 9) + "</w:p>"
        let filled = try fill(docx: body, ["copies": ["1", "2", "3"]])
        let drawingIDs = Self.values(of: "wp:docPr id", in: filled.xml)
        #expect(drawingIDs.count == 4)
        #expect(Set(drawingIDs).count == drawingIDs.count, "drawing ids \(drawingIDs)")
        #expect(!filled.xml.contains("_GoBack"))
        let names = Self.values(of: "w:bookmarkStart w:id=\"[0-9]+\" w:name", in: filled.xml)
        #expect(names.count == 3 && Set(names).count == 3, "bookmark names \(names)")
        let starts = Self.values(of: "w:bookmarkStart w:id", in: filled.xml)
        let ends = Self.values(of: "w:bookmarkEnd w:id", in: filled.xml)
        #expect(Set(starts).count == 3 && starts == ends, "bookmark ids \(starts) and ends \(ends)")
        #expect(SamplePackages.text(ofXML: filled.xml) == " Экземпляр 1\n Экземпляр 2\n Экземпляр 3\n\n")
    }

    @Test func frameTableAndBookmarkNamesCopiedByAnODTLoopStayUnique() throws {
        let namespaces = "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
        let body = "<text:p>{{#copies}}</text:p>"
            + "<text:p><text:bookmark-start text:name=\"Печать\"/><draw:frame \(namespaces) draw:name=\"Рамка1\" text:anchor-type=\"as-char\" svg:width=\"2cm\" svg:height=\"1cm\"><draw:text-box><text:p>Копия {{ . }}</text:p></draw:text-box></draw:frame><text:bookmark-end text:name=\"Печать\"/></text:p>"
            + "<table:table table:name=\"Таблица1\"><table:table-column/><table:table-row><table:table-cell><text:p>{{ . }}</text:p></table:table-cell></table:table-row></table:table>"
            + "<text:p>{{/copies}}</text:p>"
        let template = try SamplePackages.odt(body: body)
        let output = try DocumentRenderer(try CompiledTemplate.compile(bytes: template, file: "t.odt")).render(["copies": ["1", "2"]])
        try assertNoNewViolations(template: template, output: output)
        let xml = String(decoding: try ArchiveReader(bytes: output, file: "out").read("content.xml"), as: UTF8.self)
        for attribute in ["draw:frame [^>]*draw:name", "table:table [^>]*table:name", "text:bookmark-start text:name"] {
            let names = Self.values(of: attribute, in: xml)
            #expect(names.count == 2 && Set(names).count == 2, "\(attribute): \(names)")
        }
        #expect(Self.values(of: "text:bookmark-start text:name", in: xml) == Self.values(of: "text:bookmark-end text:name", in: xml))
    }

    @Test func copiesOpenInLibreOffice() throws {
        let folder = Paths.temporaryFolder("loop-copies")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let nested = Self.table("<w:tr>" + Self.cell(Self.paragraph("Вложенная")) + "</w:tr>")
        let body = Self.paragraph("{{#copies}}") + "<w:p>" + Self.drawing(id: 1) + "<w:r><w:t xml:space=\"preserve\"> Копия {{ . }}</w:t></w:r></w:p>"
            + Self.table("<w:tr>" + Self.cell(nested + Self.paragraph("{{#empty}}") + Self.paragraph("x") + Self.paragraph("{{/empty}}")) + "</w:tr>")
            + Self.paragraph("{{/copies}}")
        let filled = try fill(docx: body, ["copies": ["1", "2"], "empty": []])
        let path = folder + "/copies.docx"
        try Data(filled.output).write(to: URL(fileURLWithPath: path))
        let text = Office.folded(try Office.text(of: [path])[path] ?? "")
        #expect(text.contains("Копия 1") && text.contains("Копия 2") && text.contains("Вложенная"))
    }

    /// The values of an attribute (a regular expression for what precedes `="`), in document order.
    static func values(of attribute: String, in xml: String) -> [String] {
        let pattern = try! Regex("<\(attribute)=\"([^\"]*)\"")
        return xml.matches(of: pattern).map { String($0.output[1].substring ?? "") }
    }
}
