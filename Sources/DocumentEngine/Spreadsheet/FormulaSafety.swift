/// Checks, when a workbook is compiled, that every reference to a sheet whose rows repeat can be
/// moved with the rows once they are printed; a reference that could not is an error naming its
/// part and cell, never a formula left pointing at the wrong rows.
///
/// A reference can follow repeated rows when it is inside them (it means its own copy), or when it
/// is a range that takes them in whole (`SUM(F5:F5)` over a repeated row 5 becomes `SUM(F5:F104)`).
/// It cannot when it names one cell of them from outside (which copy?), part of them, or comes
/// through `INDIRECT` (text, not a reference) or a reference to several sheets at once.
struct FormulaSafety {
    /// The repeated rows of each sheet that has any, by sheet name in lower case.
    let blocks: [String: [RowBlock]]
    var problems: [TemplateProblem] = []

    init(blocks: [String: [RowBlock]]) { self.blocks = blocks }

    private static func name(_ local: String) -> QualifiedName { SheetPreparation.name(local) }

    /// Checks the formulas and ranges of one sheet.
    mutating func check(sheet: String, part: String, document: XMLDocument) {
        guard !blocks.isEmpty, let root = document.root else { return }
        let own = blocks[sheet.lowercased()] ?? []
        for child in root.children where child.isElement {
            switch child.localName {
            case "sheetData":
                for row in child.children where row.is(Self.name("row")) {
                    for cell in row.children where cell.is(Self.name("c")) {
                        guard let formula = cell.children.first(where: { $0.is(Self.name("f")) }) else { continue }
                        let place = cell.plainAttribute("r") ?? "?"
                        let text = formula.textContent()
                        if !text.isEmpty { check(text, sheet: sheet, row: CellReference(place)?.row, part: part, place: "cell \(place)") }
                        if let area = formula.plainAttribute("ref").flatMap({ CellRange($0) }) {
                            checkArea(area, of: own, part: part, place: "cell \(place)", what: "the array formula's range takes", must: "it must")
                        }
                    }
                }
            case "mergeCells":
                for merge in child.children where merge.is(Self.name("mergeCell")) {
                    guard let area = merge.plainAttribute("ref").flatMap({ CellRange($0) }) else { continue }
                    checkArea(area, of: own, part: part, place: "merged cells \(area.description)", what: "the merged cells take", must: "they must")
                }
            case "conditionalFormatting", "dataValidations":
                let rules = child.localName == "conditionalFormatting" ? [child] : child.children.filter { $0.is(Self.name("dataValidation")) }
                for rule in rules {
                    let areas = (rule.plainAttribute("sqref") ?? "").split(separator: " ").compactMap { CellRange($0) }
                    let what = child.localName == "conditionalFormatting" ? "conditional formatting" : "data validation"
                    for area in areas { checkArea(area, of: own, part: part, place: "\(what) of \(area.description)", what: "the range takes", must: "it must") }
                    guard let anchor = areas.first else { continue }
                    rule.forEachDescendant { node in
                        if node.isElement, ["formula", "formula1", "formula2"].contains(node.localName) {
                            check(node.textContent(), sheet: sheet, row: anchor.start.row, part: part, place: "\(what) of \(anchor.description)")
                        }
                        return .descend
                    }
                }
            case "hyperlinks":
                for link in child.children where link.is(Self.name("hyperlink")) {
                    guard let area = link.plainAttribute("ref").flatMap({ CellRange($0) }) else { continue }
                    checkArea(area, of: own, part: part, place: "the hyperlink of \(area.description)", what: "the hyperlink's range takes", must: "it must")
                }
            case "autoFilter":
                if let area = child.plainAttribute("ref").flatMap({ CellRange($0) }) {
                    checkArea(area, of: own, part: part, place: "the filter", what: "the filter's range takes", must: "it must")
                }
            default:
                continue
            }
        }
    }

    /// Checks the defined names of `workbook.xml` (the print area, print titles, named ranges).
    mutating func checkDefinedNames(of document: XMLDocument, part: String) {
        guard !blocks.isEmpty, let root = document.root,
            let names = root.children.first(where: { $0.is(Self.name("definedNames")) })
        else { return }
        for name in names.children where name.is(Self.name("definedName")) {
            check(name.textContent(), sheet: nil, row: nil, part: part, place: "the name «\(name.plainAttribute("name") ?? "")»")
        }
    }

    /// The repeated rows of `sheet` that something placed at rows `rows` (from 1) would lie in or
    /// end in: a picture or comment must stand above or below them, or span them with both ends
    /// outside, since it cannot be repeated with them.
    func blockTakenInPart(by rows: ClosedRange<Int>, of sheet: String) -> RowBlock? {
        blocks[sheet.lowercased()]?.first { block in
            block.first <= rows.upperBound && rows.lowerBound <= block.last && !(rows.lowerBound < block.first && rows.upperBound > block.last)
        }
    }

