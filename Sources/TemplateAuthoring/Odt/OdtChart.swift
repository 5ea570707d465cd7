import DocumentEngine

/// A chart of an ODT template: an embedded chart object (`Object N/content.xml`) holding the
/// `chart:chart` and its own data table (`local-table`), and the frame in the text that shows it.
/// The table has the series' names and no categories yet: the engine writes the rows from the data
/// the title's `{{#chart NAME}}` names, and LibreOffice draws the chart from them on opening.
struct OdtChart {
    let chart: Chart
    /// From 1: the object's folder is named by it.
    let number: Int

    static let tableName = "local-table"

    var folder: String { "Object \(number)" }
    var part: String { "\(folder)/content.xml" }

    /// The frame, inside the paragraph that holds it.
    func frame(into x: inout XMLBuilder) {
        x.element("draw:frame", [
            OpenDocumentChartObject.draw, OpenDocumentChartObject.xlink, ("draw:name", "Диаграмма \(number)"), ("text:anchor-type", "as-char"),
            ("svg:width", Units.cm(chart.width / 10)), ("svg:height", Units.cm(chart.height / 10)), ("draw:z-index", "0"),
        ]) { x in
            x.leaf("draw:object", [("xlink:href", "./\(folder)"), ("xlink:type", "simple"), ("xlink:show", "embed"), ("xlink:actuate", "onLoad")])
        }
    }

    var xml: [UInt8] {
        let table = Self.tableName
        let series = chart.series.indices.map { index in
            let column = ColumnLetters.of(index + 2)
            return OpenDocumentChartObject.Series(labelAddress: "\(table).$\(column)$1", valuesAddress: "\(table).$\(column)$2:.$\(column)$2")
        }
        return OpenDocumentChartObject(chart: chart, plotAddress: "\(table).$A$1:.$\(ColumnLetters.of(chart.series.count + 1))$2",
            categoriesAddress: "\(table).$A$2:.$A$2", series: series, table: self.table).xml
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
