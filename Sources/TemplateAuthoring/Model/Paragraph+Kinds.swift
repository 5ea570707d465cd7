/// The paragraphs official papers are made of, ready to be adjusted with the modifiers.
extension Paragraph {
    /// Body text: justified, first line indented 1.25 cm.
    public static func body(_ runs: Run...) -> Paragraph { Paragraph(runs) }

    /// Flush left, no indent: addressee lines, captions, cells.
    public static func plain(_ runs: Run...) -> Paragraph { Paragraph(runs, alignment: .left, firstLineIndent: 0) }

    /// Centred, no indent.
    public static func centered(_ runs: Run...) -> Paragraph { Paragraph(runs, alignment: .center, firstLineIndent: 0) }

    /// Flush right, no indent.
    public static func right(_ runs: Run...) -> Paragraph { Paragraph(runs, alignment: .right, firstLineIndent: 0) }

    /// A centred bold title line, kept with what follows it.
    public static func heading(_ runs: Run...) -> Paragraph {
        Paragraph(runs.map { run in
            var run = run
            run.bold = true
            return run
        }, alignment: .center, firstLineIndent: 0, keepWithNext: true)
    }

    /// An item of a dashed list: body text that starts with «– ».
    public static func item(_ runs: Run...) -> Paragraph {
        Paragraph([Run(Typography.listDash)] + runs)
    }

    /// An empty line of the document's size.
    public static let empty = Paragraph([], alignment: .left, firstLineIndent: 0)
}
