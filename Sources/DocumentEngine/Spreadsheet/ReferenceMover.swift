/// Moves references with the rows they point at, once a rendering has laid out the repeated rows
/// of each sheet: in formulas, in ranges (`A4:F10`) and in lists of ranges (`sqref="B5 D5:D7"`).
///
/// A reference into rows that repeat follows the rules `SheetLayout.row` gives; one into rows
/// printed no times becomes `#REF!` (as when Excel deletes them), unless it is a range that goes on
/// beyond them. `FormulaSafety` has made sure at compile time that no reference is ambiguous.
final class ReferenceMover {
    /// The sheet the references are in; nil for the workbook (defined names, which name their sheets).
    let sheet: String?
    /// The layouts of the sheets whose rows repeat, by name in lower case.
    let layouts: [String: SheetLayout]
    /// Sheets of the template that stand under another name (a copy per item): by the old name in
    /// lower case, the new one. A reference to the old name is to the new.
    let renamed: [String: String]
    private var formulas: [String: Formula] = [:]

    init(sheet: String?, layouts: [String: SheetLayout], renamed: [String: String] = [:]) {
        self.sheet = sheet
        self.layouts = layouts
        self.renamed = renamed
    }

    private func name(_ name: String?) -> String? {
        guard let name = name ?? sheet else { return nil }
        return renamed[name.lowercased()] ?? name
    }

    private func layout(of name: String?) -> SheetLayout? { self.name(name).flatMap { layouts[$0.lowercased()] } }

    private func isOwn(_ name: String?) -> Bool { name == nil || self.name(name)?.lowercased() == sheet?.lowercased() }

    /// A formula of a cell standing in `places` of its own sheet.
    func formula(_ text: String, from places: [SheetLayout.Place] = []) -> String {
        let formula: Formula
        if let known = formulas[text] {
            formula = known
        } else {
            formula = Formula(text)
            formulas[text] = formula
        }
        let renames = !renamed.isEmpty && formula.references.contains { $0.sheet.map { renamed[$0.lowercased()] != nil } ?? false }
        guard renames || formula.references.contains(where: { layout(of: $0.sheet) != nil }) else { return text }
        let prefix = { (reference: Formula.Reference) -> String in
            guard let sheet = reference.sheet, let new = self.renamed[sheet.lowercased()] else { return reference.prefix }
            return Formula.prefix(naming: new)
        }
        return formula.rewritten(prefix: prefix) { move($0, from: places) }
    }

    /// Whether references to the sheet (nil: this one) move or are renamed.
    func changes(sheet name: String?) -> Bool {
        layout(of: name) != nil || name.map { renamed[$0.lowercased()] != nil } ?? false
    }

    /// The sheet's name as it now stands: a copy's for a sheet copied per item.
    func currentName(of sheet: String) -> String { renamed[sheet.lowercased()] ?? sheet }

    /// One reference of a formula of a cell standing in `places` of this sheet, moved: its new
    /// corners, or nil when it points at rows printed no times.
    func move(_ reference: Formula.Reference, from places: [SheetLayout.Place] = []) -> (start: CellReference, end: CellReference?)? {
        guard let layout = layout(of: reference.sheet) else { return (reference.start, reference.end) }
        let from = isOwn(reference.sheet) ? places : []
        guard let end = reference.end else {
            guard let row = reference.start.row else { return (reference.start, nil) }
            return layout.row(row, from: from, fixed: reference.start.rowFixed).map { (reference.start.moved(toRow: $0), nil) }
        }
        return Self.range(CellRange(start: reference.start, end: end), in: layout, from: from).map { ($0.start, $0.end) }
    }

    /// A range of this sheet seen from `places`; nil when every row of it is gone.
    func range(_ range: CellRange, from places: [SheetLayout.Place] = []) -> CellRange? {
        guard let layout = layout(of: nil) else { return range }
        return Self.range(range, in: layout, from: places)
    }

    private static func range(_ range: CellRange, in layout: SheetLayout, from places: [SheetLayout.Place]) -> CellRange? {
        guard let startRow = range.start.row, let endRow = range.end.row else { return range }
        guard let start = layout.row(startRow, from: places, fixed: range.start.rowFixed, side: .start),
            let end = layout.row(endRow, from: places, fixed: range.end.rowFixed, side: .end), start <= end
        else { return nil }
        return CellRange(start: range.start.moved(toRow: start), end: range.end.moved(toRow: end))
    }

    /// A range of this sheet as it stands in the rendered sheet: once for every copy of the blocks
    /// that hold it whole (a merge or a formatted cell inside repeated rows repeats with them),
    /// stretched over any block it covers whole.
    func copies(of range: CellRange) -> [CellRange] {
        guard let layout = layout(of: nil), let first = range.start.row, let last = range.end.row else { return [range] }
        return layout.placesHolding(first, last).compactMap { Self.range(range, in: layout, from: $0) }
    }

    /// A list of ranges (`sqref`), each as it stands in the rendered sheet, neighbours joined
    /// (`F5 F6 F7` reads `F5:F7`); empty when all are gone.
    func list(_ text: String) -> [CellRange] {
        var result: [CellRange] = []
        for part in text.split(separator: " ") {
            guard let range = CellRange(part) else { continue }
            for copy in copies(of: range) {
                if let last = result.last, last.start.column == copy.start.column, last.end.column == copy.end.column,
                    let lastEnd = last.end.row, let start = copy.start.row, start == lastEnd + 1
                {
                    result[result.count - 1].end = copy.end
                } else {
                    result.append(copy)
                }
            }
        }
        return result
    }
}
