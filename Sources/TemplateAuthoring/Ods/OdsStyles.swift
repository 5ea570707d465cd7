/// The automatic styles of an ODS's `content.xml`: a column style per width, a table style per
/// page orientation, and a cell style per `SheetCellStyle` with the number formats they show.
enum OdsStyles {
    static let dateFormat = "N_date"
    static let percentFormat = "N_percent"
    /// The master pages in `styles.xml` a sheet prints on.
    static let portraitPage = "Default"
    static let landscapePage = "Landscape"

    /// `ce_header`; none for plain cells, which look as a new sheet's.
    static func cellStyleName(_ style: SheetCellStyle) -> String? {
        style == .plain ? nil : "ce_\(style)"
    }

    static func tableStyleName(landscape: Bool) -> String { landscape ? "ta_landscape" : "ta_portrait" }

    /// The widths the sheets use, in their order of first use; a column's style is `co` and its index here.
    static func columnWidths(_ workbook: AuthoredWorkbook) -> [Double] {
        var widths: [Double] = []
        for width in workbook.sheets.flatMap(\.columnWidths) where !widths.contains(width) { widths.append(width) }
        return widths
    }

    /// The style of a row `height` points high: `ro78` (its name says its height, so each sheet finds it).
    static func rowStyleName(height: Double) -> String { "ro" + Units.decimal(height).replacing(".", with: "_") }

    /// A width in characters of the default font, as LibreOffice converts Excel's.
    static func centimetres(characters: Double) -> String { Units.cm(characters * 0.237 + 0.05) }

    static func write(_ workbook: AuthoredWorkbook, into x: inout XMLBuilder) {
        x.element("office:automatic-styles") { x in
            x.element("number:date-style", [("style:name", dateFormat)]) { x in
                x.leaf("number:day", [("number:style", "long")])
                x.element("number:text", text: ".")
                x.leaf("number:month", [("number:style", "long")])
                x.element("number:text", text: ".")
                x.leaf("number:year", [("number:style", "long")])
            }
            x.element("number:percentage-style", [("style:name", percentFormat), ("number:language", "ru"), ("number:country", "RU")]) { x in
                x.leaf("number:number", [("number:decimal-places", "1"), ("number:min-decimal-places", "1"), ("number:min-integer-digits", "1")])
                x.element("number:text", text: "%")
            }
            for (index, width) in columnWidths(workbook).enumerated() {
                x.element("style:style", [("style:name", "co\(index + 1)"), ("style:family", "table-column")]) { x in
                    x.leaf("style:table-column-properties", [("fo:break-before", "auto"), ("style:column-width", centimetres(characters: width))])
                }
            }
            var heights: [Double] = []
            for height in workbook.sheets.flatMap({ $0.rows.compactMap(\.height) }) where !heights.contains(height) { heights.append(height) }
            for height in heights {
                x.element("style:style", [("style:name", rowStyleName(height: height)), ("style:family", "table-row")]) { x in
                    x.leaf("style:table-row-properties", [("style:row-height", Units.cm(height * 2.54 / 72)),
                        ("style:use-optimal-row-height", "false"), ("fo:break-before", "auto")])
                }
            }
            for landscape in [true, false] {
                x.element("style:style", [("style:name", tableStyleName(landscape: landscape)), ("style:family", "table"),
                    ("style:master-page-name", landscape ? landscapePage : portraitPage)]) { x in
                    x.leaf("style:table-properties", [("table:display", "true"), ("style:writing-mode", "lr-tb")])
                }
            }
            for style in SheetCellStyle.allCases { cellStyle(style, into: &x) }
        }
    }

    private static func cellStyle(_ style: SheetCellStyle, into x: inout XMLBuilder) {
        guard let name = cellStyleName(style) else { return }
        var attributes: XMLBuilder.Attributes = [("style:name", name), ("style:family", "table-cell"), ("style:parent-style-name", "Default")]
        switch style {
        case .date: attributes.append(("style:data-style-name", dateFormat))
        case .percent: attributes.append(("style:data-style-name", percentFormat))
        default: break
        }
        x.element("style:style", attributes) { x in
            var cell: XMLBuilder.Attributes = []
            switch style {
            case .header: cell = [("fo:wrap-option", "wrap"), ("style:vertical-align", "middle")]
            case .text: cell = [("fo:wrap-option", "wrap"), ("style:vertical-align", "top")]
            case .number, .date, .percent: cell = [("style:vertical-align", "top")]
            case .plain, .title, .caption: break
            }
            if [.header, .text, .number, .date, .percent].contains(style) { cell.insert(("fo:border", "0.5pt solid #000000"), at: 0) }
            if !cell.isEmpty { x.leaf("style:table-cell-properties", cell) }
            if style == .header {
                x.leaf("style:paragraph-properties", [("fo:text-align", "center")])
            }
            switch style {
            case .title: x.leaf("style:text-properties", bold(size: "13pt"))
            case .caption, .header: x.leaf("style:text-properties", bold(size: nil))
            default: break
            }
        }
    }

    private static func bold(size: String?) -> XMLBuilder.Attributes {
        var attributes: XMLBuilder.Attributes = [("fo:font-weight", "bold"), ("style:font-weight-asian", "bold"), ("style:font-weight-complex", "bold")]
        if let size { attributes += [("fo:font-size", size), ("style:font-size-asian", size), ("style:font-size-complex", size)] }
        return attributes
    }
}
