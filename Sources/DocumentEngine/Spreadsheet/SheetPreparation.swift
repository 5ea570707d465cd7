#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Makes a sheet ready for the compiler, which reads cells as paragraphs:
///
/// - every row and cell gets its number (`r`), which Excel may leave out where it follows the last;
/// - each cell whose shared string holds a tag gets that string as an inline string of its own;
/// - each cell with a tag is marked for `SheetRewriter`: `t="mentordocs-value"` when its whole text is
///   one value tag (it becomes a number or a date when the value is one), `t="mentordocs-text"`
///   otherwise (an inline string);
/// - shared formulas become formulas of their own cells, since rows with them may repeat or move apart.
struct SheetPreparation {
    static let valueCell: StaticString = "mentordocs-value"
    static let textCell: StaticString = "mentordocs-text"

    let part: String
    let document: XMLDocument
    /// The styles of value cells: each may need a twin that shows a date.
    private(set) var valueStyles: Set<Int> = []
    /// Whether any cell holds a tag.
    private(set) var holdsTags = false
    /// The columns a section `{{#… across}}` repeats, when one does (every such section of a sheet spans the same).
    private(set) var repeatedColumns: RepeatedColumns.Span?

    private var inlinedTags = 0
    private var inlinedBytes = 0

    init(part: String, document: XMLDocument) {
        self.part = part
        self.document = document
    }

    mutating func prepare(strings: SharedStrings, problems: inout [TemplateProblem]) {
        guard let sheetData = RepeatedRows.sheetData(of: document) else { return }
        var formulas: [(cell: XMLNode, formula: XMLNode)] = []
        var lastRow = 0
        for row in sheetData.children where row.is(Self.name("row")) {
            let number = row.plainAttribute("r").flatMap(Int.init) ?? lastRow + 1
            if row.plainAttribute("r") == nil { row.setPlainAttribute("r", String(number)) }
            lastRow = number
            var lastColumn = 0
            for cell in row.children where cell.is(Self.name("c")) {
                let reference = cell.plainAttribute("r").flatMap { CellReference($0) }
                let column = reference?.column ?? lastColumn + 1
                if reference == nil { cell.setPlainAttribute("r", CellReference.letters(ofColumn: column) + String(number)) }
                lastColumn = column
                for child in cell.children where child.is(Self.name("f")) { formulas.append((cell, child)) }
                switch cell.plainAttribute("t") {
                case "s":
                    guard let index = cell.children.first(where: { $0.is(Self.name("v")) }).flatMap({ Int($0.textContent()) }),
                        let string = strings.tagged[index]
                    else { continue }
                    guard inline(string, into: cell, problems: &problems) else { return }
                    mark(cell)
                case "inlineStr":
                    if let string = cell.children.first(where: { $0.is(Self.name("is")) }),
                        string.textContent(skipping: SharedStrings.notText).contains("{{")
                    {
                        mark(cell)
                    }
                default:
                    continue
                }
            }
            if holdsTags { wrapColumnSections(of: row, number: number, problems: &problems) }
        }
        if let span = repeatedColumns, let cell = formulas.first?.cell {
            problems.append(TemplateProblem(.unsupported, part: part,
                "cell \(cell.plainAttribute("r") ?? "?"): a sheet whose columns \(span.description) repeat cannot hold formulas yet (they would not follow the columns); put the formulas on another sheet, or fill without {{#… across}}"))
        }
        if let span = repeatedColumns, let element = document.root?.children.first(where: { ["drawing", "legacyDrawing", "tableParts"].contains($0.localName) }) {
            problems.append(TemplateProblem(.unsupported, part: part,
                "the sheet's columns \(span.description) repeat, and its <\(element.localName)> (pictures, charts, comments or tables) cannot move with them yet; remove them from this sheet"))
        }
        expandSharedFormulas(formulas)
    }

    /// Wraps the row's sections over columns (`RepeatedColumns`), and marks their cells anew as
    /// their text now stands.
    private mutating func wrapColumnSections(of row: XMLNode, number: Int, problems: inout [TemplateProblem]) {
        let cells: [RepeatedColumns.Cell] = row.children.filter { $0.is(Self.name("c")) }.map { cell in
            var texts: [XMLNode] = []
            cell.children.first { $0.is(Self.name("is")) }?.forEachDescendant { node in
                if node.isElement, SharedStrings.notText.contains(node.localName) { return .skipChildren }
                if node.isText { texts.append(node) }
                return .descend
            }
            return RepeatedColumns.Cell(node: cell, column: cell.plainAttribute("r").flatMap { CellReference($0)?.column } ?? 1, texts: texts)
        }
        guard cells.contains(where: { RepeatedColumns.openingTag(in: $0.texts.map(\.text).joined()) != nil }) else { return }
        let part = self.part
        var found: [String] = []
        let spans = RepeatedColumns.wrap(row: cells, document: document, paragraph: { Array(Dialect.spreadsheet.paragraphMarkup($0).utf8) },
            place: { CellReference(column: $0, row: number).description }, problem: { found.append($0) })
        problems += found.map { TemplateProblem(.misplacedSection, part: part, $0) }
        for span in spans {
            if let known = repeatedColumns, known != span {
                problems.append(TemplateProblem(.misplacedSection, part: part,
                    "row \(number): its section {{#… across}} repeats columns \(span.description), another row's \(known.description); every section over columns of a sheet must span the same columns"))
            }
            repeatedColumns = repeatedColumns ?? span
        }
        for cell in cells where [Self.valueCell.description, Self.textCell.description].contains(cell.node.plainAttribute("t") ?? "") { mark(cell.node) }
    }

