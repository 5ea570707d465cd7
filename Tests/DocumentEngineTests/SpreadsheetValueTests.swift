import DocumentEngine
import Testing
import TestSupport

/// Tags in the cells of a workbook: in shared strings (split into rich-text runs, as Excel splits
/// them) and inline strings; a cell that is one value tag becomes a number or a date when the value
/// is one, and text otherwise.
@Suite struct SpreadsheetValueTests {
    static func fill(_ workbook: SampleWorkbook, _ data: TemplateValue, part: String = "xl/worksheets/sheet1.xml") throws -> FilledSheet {
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "форма.xlsx")
        let output = try DocumentRenderer(template).render(data)
        let reader = try ArchiveReader(bytes: output, file: "out.xlsx")
        return FilledSheet(String(decoding: try reader.read(part), as: UTF8.self))
    }

    @Test func isRecognisedAsAWorkbookByItsContent() throws {
        let workbook = SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>", strings: ["<t>{{ name }}</t>"])
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "без расширения")
        #expect(template.format == .xlsx)
        #expect(template.kind == .xlsx)
        #expect(template.compiledParts == ["xl/worksheets/sheet1.xml"])
        #expect(template.tags.map(\.location.description) == ["xl/worksheets/sheet1.xml, cell A1 («{{ name }}»)"])
    }

    @Test func sharedStringsWithTagsBecomeTheCellsOwnTextAndOthersStayShared() throws {
        let workbook = SampleWorkbook("""
            <sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>\
            <row r="2"><c r="A2" t="inlineStr"><is><t>Класс {{ class }}</t></is></c></row></sheetData>
            """, strings: [
                "<t>Ведомость</t>",
                // Excel splits what is typed into runs of formatting; the tag is found whole.
                "<r><rPr><b/><sz val=\"11\"/></rPr><t xml:space=\"preserve\">Школа: {{ org.</t></r><r><rPr><i/><sz val=\"11\"/></rPr><t>name }}</t></r>",
                "<t>{{ org.city }}</t><rPh sb=\"0\" eb=\"1\"><t>фонетика</t></rPh><phoneticPr fontId=\"0\"/>",
            ])
        let sheet = try Self.fill(workbook, ["org": ["name": "МБОУ «СОШ № 5» & лицей", "city": "Примерск"], "class": "7 «А»"])
        #expect(sheet["A1"] == .init(type: "s", style: nil, value: "0", formula: nil))
        #expect(sheet["B1"]?.type == "inlineStr")
        #expect(sheet.value("B1") == "Школа: МБОУ «СОШ № 5» & лицей")
        #expect(sheet.xml.contains("<b/>") && sheet.xml.contains("<i/>"), "each run keeps its formatting")
        #expect(sheet.value("C1") == "Примерск")
        #expect(!sheet.xml.contains("фонетика"))
        #expect(sheet.value("A2") == "Класс 7 «А»")
        #expect(!sheet.xml.contains("mentordocs"))
        #expect(!sheet.xml.contains("<is xmlns"), "a copied string declares no namespace its cell has")
    }

    @Test func aCellThatIsOneValueTakesTheTypeOfItsValue() throws {
        var workbook = SampleWorkbook("""
            <sheetData><row r="1">\
            <c r="A1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>\
            <c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" s="2" t="s"><v>6</v></c><c r="H1" s="3" t="s"><v>7</v></c>\
            <c r="I1" s="4" t="s"><v>8</v></c><c r="J1" s="1" t="s"><v>9</v></c><c r="K1" t="s"><v>10</v></c><c r="L1" s="1" t="s"><v>11</v></c>\
            <c r="M1" t="s"><v>12</v></c>\
            </row></sheetData>
            """, strings: ["<t>{{ sum }}</t>", "<t>{{ price }}</t>", "<t>{{ code }}</t>", "<t>{{ phone }}</t>", "<t>{{ class }}</t>",
                "<t>{{ account }}</t>", "<t>{{ start }}</t>", "<t>{{ start }}</t>", "<t>{{ code }}</t>", "<t>{{ missing | default: \"\" }}</t>",
                "<t>Итого: {{ sum }}</t>", "<t>{{ start }}</t>", "<t>{{ negative }}</t>"])
        workbook.numberFormats = ["<numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"]
        workbook.cellStyles = [
            "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\"/>",  // 1: #,##0.00 with a border
            "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",  // 2: a date already
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",  // 3: text (@)
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>",  // 4: text (@)
        ]
        let data: TemplateValue = ["sum": "1250", "price": "5000.50", "code": "007", "phone": "+7 900 123-45-67", "class": "7 «А»",
            "account": "40702810900000012345", "start": "2026-09-01", "negative": "-3"]
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "форма.xlsx")
        let output = try DocumentRenderer(template).render(data)
        let reader = try ArchiveReader(bytes: output, file: "out.xlsx")
        let sheet = FilledSheet(String(decoding: try reader.read("xl/worksheets/sheet1.xml"), as: UTF8.self))

        #expect(sheet["A1"] == .init(type: nil, style: nil, value: "1250", formula: nil))
        #expect(sheet["B1"] == .init(type: nil, style: 1, value: "5000.50", formula: nil), "the style is kept")
        #expect(sheet["C1"] == .init(type: "inlineStr", style: nil, value: "007", formula: nil), "leading zeros are text")
        #expect(sheet["D1"]?.type == "inlineStr" && sheet.value("D1") == "+7 900 123-45-67")
        #expect(sheet["E1"]?.type == "inlineStr" && sheet.value("E1") == "7 «А»")
        #expect(sheet["F1"]?.type == "inlineStr", "more digits than Excel keeps")
        // 1 September 2026 is day 46266 of the 1900 system.
        let styles = String(decoding: try reader.read("xl/styles.xml"), as: UTF8.self)
        #expect(sheet["M1"] == .init(type: nil, style: nil, value: "-3", formula: nil))
        #expect(sheet["G1"] == .init(type: nil, style: 2, value: "46266", formula: nil), "a date format of the template's own is kept")
        #expect(sheet["H1"] == .init(type: "inlineStr", style: 3, value: "2026-09-01", formula: nil), "a cell formatted as text stays text")
        #expect(sheet["I1"] == .init(type: "inlineStr", style: 4, value: "007", formula: nil))
        #expect(sheet["J1"] == .init(type: nil, style: 1, value: nil, formula: nil), "an empty value leaves an empty cell with its style")
        #expect(sheet["K1"]?.type == "inlineStr" && sheet.value("K1") == "Итого: 1250", "text beside a tag makes text")
        // A style that shows no date gets a twin that does: style 1 (a border) as a short date.
        let twin = try #require(sheet["L1"]?.style)
        #expect(sheet.value("L1") == "46266")
        #expect(twin == 6, "after the twin of style 0, the style of the cells given numbers")
        #expect(styles.contains("<cellXfs count=\"7\">"))
        #expect(styles.contains("<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\"/>"))
    }

    @Test func datesCountFrom1904WhenTheWorkbookSaysSo() throws {
        var workbook = SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row></sheetData>",
            strings: ["<t>{{ start }}</t>", "<t>{{ early }}</t>"])
        workbook.workbookProperties = "<workbookPr date1904=\"1\"/>"
        let sheet = try Self.fill(workbook, ["start": "2026-09-01", "early": "1900-01-01"])
        #expect(sheet.value("A1") == "44804")
        #expect(sheet["B1"]?.type == "inlineStr", "a day before the workbook's first is text")
    }

    @Test func dates1900CountExcelsLeapDay() throws {
        let workbook = SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row></sheetData>",
            strings: ["<t>{{ a }}</t>", "<t>{{ b }}</t>", "<t>{{ c }}</t>"])
        let sheet = try Self.fill(workbook, ["a": "1900-01-01", "b": "1900-02-28", "c": "1900-03-01"])
        #expect([sheet.value("A1"), sheet.value("B1"), sheet.value("C1")] == ["1", "59", "61"])
    }

    @Test func aSectionInsideOneCellRepeatsItsText() throws {
        let workbook = SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>",
            strings: ["<t>{{#pupils}}{{ name }}{{^@last}}, {{/@last}}{{/pupils}}</t>"])
        let sheet = try Self.fill(workbook, ["pupils": [["name": "Ильин"], ["name": "Орлова"]]])
        #expect(sheet.value("A1") == "Ильин, Орлова")
        #expect(sheet.rows == [1])
    }

    @Test func theWorkbooksPropertiesAreFilledToo() throws {
        var workbook = SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>", strings: ["<t>{{ name }}</t>"])
        workbook.extraParts = [("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml",
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Ведомость {{ name }}</dc:title></cp:coreProperties>")]
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "форма.xlsx")
        #expect(template.compiledParts == ["docProps/core.xml", "xl/worksheets/sheet1.xml"])
        #expect(template.tags.map(\.location.description) == ["xl/worksheets/sheet1.xml, cell A1 («{{ name }}»)", "docProps/core.xml, paragraph 1 («Ведомость {{ name }}»)"])
        let reader = try ArchiveReader(bytes: try DocumentRenderer(template).render(["name": "7 «А»"]), file: "out.xlsx")
        #expect(String(decoding: try reader.read("docProps/core.xml"), as: UTF8.self).contains("<dc:title>Ведомость 7 «А»</dc:title>"))
    }

    @Test func compiledOnceRenderedForManyRecords() throws {
        let workbook = SampleWorkbook("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row></sheetData>",
            strings: ["<t>{{ name }}</t>", "<t>{{ score }}</t>"])
        let template = try CompiledTemplate.compile(bytes: try workbook.bytes(), file: "форма.xlsx")
        let renderer = try DocumentRenderer(template)
        for (name, score) in [("Ильин", "5"), ("Орлова", "007")] {
            let reader = try ArchiveReader(bytes: try renderer.render(["name": .text(name), "score": .text(score)]), file: "out.xlsx")
            let sheet = FilledSheet(String(decoding: try reader.read("xl/worksheets/sheet1.xml"), as: UTF8.self))
            #expect(sheet.value("A1") == name)
            #expect(sheet.value("B1") == score)
            #expect(sheet["B1"]?.type == (score == "5" ? nil : "inlineStr"))
        }
    }
}
