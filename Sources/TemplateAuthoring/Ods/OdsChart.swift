import DocumentEngine

/// A chart of an ODS sheet: an embedded chart object (`Object N/content.xml`) whose ranges are the
/// sheet's cells, and the frame in the cell the chart stands on. LibreOffice draws it from the
/// cells when opening; the engine stretches its ranges over the rows a list fills.
struct OdsChart {
    let sheet: AuthoredSheet
    let chart: SheetChart
    /// From 1, across the spreadsheet: the object's folder is named by it.
    let number: Int

    var folder: String { "Object \(number)" }
    var part: String { "\(folder)/content.xml" }

    private var name: String { OdsSheet.addressName(sheet.name) }

    /// `Статистика.A6:Статистика.A6`, as LibreOffice writes a chart's ranges: a column of the
    /// table's body as the template has it, or from the header with `first`.
    private func range(_ column: Int, from first: Int? = nil) -> String {
        let letters = ColumnLetters.of(column)
        return "\(name).\(letters)\(first ?? chart.rows.lowerBound):\(name).\(letters)\(chart.rows.upperBound)"
    }

    /// The cells the chart reads, for LibreOffice to redraw it when they change: its columns with the header.
    private var notifiedRanges: String {
        ([chart.categoriesColumn] + chart.seriesColumns).map { range($0, from: chart.headerRow) }.joined(separator: " ")
    }

    /// The frame, inside the cell the chart's top left corner stands on.
    func frame(into x: inout XMLBuilder) {
        x.element("draw:frame", [("draw:z-index", "0"), ("draw:name", "Диаграмма \(number)"),
            ("svg:width", Units.cm(chart.looks.width / 10)), ("svg:height", Units.cm(chart.looks.height / 10)),
            ("svg:x", "0cm"), ("svg:y", "0cm")]) { x in
            x.leaf("draw:object", [("draw:notify-on-update-of-ranges", notifiedRanges), ("xlink:href", "./\(folder)"), ("xlink:type", "simple"),
                ("xlink:show", "embed"), ("xlink:actuate", "onLoad")])
        }
    }

    var xml: [UInt8] {
        let drawn = chart.drawn(on: sheet)
        let series = chart.seriesColumns.map { column in
            OpenDocumentChartObject.Series(labelAddress: "\(name).\(ColumnLetters.of(column))\(chart.headerRow)", valuesAddress: range(column))
        }
        let plot = ([chart.categoriesColumn] + chart.seriesColumns).map { range($0, from: chart.headerRow) }.joined(separator: " ")
        return OpenDocumentChartObject(chart: drawn, plotAddress: plot, categoriesAddress: range(chart.categoriesColumn), series: series).xml
    }
}
