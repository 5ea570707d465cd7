import DocumentEngine

/// A chart of an ODT template: an embedded chart object (`Object N/content.xml`) holding the
/// `chart:chart` and its own data table (`local-table`), and the frame in the text that shows it.
/// The table has the series' names and no categories yet: the engine writes the rows from the data
/// the title's `{{#chart NAME}}` names, and LibreOffice draws the chart from them on opening.
struct OdtChart {
    let chart: Chart
    /// From 1: the object's folder is named by it.
    let number: Int

    static let chartMediaType = "application/vnd.oasis.opendocument.chart"
    static let draw = ("xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")
    static let xlink = ("xmlns:xlink", "http://www.w3.org/1999/xlink")
    static let chartNamespace = ("xmlns:chart", "urn:oasis:names:tc:opendocument:xmlns:chart:1.0")
    static let tableName = "local-table"

    var folder: String { "Object \(number)" }
    var part: String { "\(folder)/content.xml" }

    /// The frame, inside the paragraph that holds it.
    func frame(into x: inout XMLBuilder) {
        x.element("draw:frame", [
            Self.draw, Self.xlink, ("draw:name", "Диаграмма \(number)"), ("text:anchor-type", "as-char"),
            ("svg:width", Units.cm(chart.width / 10)), ("svg:height", Units.cm(chart.height / 10)), ("draw:z-index", "0"),
        ]) { x in
            x.leaf("draw:object", [("xlink:href", "./\(folder)"), ("xlink:type", "simple"), ("xlink:show", "embed"), ("xlink:actuate", "onLoad")])
        }
    }

    var xml: [UInt8] {
        let horizontal = chart.direction == .horizontal
        let lastColumn = ColumnLetters.of(chart.series.count + 1)
        var x = XMLBuilder()
        x.open("office:document-content", [OdtNamespaces.office, OdtNamespaces.style, OdtNamespaces.text, OdtNamespaces.table,
            OdtNamespaces.fo, OdtNamespaces.svg, Self.draw, Self.xlink, Self.chartNamespace, OdtNamespaces.version])
        x.element("office:automatic-styles") { x in
            x.element("style:style", [("style:name", "chTitle"), ("style:family", "chart")]) { x in
                x.leaf("style:text-properties", [("fo:font-size", "12pt"), ("fo:font-weight", "bold")])
            }
            x.element("style:style", [("style:name", "chText"), ("style:family", "chart")]) { x in
                x.leaf("style:text-properties", [("fo:font-size", "9pt")])
            }
            x.element("style:style", [("style:name", "chPlot"), ("style:family", "chart")]) { x in
                x.leaf("style:chart-properties", [("chart:vertical", horizontal ? "true" : "false"), ("chart:gap-width", "60"),
                    ("chart:treat-empty-cells", "leave-gap")])
            }
            x.element("style:style", [("style:name", "chCategories"), ("style:family", "chart")]) { x in
                x.leaf("style:chart-properties", [("chart:display-label", "true"), ("chart:reverse-direction", horizontal ? "true" : "false"),
                    ("text:line-break", "true")])
                x.leaf("style:text-properties", [("fo:font-size", "9pt")])
            }
            x.element("style:style", [("style:name", "chValues"), ("style:family", "chart")]) { x in
                var properties: XMLBuilder.Attributes = [("chart:display-label", "true"), ("chart:interval-major", "1")]
                if let scale = chart.scale {
                    properties += [("chart:minimum", Units.decimal(scale.lowerBound)), ("chart:maximum", Units.decimal(scale.upperBound))]
                }
                x.leaf("style:chart-properties", properties)
                x.leaf("style:text-properties", [("fo:font-size", "9pt")])
            }
            for index in chart.series.indices {
                x.element("style:style", [("style:name", "chSeries\(index + 1)"), ("style:family", "chart")]) { x in
                    x.leaf("style:chart-properties", [("chart:data-label-number", "value")])
                    x.leaf("style:graphic-properties", [("draw:stroke", "none"), ("draw:fill-color", "#" + DocxChart.colours[index % DocxChart.colours.count].lowercased())])
                    x.leaf("style:text-properties", [("fo:font-size", "9pt")])
                }
            }
        }
        x.element("office:body") { x in
            x.element("office:chart") { x in
                x.element("chart:chart", [("svg:width", Units.cm(chart.width / 10)), ("svg:height", Units.cm(chart.height / 10)),
                    ("chart:class", "chart:bar")]) { x in
                    x.element("chart:title", [("chart:style-name", "chTitle")]) { x in x.element("text:p", text: chart.title) }
                    x.leaf("chart:legend", [("chart:legend-position", "bottom"), ("chart:style-name", "chText")])
                    x.element("chart:plot-area", [("chart:style-name", "chPlot"), ("chart:data-source-has-labels", "both"),
                        ("table:cell-range-address", "\(Self.tableName).$A$1:.$\(lastColumn)$2")]) { x in
                        x.element("chart:axis", [("chart:dimension", "x"), ("chart:name", "primary-x"), ("chart:style-name", "chCategories")]) { x in
                            x.leaf("chart:categories", [("table:cell-range-address", "\(Self.tableName).$A$2:.$A$2")])
                        }
                        x.element("chart:axis", [("chart:dimension", "y"), ("chart:name", "primary-y"), ("chart:style-name", "chValues")]) { x in
                            x.leaf("chart:grid", [("chart:class", "major")])
                        }
                        for index in chart.series.indices {
                            let column = ColumnLetters.of(index + 2)
                            x.leaf("chart:series", [("chart:style-name", "chSeries\(index + 1)"),
                                ("chart:values-cell-range-address", "\(Self.tableName).$\(column)$2:.$\(column)$2"),
                                ("chart:label-cell-address", "\(Self.tableName).$\(column)$1"), ("chart:class", "chart:bar")])
                        }
                    }
                    table(into: &x)
                }
            }
        }
        x.close("office:document-content")
        return x.bytes
    }

    /// The header row (the corner and the series' names) and one empty row for the ranges to name.
    private func table(into x: inout XMLBuilder) {
        func cell(_ text: String, into x: inout XMLBuilder) {
            if text.isEmpty {
                x.element("table:table-cell") { x in x.leaf("text:p") }
            } else {
                x.element("table:table-cell", [("office:value-type", "string")]) { x in x.element("text:p", text: text) }
            }
        }
        x.element("table:table", [("table:name", Self.tableName)]) { x in
            x.element("table:table-header-columns") { x in x.leaf("table:table-column") }
            x.element("table:table-columns") { x in x.leaf("table:table-column", [("table:number-columns-repeated", String(chart.series.count))]) }
            x.element("table:table-header-rows") { x in
                x.element("table:table-row") { x in
                    cell(chart.categoriesName, into: &x)
                    for name in chart.series { cell(name, into: &x) }
                }
            }
            x.element("table:table-rows") { x in
                x.element("table:table-row") { x in
                    for _ in 0...chart.series.count { cell("", into: &x) }
                }
            }
        }
    }
}
