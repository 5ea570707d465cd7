/// One `w:p`, each run one `w:r`. A property is written when it differs from the Normal style,
/// which states them all (`DocxParts.styles`), so nothing depends on Word's defaults; leaving out
/// what Normal says keeps a 10,000-row table a third of the size to write and to deflate.
struct DocxParagraph {
    let paragraph: Paragraph
    let lineSpacing: Double
    /// The Normal style's line spacing.
    let normalLineSpacing: Double

    init(_ paragraph: Paragraph, document: AuthoredDocument) {
        self.paragraph = paragraph
        self.lineSpacing = paragraph.lineSpacing ?? document.lineSpacing
        self.normalLineSpacing = document.lineSpacing
    }

    func write(into x: inout XMLBuilder) {
        x.open("w:p")
        properties(into: &x)
        for run in paragraph.runs where !run.text.isEmpty { write(run, into: &x) }
        x.close("w:p")
    }

    private func properties(into x: inout XMLBuilder) {
        let p = paragraph
        let line = DocxParts.line(lineSpacing)
        let spacing = p.spaceBefore != 0 || p.spaceAfter != 0 || line != DocxParts.line(normalLineSpacing)
        let indented = p.leftIndent != 0 || p.rightIndent != 0 || p.firstLineIndent != 0
        guard p.keepWithNext || p.keepTogether || p.pageBreakBefore || !p.tabStops.isEmpty || spacing || indented
            || p.alignment != .left || p.fontSize != nil
        else { return }
        x.element("w:pPr") { x in
            if p.keepWithNext { x.leaf("w:keepNext") }
            if p.keepTogether { x.leaf("w:keepLines") }
            if p.pageBreakBefore { x.leaf("w:pageBreakBefore") }
            if !p.tabStops.isEmpty {
                x.element("w:tabs") { x in
                    for stop in p.tabStops { x.leaf("w:tab", Self.attributes(of: stop)) }
                }
            }
            if spacing {
                x.leaf("w:spacing", [
                    ("w:before", String(Units.twips(pt: p.spaceBefore))),
                    ("w:after", String(Units.twips(pt: p.spaceAfter))),
                    ("w:line", String(line)),
                    ("w:lineRule", "auto"),
                ])
            }
            if indented { indent(into: &x) }
            if p.alignment != .left { x.leaf("w:jc", [("w:val", Self.justification(p.alignment))]) }
            // The paragraph mark's size sets the height of an empty paragraph.
            if let size = p.fontSize { x.element("w:rPr") { x in Self.size(size, into: &x) } }
        }
    }

    private func indent(into x: inout XMLBuilder) {
        let p = paragraph
        var indent: XMLBuilder.Attributes = [
            ("w:left", String(Units.twips(cm: p.leftIndent))),
            ("w:right", String(Units.twips(cm: p.rightIndent))),
        ]
        if p.firstLineIndent < 0 {
            indent.append(("w:hanging", String(Units.twips(cm: -p.firstLineIndent))))
        } else {
            indent.append(("w:firstLine", String(Units.twips(cm: p.firstLineIndent))))
        }
        x.leaf("w:ind", indent)
    }

    private func write(_ run: Run, into x: inout XMLBuilder) {
        x.open("w:r")
        let size = run.size ?? paragraph.fontSize
        if run.bold || run.italic || run.underline || size != nil {
            x.element("w:rPr") { x in
                if run.bold { x.leaf("w:b"); x.leaf("w:bCs") }
                if run.italic { x.leaf("w:i"); x.leaf("w:iCs") }
                if let size { Self.size(size, into: &x) }
                if run.underline { x.leaf("w:u", [("w:val", "single")]) }
            }
        }
        // Text between breaks, tabs and no-break hyphens goes whole into one w:t; tags never hold those.
        var pending = ""
        func flush(_ x: inout XMLBuilder) {
            guard !pending.isEmpty else { return }
            x.element("w:t", [("xml:space", "preserve")], text: pending)
            pending = ""
        }
        for character in run.text {
            switch character {
            case "\n", "\r\n":
                flush(&x)
                x.leaf("w:br")
            case "\t":
                flush(&x)
                x.leaf("w:tab")
            case Character(Typography.noBreakHyphen):
                flush(&x)
                x.leaf("w:noBreakHyphen")
            default:
                pending.append(character)
            }
        }
        flush(&x)
        x.close("w:r")
    }

    private static func size(_ points: Double, into x: inout XMLBuilder) {
        let value = String(Units.halfPoints(points))
        x.leaf("w:sz", [("w:val", value)])
        x.leaf("w:szCs", [("w:val", value)])
    }

    private static func justification(_ alignment: Paragraph.Alignment) -> String {
        switch alignment {
        case .left: "left"
        case .center: "center"
        case .right: "right"
        case .justify: "both"
        }
    }

    private static func attributes(of stop: TabStop) -> XMLBuilder.Attributes {
        let kind = switch stop.alignment {
        case .left: "left"
        case .center: "center"
        case .right: "right"
        }
        var attributes: XMLBuilder.Attributes = [("w:val", kind)]
        switch stop.leader {
        case .none: break
        case .dots: attributes.append(("w:leader", "dot"))
        case .underscore: attributes.append(("w:leader", "underscore"))
        }
        attributes.append(("w:pos", String(Units.twips(cm: stop.position))))
        return attributes
    }
}
