/// A DrawingML bar chart part (`c:chartSpace`), as a DOCX keeps one beside its text and an XLSX
/// beside a sheet's drawing: the title, the bars of each series with their values' labels, the
/// two axes and the legend. Where the series' names, categories and values come from is the
/// caller's: the workbook embedded in a DOCX, or the cells of the XLSX's own sheet.
struct DrawingMLChart {
    /// Where one series reads its name, its categories and its values: formulas of cells (`Лист1!$B$2:$B$2`).
    struct Series {
        /// The cell of its name, and the name as the legend shows it until the cell is read.
        var nameFormula: String
        var name: String
        var categoriesFormula: String
        var valuesFormula: String
    }

    let chart: Chart
    let series: [Series]
    /// The relationship of the workbook the chart's data lives in, for a chart without a sheet of its own.
    var externalData: String?

    static let chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    /// The series' colours, in order: Word's and Excel's first accents.
    /// Excel's General format in the Russian locale (LCID 0x419): values read 7,5 in Word, Excel and
    /// LibreOffice whatever language they run in.
    static let russianNumbers = "[$-419]General"
    static let colours = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"]

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
                    for index in series.indices { write(series: index, into: &x) }
                    x.element("c:dLbls") { x in
                        x.leaf("c:numFmt", [("formatCode", Self.russianNumbers), ("sourceLinked", "0")])
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
                    x.leaf("c:delete", [("val", chart.showsValueAxis ? "0" : "1")])
                    x.leaf("c:axPos", [("val", horizontal ? "b" : "l")])
                    if chart.showsValueAxis { x.leaf("c:majorGridlines") }
                    x.leaf("c:numFmt", [("formatCode", Self.russianNumbers), ("sourceLinked", "0")])
                    x.leaf("c:majorTickMark", [("val", "out")])
                    x.leaf("c:minorTickMark", [("val", "none")])
                    x.leaf("c:tickLblPos", [("val", "nextTo")])
                    x.leaf("c:crossAx", [("val", "1001")])
                    x.leaf("c:crosses", [("val", "autoZero")])
                    x.leaf("c:crossBetween", [("val", "between")])
                    if let step = chart.step { x.leaf("c:majorUnit", [("val", Units.decimal(step))]) }
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
        if let externalData {
            x.element("c:externalData", [("r:id", externalData)]) { x in x.leaf("c:autoUpdate", [("val", "0")]) }
        }
        x.close("c:chartSpace")
        return x.bytes
    }

    /// One series: its name cached beside its formula; its categories and values cached empty,
    /// to be read from their cells (or written by the engine) when the chart is filled.
    private func write(series index: Int, into x: inout XMLBuilder) {
        let series = series[index]
        x.element("c:ser") { x in
            x.leaf("c:idx", [("val", String(index))])
            x.leaf("c:order", [("val", String(index))])
            x.element("c:tx") { x in
                x.element("c:strRef") { x in
                    x.element("c:f", text: series.nameFormula)
                    x.element("c:strCache") { x in
                        x.leaf("c:ptCount", [("val", "1")])
                        x.element("c:pt", [("idx", "0")]) { x in x.element("c:v", text: series.name) }
                    }
                }
            }
            x.element("c:spPr") { x in
                x.element("a:solidFill") { x in x.leaf("a:srgbClr", [("val", Self.colours[index % Self.colours.count])]) }
            }
            x.leaf("c:invertIfNegative", [("val", "0")])
            x.element("c:cat") { x in
                x.element("c:strRef") { x in
                    x.element("c:f", text: series.categoriesFormula)
                    x.element("c:strCache") { x in x.leaf("c:ptCount", [("val", "0")]) }
                }
            }
            x.element("c:val") { x in
                x.element("c:numRef") { x in
                    x.element("c:f", text: series.valuesFormula)
                    x.element("c:numCache") { x in
                        x.element("c:formatCode", text: "General")
                        x.leaf("c:ptCount", [("val", "0")])
                    }
                }
            }
        }
    }
}
