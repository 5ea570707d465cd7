/// The styles part: one cell format (`xf`) per `SheetCellStyle`, at the index of its raw value, so
/// a cell's `s` attribute is its style's raw value.
enum XlsxStyles {
    /// `DD.MM.YYYY` and one decimal of a percentage, as custom formats (164 is the first free id).
    static let dateFormat = 164
    static let percentFormat = 165

    static let part: [UInt8] = {
        var xml = XMLBuilder()
        xml.open("styleSheet", [("xmlns", XlsxParts.mainNamespace)])
        xml.element("numFmts", [("count", "2")]) { formats in
            formats.leaf("numFmt", [("numFmtId", String(dateFormat)), ("formatCode", "DD.MM.YYYY")])
            // In the Russian locale (LCID 0x419): «33,3%» whatever language Excel or LibreOffice runs in.
            formats.leaf("numFmt", [("numFmtId", String(percentFormat)), ("formatCode", "[$-419]0.0%")])
        }
        xml.element("fonts", [("count", "3")]) { fonts in
            for (bold, size) in [(false, 11), (true, 11), (true, 13)] {
                fonts.element("font") { font in
                    if bold { font.leaf("b") }
                    font.leaf("sz", [("val", String(size))])
                    font.leaf("name", [("val", "Calibri")])
                    font.leaf("family", [("val", "2")])
                    font.leaf("charset", [("val", "204")])
                }
            }
        }
        xml.element("fills", [("count", "2")]) { fills in
            fills.element("fill") { $0.leaf("patternFill", [("patternType", "none")]) }
            fills.element("fill") { $0.leaf("patternFill", [("patternType", "gray125")]) }
        }
        xml.element("borders", [("count", "2")]) { borders in
            borders.element("border") { border in
                for side in ["left", "right", "top", "bottom", "diagonal"] { border.leaf(side) }
            }
            borders.element("border") { border in
                for side in ["left", "right", "top", "bottom"] {
                    border.element(side, [("style", "thin")]) { $0.leaf("color", [("indexed", "64")]) }
                }
                border.leaf("diagonal")
            }
        }
        xml.element("cellStyleXfs", [("count", "1")]) { $0.leaf("xf", [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")]) }
        xml.element("cellXfs", [("count", String(SheetCellStyle.allCases.count))]) { formats in
            for style in SheetCellStyle.allCases { cellFormat(style, into: &formats) }
        }
        xml.element("cellStyles", [("count", "1")]) { $0.leaf("cellStyle", [("name", "Normal"), ("xfId", "0"), ("builtinId", "0")]) }
        xml.close("styleSheet")
        return xml.bytes
    }()

    private static func cellFormat(_ style: SheetCellStyle, into xml: inout XMLBuilder) {
        let (format, font, bordered): (Int, Int, Bool) = switch style {
        case .plain: (0, 0, false)
        case .title: (0, 2, false)
        case .caption: (0, 1, false)
        case .header: (0, 1, true)
        case .text, .number: (0, 0, true)
        case .date: (dateFormat, 0, true)
        case .percent: (percentFormat, 0, true)
        }
        var attributes: XMLBuilder.Attributes = [("numFmtId", String(format)), ("fontId", String(font)), ("fillId", "0"),
            ("borderId", bordered ? "1" : "0"), ("xfId", "0")]
        if format != 0 { attributes.append(("applyNumberFormat", "1")) }
        if font != 0 { attributes.append(("applyFont", "1")) }
        if bordered { attributes += [("applyBorder", "1"), ("applyAlignment", "1")] }
        xml.element("xf", attributes) { xf in
            switch style {
            case .header: xf.leaf("alignment", [("horizontal", "center"), ("vertical", "center"), ("wrapText", "1")])
            case .text: xf.leaf("alignment", [("vertical", "top"), ("wrapText", "1")])
            case .number, .date, .percent: xf.leaf("alignment", [("vertical", "top")])
            case .plain, .title, .caption: break
            }
        }
    }
}
