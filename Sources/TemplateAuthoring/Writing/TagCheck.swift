import DocumentEngine

/// Makes sure every tag in a document stays whole in one run and parses, before anything is written:
/// a tag split across runs would be split across `w:r`/`text:span` elements.
enum TagCheck {
    static func check(_ document: AuthoredDocument) throws(AuthoringError) {
        for block in document.blocks {
            switch block {
            case .paragraph(let paragraph): try check(paragraph)
            case .table(let table):
                for row in table.rows {
                    for cell in row.cells {
                        for paragraph in cell.paragraphs { try check(paragraph) }
                    }
                }
            case .chart(let chart): try checkChart(title: chart.title)
            case .pageBreak: break
            }
        }
    }

    /// A chart's title holds one `{{#chart NAME}}`, the engine's binding rather than a tag of the text.
    private static func checkChart(title: String) throws(AuthoringError) {
        guard let open = title.firstRange(of: "{{#chart "), let close = title[open.upperBound...].firstRange(of: "}}"),
            !title[open.upperBound..<close.lowerBound].allSatisfy(\.isWhitespace),
            title.ranges(of: "{{").count == 1, title.ranges(of: "}}").count == 1
        else {
            throw AuthoringError(.malformedTag, "a chart's title takes one tag, {{#chart NAME}}: “\(title)”")
        }
    }

    private static func check(_ paragraph: Paragraph) throws(AuthoringError) {
        for run in paragraph.runs { try check(run.text) }
    }

    /// `inSheetCell`: the text of a workbook's cell, where `{{#list across}}` repeats columns.
    static func check(_ text: String, inSheetCell: Bool = false) throws(AuthoringError) {
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            guard let close = afterOpen.firstRange(of: "}}") else {
                throw AuthoringError(.tagNotInOneRun, "a tag opens and does not close in the same run: “\(text)”")
            }
            let tag = rest[open.lowerBound..<close.upperBound]
            if tag.dropFirst(2).contains("{{") {
                throw AuthoringError(.tagNotInOneRun, "a tag opens inside another in “\(text)”")
            }
            if tag.contains(where: { $0 == "\n" || $0 == "\t" || $0 == Character(Typography.noBreakHyphen) }) {
                throw AuthoringError(.tagNotInOneRun, "the tag “\(tag)” holds a line break, tab or no-break hyphen, which the writers write as elements")
            }
            var parsed = String(tag)
            if inSheetCell, parsed.hasPrefix("{{#"), parsed.hasSuffix(" across}}") { parsed = String(parsed.dropLast(" across}}".count)) + "}}" }
            do { _ = try TagParser.parse(parsed) } catch {
                throw AuthoringError(.malformedTag, "the tag “\(tag)” does not parse: \(error.message)")
            }
            rest = rest[close.upperBound...]
        }
        if rest.contains("}}") { throw AuthoringError(.tagNotInOneRun, "a tag closes that did not open in the same run: “\(text)”") }
    }
}