    /// Checks a table (a range formatted as a table) of a sheet whose rows repeat: it moves and grows
    /// with them when it takes them in whole or stands apart, but cannot be repeated inside them.
    mutating func checkTable(_ area: CellRange, of sheet: String, part: String) {
        guard let blocks = blocks[sheet.lowercased()], let first = area.start.row, let last = area.end.row else { return }
        if let block = RowBlock.chain(of: first, in: blocks).first(where: { $0.contains(last) }) {
            problems.append(TemplateProblem(.unsupported, part: part,
                "the table \(area.description) of «\(sheet)» lies inside rows \(block.first)–\(block.last), which repeat for each item of a list; a table cannot be repeated: let it take in those rows with its header above them"))
            return
        }
        checkArea(area, of: blocks, part: part, place: "the table \(area.description)", what: "the table takes", must: "it must")
    }

    // MARK: One formula, one range

    private mutating func check(_ text: String, sheet: String?, row: Int?, part: String, place: String) {
        check(Formula(text), text: text, sheet: sheet, row: row, part: part, place: place)
    }

    /// Checks a formula read from `text`, which messages quote, of a cell at `row` of `sheet`.
    mutating func check(_ formula: Formula, text: String, sheet: String?, row: Int?, part: String, place: String) {
        func fail(_ message: String) {
            problems.append(TemplateProblem(.unshiftableReference, part: part, "\(place): the formula “=\(text)” \(message)"))
        }
        if formula.functions.contains("INDIRECT") {
            let repeating = blocks.keys.sorted().joined(separator: ", ")
            return fail("uses INDIRECT, whose references are text that cannot follow rows that repeat (on \(repeating)); refer to the cells directly")
        }
        if let span = formula.sheetSpans.first {
            return fail("refers to several sheets at once (\(span.joined(separator: ":"))), which cannot follow rows that repeat; refer to each sheet")
        }
        for reference in formula.references {
            guard let target = reference.sheet ?? sheet, let blocks = blocks[target.lowercased()] else { continue }
            let isOwn = reference.sheet == nil || reference.sheet?.lowercased() == sheet?.lowercased()
            let context = isOwn ? row.map { RowBlock.chain(of: $0, in: blocks) } ?? [] : []
            let shown = reference.prefix + reference.start.description + (reference.end.map { ":" + $0.description } ?? "")
            if let end = reference.end {
                guard let first = reference.start.row, let last = end.row,
                    let block = Self.partlyTaken(min(first, last), max(first, last), blocks: blocks, context: context)
                else { continue }
                return fail("refers to \(shown), which takes in part of rows \(block.first)–\(block.last) of «\(target)»; those rows repeat for each item of a list, and a range must take in all of them or none")
            }
            guard let referred = reference.start.row,
                let block = RowBlock.chain(of: referred, in: blocks).first(where: { !context.contains($0) })
            else { continue }
            let column = reference.start.column.map { CellReference.letters(ofColumn: $0) } ?? ""
            let hint = isOwn ? "refer to all of them as a range (such as \(column)\(block.first):\(column)\(block.last)), or put the formula in those rows"
                : "refer to all of them as a range (such as \(reference.prefix)\(column)\(block.first):\(column)\(block.last))"
            return fail("refers to \(shown), a cell of rows \(block.first)–\(block.last) of «\(target)», which repeat for each item of a list: it cannot tell which copy it means; \(hint)")
        }
    }

    /// Checks a range of the sheet's own (a merge, a formatted range): it may lie inside repeated rows or take them in whole.
    mutating func checkArea(_ area: CellRange, of blocks: [RowBlock], part: String, place: String, what: String, must: String) {
        guard let first = area.start.row, let last = area.end.row else { return }
        let context = zip(RowBlock.chain(of: first, in: blocks), RowBlock.chain(of: last, in: blocks)).prefix { $0 == $1 }.map(\.0)
        guard let block = Self.partlyTaken(first, last, blocks: blocks, context: context) else { return }
        problems.append(TemplateProblem(.unshiftableReference, part: part,
            "\(place): \(what) in part of rows \(block.first)–\(block.last), which repeat for each item of a list; \(must) take in all of them or lie inside them"))
    }

    /// The first block the rows `first…last` take in only in part, seen from inside `context`.
    private static func partlyTaken(_ first: Int, _ last: Int, blocks: [RowBlock], context: [RowBlock]) -> RowBlock? {
        for block in blocks where block.first <= last && first <= block.last {
            if context.contains(block) {
                if let inner = partlyTaken(first, last, blocks: block.inner, context: context) { return inner }
            } else if !(first <= block.first && last >= block.last) {
                return block
            }
        }
        return nil
    }
}
