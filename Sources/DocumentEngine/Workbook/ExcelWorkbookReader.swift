import CalendarDays

/// Reads an XLSX workbook: its sheets in order, shared strings, and which cell styles are dates.
struct ExcelWorkbookReader {
    let reader: ArchiveReader
    let file: String

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let strictRelationshipsNamespace = "http://purl.oclc.org/ooxml/officeDocument/relationships"

    func workbook() throws(WorkbookError) -> Workbook {
        var problems: [TemplateProblem] = []
        let workbookPart = PackageRelationships.read(of: "", in: reader, problems: &problems)?
            .targets(ofKind: "officeDocument").first ?? "xl/workbook.xml"
        guard reader.entry(named: workbookPart) != nil else {
            throw WorkbookError(.notASpreadsheet, file: file, "an Office file without a workbook; save the class list from Excel as .xlsx")
        }
        let workbookXML = try WorkbookReader.document(workbookPart, in: reader, file: file)
        guard let root = workbookXML.root, root.localName == "workbook" else {
            throw WorkbookError(.notASpreadsheet, file: file, "an Office file, but not a spreadsheet (\(workbookPart))")
        }
        let relationships = PackageRelationships.read(of: workbookPart, in: reader, problems: &problems)
        let targets = Dictionary((relationships?.relationships ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        let dateSystem: SpreadsheetDateSystem =
            ["1", "true"].contains(root.children.first { $0.localName == "workbookPr" }?.plainAttribute("date1904") ?? "") ? .from1904 : .from1900
        let strings = try relationships?.targets(ofKind: "sharedStrings").first.map(sharedStrings) ?? []
        let dateStyles = try relationships?.targets(ofKind: "styles").first.map(dateStyles) ?? []

        var budget = WorkbookReader.maximumCells
        var sheets: [WorkbookSheet] = []
        for sheet in root.children.first(where: { $0.localName == "sheets" })?.children ?? [] where sheet.localName == "sheet" {
            let name = sheet.plainAttribute("name") ?? "Лист\(sheets.count + 1)"
            let id = sheet.attribute(QualifiedName(Self.relationshipsNamespace, "id"))
                ?? sheet.attribute(QualifiedName(Self.strictRelationshipsNamespace, "id")) ?? ""
            // Chart sheets and dialog sheets hold no cells.
            guard let target = targets[id], target.kind == "worksheet" else { continue }
            let rows = try SheetCells(part: target.target, name: name, file: file, strings: strings, dateStyles: dateStyles,
                dateSystem: dateSystem).rows(of: try WorkbookReader.document(target.target, in: reader, file: file), budget: &budget)
            sheets.append(WorkbookSheet(name: name, rows: rows))
        }
        return Workbook(file: file, sheets: sheets, dateSystem: dateSystem)
    }

    /// The shared strings in order; rich text's runs joined, phonetic hints left out.
    private func sharedStrings(_ part: String) throws(WorkbookError) -> [String] {
        let document = try WorkbookReader.document(part, in: reader, file: file)
        var strings: [String] = []
        for item in document.root?.children ?? [] where item.localName == "si" {
            guard strings.count < WorkbookReader.maximumCells else {
                throw WorkbookError(.tooLarge, file: file, place: part, "more than \(WorkbookReader.maximumCells) shared strings")
            }
            strings.append(Self.text(of: item))
        }
        return strings
    }

    /// The text of a string item: every `t` in it, but not those of phonetic runs (`rPh`).
    static func text(of item: XMLNode) -> String {
        var text = ""
        item.forEachDescendant { node in
            if node.localName == "rPh" { return .skipChildren }
            if node.isText, node.parent?.localName == "t" { text += node.text }
            return .descend
        }
        return text
    }

    /// The indices of the cell formats (`cellXfs`) whose number format shows a date.
    private func dateStyles(_ part: String) throws(WorkbookError) -> Set<Int> {
        let document = try WorkbookReader.document(part, in: reader, file: file)
        let root = document.root
        var customDates: Set<Int> = []
        for format in root?.children.first(where: { $0.localName == "numFmts" })?.children ?? [] where format.localName == "numFmt" {
            if let id = format.plainAttribute("numFmtId").flatMap(Int.init), NumberFormat.showsDate(format.plainAttribute("formatCode") ?? "") {
                customDates.insert(id)
            }
        }
        var styles: Set<Int> = []
        let formats = root?.children.first(where: { $0.localName == "cellXfs" })?.children.filter { $0.localName == "xf" } ?? []
        for (index, format) in formats.enumerated() {
            let id = format.plainAttribute("numFmtId").flatMap(Int.init) ?? 0
            if NumberFormat.builtInDates.contains(id) || customDates.contains(id) { styles.insert(index) }
        }
        return styles
    }
}
