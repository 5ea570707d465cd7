import DocumentEngine

/// A chart of a DOCX template: the DrawingML bar chart (`word/charts/chartN.xml`) with its series'
/// caches and formulas, the workbook Word keeps beside it (what «Изменить данные» opens), and the
/// inline drawing that puts it in the text. The caches hold no categories: the engine writes them
/// from the data the title's `{{#chart NAME}}` names, into the caches and the workbook alike.
struct DocxChart {
    let chart: Chart
    /// From 1: the chart's part, relationship and drawing are numbered by it.
    let number: Int

    static let chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let wordDrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
    static let sheetName = "Лист1"
    /// The series' colours, in order: Word's first accents.
    static let colours = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"]

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
                    x.element("a:graphic", [("xmlns:a", Self.drawingNamespace)]) { x in
                        x.element("a:graphicData", [("uri", Self.chartNamespace)]) { x in
                            x.leaf("c:chart", [("xmlns:c", Self.chartNamespace), ("r:id", relationshipID)])
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

    var xml: [UInt8] {
        let horizontal = chart.direction == .horizontal
        var x = XMLBuilder()
        x.open("c:chartSpace", [("xmlns:c", Self.chartNamespace), ("xmlns:a", Self.drawingNamespace), ("xmlns:r", DocxParts.relationshipNamespace)])
        x.leaf("c:date1904", [("val", "0")])
        x.leaf("c:lang", [("val", "ru-RU")])
        x.leaf("c:roundedCorners", [("val", "0")])
        x.element("c:chart") { x in
            x.element("c:title") { x in
                x.element("c:tx") { x in
                    x.element("c:rich") { x in
                        x.leaf("a:bodyPr")
                        x.leaf("a:lstStyle")
                        x.element("a:p") { x in
                            x.element("a:pPr") { x in x.leaf("a:defRPr", [("sz", "1200"), ("b", "1")]) }
                            x.element("a:r") { x in
                                x.leaf("a:rPr", [("lang", "ru-RU"), ("sz", "1200"), ("b", "1")])
                                x.element("a:t", text: chart.title)
                            }
                        }
                    }
                }
                x.leaf("c:overlay", [("val", "0")])
            }
            x.leaf("c:autoTitleDeleted", [("val", "0")])
            x.element("c:plotArea") { x in
                x.leaf("c:layout")
                x.element("c:barChart") { x in
                    x.leaf("c:barDir", [("val", horizontal ? "bar" : "col")])
                    x.leaf("c:grouping", [("val", "clustered")])
                    x.leaf("c:varyColors", [("val", "0")])
                    for index in chart.series.indices { series(index, into: &x) }
                    x.element("c:dLbls") { x in
                        for (name, value) in [("showLegendKey", "0"), ("showVal", "1"), ("showCatName", "0"), ("showSerName", "0"),
                            ("showPercent", "0"), ("showBubbleSize", "0")]
                        { x.leaf("c:\(name)", [("val", value)]) }
                    }
                    x.leaf("c:gapWidth", [("val", "60")])
                    x.leaf("c:axId", [("val", "1001")])
                    x.leaf("c:axId", [("val", "1002")])
                }
                x.element("c:catAx") { x in
                    x.leaf("c:axId", [("val", "1001")])
                    // Across the page the first category goes on top, as the table above lists it.
                    x.element("c:scaling") { x in x.leaf("c:orientation", [("val", horizontal ? "maxMin" : "minMax")]) }
                    x.leaf("c:delete", [("val", "0")])
                    x.leaf("c:axPos", [("val", horizontal ? "l" : "b")])
                    x.leaf("c:numFmt", [("formatCode", "General"), ("sourceLinked", "1")])
                    x.leaf("c:majorTickMark", [("val", "out")])
                    x.leaf("c:minorTickMark", [("val", "none")])
                    x.leaf("c:tickLblPos", [("val", "nextTo")])
                    x.leaf("c:crossAx", [("val", "1002")])
                    x.leaf("c:crosses", [("val", "autoZero")])
                    x.leaf("c:auto", [("val", "1")])
                    x.leaf("c:lblAlgn", [("val", "ctr")])
                    x.leaf("c:lblOffset", [("val", "100")])
                    x.leaf("c:noMultiLvlLbl", [("val", "0")])
                }
                x.element("c:valAx") { x in
                    x.leaf("c:axId", [("val", "1002")])
                    x.element("c:scaling") { x in
                        x.leaf("c:orientation", [("val", "minMax")])
                        if let scale = chart.scale {
                            x.leaf("c:max", [("val", Units.decimal(scale.upperBound))])
                            x.leaf("c:min", [("val", Units.decimal(scale.lowerBound))])
                        }
                    }
                    x.leaf("c:delete", [("val", "0")])
                    x.leaf("c:axPos", [("val", horizontal ? "b" : "l")])
                    x.leaf("c:majorGridlines")
                    x.leaf("c:numFmt", [("formatCode", "General"), ("sourceLinked", "0")])
                    x.leaf("c:majorTickMark", [("val", "out")])
                    x.leaf("c:minorTickMark", [("val", "none")])
                    x.leaf("c:tickLblPos", [("val", "nextTo")])
                    x.leaf("c:crossAx", [("val", "1001")])
                    x.leaf("c:crosses", [("val", "autoZero")])
                    x.leaf("c:crossBetween", [("val", "between")])
                    x.leaf("c:majorUnit", [("val", "1")])
                }
            }
            x.element("c:legend") { x in
                x.leaf("c:legendPos", [("val", "b")])
                x.leaf("c:overlay", [("val", "0")])
            }
            x.leaf("c:plotVisOnly", [("val", "1")])
            x.leaf("c:dispBlanksAs", [("val", "gap")])
        }
        x.element("c:txPr") { x in
            x.leaf("a:bodyPr")
            x.leaf("a:lstStyle")
            x.element("a:p") { x in
                x.element("a:pPr") { x in x.leaf("a:defRPr", [("sz", "900")]) }
                x.leaf("a:endParaRPr", [("lang", "ru-RU")])
            }
        }
        x.element("c:externalData", [("r:id", "rIdWorkbook")]) { x in x.leaf("c:autoUpdate", [("val", "0")]) }
        x.close("c:chartSpace")
        return x.bytes
    }

    /// One series: its name from row 1 of its column, the categories from column A, its values
    /// under its name; each formula names row 2 alone until the engine stretches it over the data.
    private func series(_ index: Int, into x: inout XMLBuilder) {
        let column = ColumnLetters.of(index + 2)
        let sheet = Self.sheetName
        x.element("c:ser") { x in
            x.leaf("c:idx", [("val", String(index))])
            x.leaf("c:order", [("val", String(index))])
            x.element("c:tx") { x in
                x.element("c:strRef") { x in
                    x.element("c:f", text: "\(sheet)!$\(column)$1")
                    x.element("c:strCache") { x in
                        x.leaf("c:ptCount", [("val", "1")])
                        x.element("c:pt", [("idx", "0")]) { x in x.element("c:v", text: chart.series[index]) }
                    }
                }
            }
            x.element("c:spPr") { x in
                x.element("a:solidFill") { x in x.leaf("a:srgbClr", [("val", Self.colours[index % Self.colours.count])]) }
            }
            x.leaf("c:invertIfNegative", [("val", "0")])
            x.element("c:cat") { x in
                x.element("c:strRef") { x in
                    x.element("c:f", text: "\(sheet)!$A$2:$A$2")
                    x.element("c:strCache") { x in x.leaf("c:ptCount", [("val", "0")]) }
                }
            }
            x.element("c:val") { x in
                x.element("c:numRef") { x in
                    x.element("c:f", text: "\(sheet)!$\(column)$2:$\(column)$2")
                    x.element("c:numCache") { x in
                        x.element("c:formatCode", text: "General")
                        x.leaf("c:ptCount", [("val", "0")])
                    }
                }
            }
        }
    }
}
