/// The `content.xml` of an OpenDocument chart object (`Object N/content.xml`), as an ODT embeds one
/// in its text and an ODS in a sheet: the title, the bars of each series with their values'
/// labels, the two axes and the legend. Where the data comes from is the caller's: the object's
/// own table (`local-table`, an ODT's), or the cells of the ODS's sheet.
struct OpenDocumentChartObject {
    /// Where one series reads its name and values: `local-table.$B$1`, `local-table.$B$2:.$B$2`.
    struct Series {
        var labelAddress: String
        var valuesAddress: String
    }

    let chart: Chart
    /// The whole table the chart is drawn from, its names and categories included.
    let plotAddress: String
    let categoriesAddress: String
    let series: [Series]
    /// Writes the object's own table (the chart's data) into the chart.
    var table: ((inout XMLBuilder) -> Void)?

    static let chartMediaType = "application/vnd.oasis.opendocument.chart"
    static let draw = ("xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")
    static let xlink = ("xmlns:xlink", "http://www.w3.org/1999/xlink")
    static let chartNamespace = ("xmlns:chart", "urn:oasis:names:tc:opendocument:xmlns:chart:1.0")

    var xml: [UInt8] {
        let horizontal = chart.direction == .horizontal
        var x = XMLBuilder()
        x.open("office:document-content", [OdtNamespaces.office, OdtNamespaces.style, OdtNamespaces.text, OdtNamespaces.table,
            OdtNamespaces.fo, OdtNamespaces.svg, OdtNamespaces.number, Self.draw, Self.xlink, Self.chartNamespace, OdtNamespaces.version])
        x.element("office:automatic-styles") { x in
            // Values in Russian (7,5), whatever the language LibreOffice runs in: a fraction with a comma.
            x.element("number:number-style", [("style:name", "chNumber"), ("number:language", "ru"), ("number:country", "RU")]) { x in
                x.leaf("number:number", [("number:decimal-places", "2"), ("number:min-decimal-places", "0"), ("number:min-integer-digits", "1")])
            }
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
                var properties: XMLBuilder.Attributes = [("chart:display-label", chart.showsValueAxis ? "true" : "false")]
                if let step = chart.step { properties.append(("chart:interval-major", Units.decimal(step))) }
                if let scale = chart.scale {
                    properties += [("chart:minimum", Units.decimal(scale.lowerBound)), ("chart:maximum", Units.decimal(scale.upperBound))]
                }
                x.leaf("style:chart-properties", properties)
                x.leaf("style:text-properties", [("fo:font-size", "9pt")])
            }
            for index in series.indices {
                x.element("style:style", [("style:name", "chSeries\(index + 1)"), ("style:family", "chart"), ("style:data-style-name", "chNumber")]) { x in
                    x.leaf("style:chart-properties", [("chart:data-label-number", "value"), ("chart:label-position", "outside"),
                        ("chart:link-data-style-to-source", "false")])
                    x.leaf("style:graphic-properties", [("draw:stroke", "none"),
                        ("draw:fill-color", "#" + DrawingMLChart.colours[index % DrawingMLChart.colours.count].lowercased())])
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
                        ("table:cell-range-address", plotAddress)]) { x in
                        x.element("chart:axis", [("chart:dimension", "x"), ("chart:name", "primary-x"), ("chart:style-name", "chCategories")]) { x in
                            x.leaf("chart:categories", [("table:cell-range-address", categoriesAddress)])
                        }
                        x.element("chart:axis", [("chart:dimension", "y"), ("chart:name", "primary-y"), ("chart:style-name", "chValues")]) { x in
                            if chart.showsValueAxis { x.leaf("chart:grid", [("chart:class", "major")]) }
                        }
                        for (index, series) in series.enumerated() {
                            x.leaf("chart:series", [("chart:style-name", "chSeries\(index + 1)"),
                                ("chart:values-cell-range-address", series.valuesAddress),
                                ("chart:label-cell-address", series.labelAddress), ("chart:class", "chart:bar")])
                        }
                    }
                    table?(&x)
                }
            }
        }
        x.close("office:document-content")
        return x.bytes
    }
}