    /// Puts a copy of a shared string into the cell as its inline string; false once the sheet has
    /// had more copied into it than a sheet may hold.
    private mutating func inline(_ string: SharedStrings.Tagged, into cell: XMLNode, problems: inout [TemplateProblem]) -> Bool {
        inlinedTags += string.tags
        inlinedBytes += string.size
        guard inlinedTags <= PartCompiler.maximumTags else {
            problems.append(TemplateProblem(.tooManyTags, part: part,
                "the sheet's cells hold more than \(PartCompiler.maximumTags) tags (cell \(cell.plainAttribute("r") ?? "?") passes that); no real form needs so many: is it generated by mistake?"))
            return false
        }
        guard inlinedBytes <= Int(ArchiveLimits.standard.maximumPartSize) else {
            problems.append(TemplateProblem(.archive(.tooLarge), part: part,
                "the sheet's cells with tags hold more than \(ArchiveLimits.standard.maximumPartSize >> 20) MB of text (cell \(cell.plainAttribute("r") ?? "?") passes that)"))
            return false
        }
        for child in cell.children where child.is(Self.name("v")) || child.is(Self.name("is")) { child.remove() }
        let copy = string.item.copy(into: document)
        copy.rename(to: "is")
        for child in copy.children where child.isElement && (child.localName == "rPh" || child.localName == "phoneticPr") { child.remove() }
        cell.adopt(copy)
        return true
    }

    /// Marks a cell with a tag as a value cell or a text cell.
    private mutating func mark(_ cell: XMLNode) {
        holdsTags = true
        let text = cell.children.first { $0.is(Self.name("is")) }?.textContent(skipping: SharedStrings.notText) ?? ""
        if Self.isOneValueTag(text) {
            cell.setPlainAttribute("t", Self.valueCell.description)
            valueStyles.insert(cell.plainAttribute("s").flatMap(Int.init) ?? 0)
        } else {
            cell.setPlainAttribute("t", Self.textCell.description)
        }
    }

    /// `{{ price }}`, `{{ start | date: "dd.MM.yyyy" }}`: one tag that prints a value, and nothing
    /// else but the tags of sections that open or close in other cells (`{{#items}}{{@index}}`,
    /// `{{ price }}{{/items}}`, as a row is repeated), which print nothing here.
    static func isOneValueTag(_ text: String) -> Bool {
        var open: [DataPath] = []
        var values = 0
        var rest = text[...]
        while !rest.isEmpty {
            // Nothing but tags: text between them, or after the last, makes the cell text.
            guard rest.hasPrefix("{{"), let close = rest.firstRange(of: "}}"),
                let tag = try? TagParser.parse(String(rest[..<close.upperBound]))
            else { return false }
            switch tag {
            case .value:
                values += 1
                if values > 1 { return false }
            case .open(let path, _, _):
                open.append(path)
            case .close(let path):
                // A section that opens and closes in this cell prints what it holds here.
                if let last = open.last, path == nil || path == last { return false }
            case .comment:
                break
            }
            rest = rest[close.upperBound...]
        }
        return values == 1
    }

    /// Gives each cell of a shared formula the formula itself, moved as Excel moves it from the
    /// first cell (the one holding the text) to that cell.
    private func expandSharedFormulas(_ formulas: [(cell: XMLNode, formula: XMLNode)]) {
        var masters: [String: (origin: CellReference, formula: Formula)] = [:]
        for (cell, formula) in formulas where formula.plainAttribute("t") == "shared" {
            guard let index = formula.plainAttribute("si"), formula.plainAttribute("ref") != nil,
                let origin = cell.plainAttribute("r").flatMap({ CellReference($0) })
            else { continue }
            masters[index] = (origin, Formula(formula.textContent()))
        }
        for (cell, formula) in formulas where formula.plainAttribute("t") == "shared" {
            guard let index = formula.plainAttribute("si"), let master = masters[index],
                let place = cell.plainAttribute("r").flatMap({ CellReference($0) }),
                let row = place.row, let column = place.column, let originRow = master.origin.row, let originColumn = master.origin.column
            else { continue }
            let text = master.formula.rewritten { reference in
                func move(_ point: CellReference) -> CellReference? {
                    var moved = point
                    if let pointRow = point.row, !point.rowFixed { moved.row = pointRow + row - originRow }
                    if let pointColumn = point.column, !point.columnFixed { moved.column = pointColumn + column - originColumn }
                    guard (moved.row.map { 1...CellReference.lastRow ~= $0 } ?? true),
                        (moved.column.map { 1...CellReference.lastColumn ~= $0 } ?? true)
                    else { return nil }
                    return moved
                }
                guard let start = move(reference.start) else { return nil }
                guard let end = reference.end else { return (start, nil) }
                guard let movedEnd = move(end) else { return nil }
                return (start, movedEnd)
            }
            formula.setText(text)
            for attribute in ["t", "si", "ref"] { formula.removePlainAttribute(attribute) }
        }
    }

    static func name(_ local: String) -> QualifiedName { QualifiedName(Dialect.spreadsheetNamespace, local) }
}
