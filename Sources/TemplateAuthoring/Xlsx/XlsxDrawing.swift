import DocumentEngine

/// The charts of one sheet of an XLSX: the sheet's drawing part (`xl/drawings/drawingN.xml`), which
/// stands each chart on its cell at its size, and the chart parts (`xl/charts/chartM.xml`), whose
/// series refer to the sheet's cells. Excel and LibreOffice draw them from the cells when opening.
struct XlsxDrawing {
    let sheet: AuthoredSheet
    /// From 1, among the sheets with charts: the drawing part is numbered by it.
    let number: Int
    /// The number of the sheet's first chart part, from 1: charts are numbered across the workbook.
    let firstChart: Int

    static let spreadsheetDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
    static let drawingType = "application/vnd.openxmlformats-officedocument.drawing+xml"
    static let chartType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
    /// The sheet's relationship to its drawing.
    static let relationshipID = "rIdDrawing"

    var part: String { "xl/drawings/drawing\(number).xml" }
    var relationshipsPart: String { "xl/drawings/_rels/drawing\(number).xml.rels" }
    var chartParts: [String] { sheet.charts.indices.map { "xl/charts/chart\(firstChart + $0).xml" } }

    /// The sheet's relationships: its drawing.
    var sheetRelationships: [UInt8] {
        Array((DocxParts.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"\(Self.relationshipID)\" Type=\"\(DocxParts.relationshipNamespace)/drawing\" "
            + "Target=\"../drawings/drawing\(number).xml\"/></Relationships>").utf8)
    }

    var relationships: [UInt8] {
        var xml = DocxParts.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in sheet.charts.indices {
            xml += "<Relationship Id=\"rIdChart\(index + 1)\" Type=\"\(DocxParts.relationshipNamespace)/chart\" Target=\"../charts/chart\(firstChart + index).xml\"/>"
        }
        return Array((xml + "</Relationships>").utf8)
    }

    /// Each chart anchored by its top left corner to its cell (so it moves with the rows above it)
    /// at its own size.
    var xml: [UInt8] {
        var x = XMLBuilder()
        x.open("xdr:wsDr", [("xmlns:xdr", Self.spreadsheetDrawingNamespace), ("xmlns:a", DrawingMLChart.drawingNamespace)])
        for (index, chart) in sheet.charts.enumerated() {
            x.element("xdr:oneCellAnchor") { x in
                x.element("xdr:from") { x in
                    x.element("xdr:col", text: String(chart.column - 1))
                    x.element("xdr:colOff", text: "0")
                    x.element("xdr:row", text: String(chart.row - 1))
                    x.element("xdr:rowOff", text: "0")
                }
                x.leaf("xdr:ext", [("cx", String(Units.emu(mm: chart.looks.width))), ("cy", String(Units.emu(mm: chart.looks.height)))])
                x.element("xdr:graphicFrame", [("macro", "")]) { x in
                    x.element("xdr:nvGraphicFramePr") { x in
                        x.leaf("xdr:cNvPr", [("id", String(index + 2)), ("name", "Диаграмма \(index + 1)")])
                        x.leaf("xdr:cNvGraphicFramePr")
                    }
                    x.element("xdr:xfrm") { x in
                        x.leaf("a:off", [("x", "0"), ("y", "0")])
                        x.leaf("a:ext", [("cx", "0"), ("cy", "0")])
                    }
                    x.element("a:graphic") { x in
                        x.element("a:graphicData", [("uri", DrawingMLChart.chartNamespace)]) { x in
                            x.leaf("c:chart", [("xmlns:c", DrawingMLChart.chartNamespace), ("xmlns:r", DocxParts.relationshipNamespace),
                                ("r:id", "rIdChart\(index + 1)")])
                        }
                    }
                }
                x.leaf("xdr:clientData")
            }
        }
        x.close("xdr:wsDr")
        return x.bytes
    }

    /// The chart part of the sheet's chart `index`: its series refer to the sheet's cells, the
    /// body's rows as the template has them (the engine stretches them over the filled rows).
    func chartXML(_ index: Int) -> [UInt8] {
        let chart = sheet.charts[index]
        let name = XlsxSheet.quotedName(sheet.name)
        let first = chart.rows.lowerBound, last = chart.rows.upperBound
        func range(_ column: Int) -> String {
            let letters = ColumnLetters.of(column)
            return "\(name)!$\(letters)$\(first):$\(letters)$\(last)"
        }
        let drawn = chart.drawn(on: sheet)
        let series = chart.seriesColumns.enumerated().map { index, column in
            DrawingMLChart.Series(nameFormula: "\(name)!$\(ColumnLetters.of(column))$\(chart.headerRow)", name: drawn.series[index],
                categoriesFormula: range(chart.categoriesColumn), valuesFormula: range(column))
        }
        return DrawingMLChart(chart: drawn, series: series).xml
    }
}
