import DocumentEngine

/// A chart of a DOCX template: the DrawingML bar chart (`word/charts/chartN.xml`) with its series'
/// caches and formulas, the workbook Word keeps beside it (what «Изменить данные» opens), and the
/// inline drawing that puts it in the text. The caches hold no categories: the engine writes them
/// from the data the title's `{{#chart NAME}}` names, into the caches and the workbook alike.
struct DocxChart {
    let chart: Chart
    /// From 1: the chart's part, relationship and drawing are numbered by it.
    let number: Int

    static let wordDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let sheetName = "Лист1"

    var part: String { "word/charts/chart\(number).xml" }
    var relationshipsPart: String { "word/charts/_rels/chart\(number).xml.rels" }
    var workbookPart: String { "word/embeddings/Microsoft_Excel_Worksheet\(number).xlsx" }
    var relationshipID: String { "rIdChart\(number)" }

    /// The run holding the chart, in a paragraph of its own.
    func drawing(into x: inout XMLBuilder) {
        let width = String(Units.emu(mm: chart.width))
        let height = String(Units.emu(mm: chart.height))
        x.element("w:r") { x in
            x.element("w:drawing", [("xmlns:wp", Self.wordDrawingNamespace)]) { x in
                x.element("wp:inline", [("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")]) { x in
                    x.leaf("wp:extent", [("cx", width), ("cy", height)])
                    x.leaf("wp:effectExtent", [("l", "0"), ("t", "0"), ("r", "0"), ("b", "0")])
                    x.leaf("wp:docPr", [("id", String(number)), ("name", "Диаграмма \(number)")])
                    x.leaf("wp:cNvGraphicFramePr")
                    x.element("a:graphic", [("xmlns:a", DrawingMLChart.drawingNamespace)]) { x in
                        x.element("a:graphicData", [("uri", DrawingMLChart.chartNamespace)]) { x in
                            x.leaf("c:chart", [("xmlns:c", DrawingMLChart.chartNamespace), ("r:id", relationshipID)])
                        }
                    }
                }
            }
        }
    }

    var relationships: [UInt8] {
        Array((DocxParts.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdWorkbook\" Type=\"\(DocxParts.relationshipNamespace)/package\" "
            + "Target=\"../embeddings/Microsoft_Excel_Worksheet\(number).xlsx\"/></Relationships>").utf8)
    }

    /// The chart's workbook: the corner and the series' names in row 1, nothing under them yet.
    func workbook() throws(AuthoringError) -> [UInt8] {
        let header = SheetRow([.header(chart.categoriesName)] + chart.series.map { .header($0) })
        let sheet = AuthoredSheet(name: Self.sheetName, columnWidths: [60] + chart.series.map { _ in 14 }, rows: [header], landscape: false)
        return try XlsxWriter().write(AuthoredWorkbook(title: "Данные диаграммы", sheets: [sheet]), name: workbookPart)
    }

    /// The chart part; each series' formulas name row 2 alone until the engine stretches them over the data.
    var xml: [UInt8] {
        let sheet = Self.sheetName
        let series = chart.series.indices.map { index in
            let column = ColumnLetters.of(index + 2)
            return DrawingMLChart.Series(nameFormula: "\(sheet)!$\(column)$1", name: chart.series[index],
                categoriesFormula: "\(sheet)!$A$2:$A$2", valuesFormula: "\(sheet)!$\(column)$2:$\(column)$2")
        }
        return DrawingMLChart(chart: chart, series: series, externalData: "rIdWorkbook").xml
    }
}
