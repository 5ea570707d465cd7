/// A workbook filled for each item of a list, each item on sheets of its own: every sheet with tags
/// is copied once per item (its first copy in the template sheet's part, the others in new parts
/// beside it), named by a pattern, and the workbook, its relationships and content types list the
/// copies. Sheets without tags stay once. How `mentordocs fill --each … --merge` makes one workbook.
struct SheetCopies: Sendable {
    /// The list whose items get sheets.
    var path: DataPath
    /// The pattern a copy is named by (`{{ surname }}`); without one, copies are numbered.
    var names: TextTemplate?
    /// The sheets copied per item, in the workbook's order.
    var sheets: [SpreadsheetFinishing.Sheet]
    /// Every sheet's name, copied or not: a copy's name must differ from them all.
    var allNames: [String]
    var workbookPart: String
    /// The workbook's relationships and the package's content types as the template's conversion left them.
    var relationships: (part: String, bytes: [UInt8])
    var contentTypes: [UInt8]

    static let worksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    static let worksheetRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
    /// Excel's longest sheet name.
    static let longestName = 31

    /// A sheet of the template and the sheets made of it, one per item.
    struct Copied {
        var template: SpreadsheetFinishing.Sheet
        var copies: [SpreadsheetFinishing.Sheet]
        /// The relationship id of each copy; the first keeps the template sheet's.
        var relationshipIDs: [String?]
    }

    /// Renders each copied sheet once per item with `renderSheet` (the sheet's part, and the data with
    /// the item on top; it gives the copy and, for a sheet numbered as printed, where its rows went,
    /// kept in `layouts` by the copy's part) and lists the copies in the package's relationships and content types.
    func render(root: TemplateValue, context: DataContext, options: RenderOptions, rendered: inout [String: [UInt8]],
        layouts: inout [String: SheetLayout], problems: inout [RenderError.Problem],
        renderSheet: (String, DataContext) -> (bytes: [UInt8], layout: SheetLayout?)) -> [Copied]
    {
        guard let items = context.resolveSection(path)?.listItems, !items.isEmpty else {
            problems.append(RenderError.Problem(.missingSection, part: workbookPart,
                "“\(path)” is not a list with items in the data: a workbook with a sheet per item needs at least one"))
            return []
        }
        var taken = Set(allNames.filter { name in !sheets.contains { $0.name == name } }.map { $0.lowercased() })
        var copied: [Copied] = []
        var newRelationships = ""
        var newTypes = ""
        for (sheetNumber, sheet) in sheets.enumerated() {
            var copy = Copied(template: sheet, copies: [], relationshipIDs: [])
            for (index, item) in items.enumerated() {
                var label = String(index + 1)
                if let names, case .success(let text) = names.render(item: item, of: root, index: index, count: items.count, options: options) {
                    label = text
                }
                let wanted = names == nil || sheets.count > 1 ? "\(sheet.name) \(label)" : label
                let name = Self.unique(Self.sheetName(wanted, fallback: "\(sheet.name) \(index + 1)"), taken: &taken)
                let part = index == 0 ? sheet.part : String(sheet.part.dropLast(4)) + "-\(index + 1).xml"
                var itemContext = context
                itemContext.push(item, loop: (index, items.count))
                let (bytes, layout) = renderSheet(sheet.part, itemContext)
                rendered[part] = bytes
                layouts[part] = layout
                var made = sheet
                made.name = name
                made.part = part
                copy.copies.append(made)
                let id = index == 0 ? nil : "rIdMentordocs\(sheetNumber + 1)_\(index + 1)"
                copy.relationshipIDs.append(id)
                if let id {
                    newRelationships += "<Relationship Id=\"\(id)\" Type=\"\(Self.worksheetRelationship)\" Target=\"\(target(of: part))\"/>"
                    newTypes += "<Override PartName=\"/\(part)\" ContentType=\"\(Self.worksheetType)\"/>"
                }
            }
            copied.append(copy)
        }
        rendered[relationships.part] = Self.inserting(newRelationships, before: "</Relationships>", in: relationships.bytes)
        rendered[PackageLayout.contentTypesPart] = Self.inserting(newTypes, before: "</Types>", in: contentTypes)
        return copied
    }

    /// A part's name as the workbook's relationships write it: from the workbook's folder.
    private func target(of part: String) -> String {
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        return folder.isEmpty ? part : part.hasPrefix(folder + "/") ? String(part.dropFirst(folder.count + 1)) : "/" + part
    }

    /// What Excel allows of a name: at most 31 characters, none of `\ / ? * [ ] :`, no quote at either end.
    static func sheetName(_ wanted: String, fallback: String) -> String {
        var name = String(wanted.map { "\\/?*[]:".contains($0) ? "_" : $0 }).trimmingSpaces()
        while name.hasPrefix("'") { name.removeFirst() }
        while name.hasSuffix("'") { name.removeLast() }
        if name.isEmpty { return String(fallback.prefix(longestName)) }
        return String(name.prefix(longestName))
    }

    /// The name, or the name with ` (2)`, ` (3)` … when another sheet has it (letter case aside).
    static func unique(_ name: String, taken: inout Set<String>) -> String {
        var candidate = name
        var number = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(name.prefix(longestName - suffix.count)) + suffix
            number += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }

    private static func inserting(_ text: String, before closing: String, in bytes: [UInt8]) -> [UInt8] {
        let needle = Array(closing.utf8)
        guard !text.isEmpty, bytes.count >= needle.count else { return bytes }
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index..<index + needle.count].elementsEqual(needle) {
                return Array(bytes[..<index]) + Array(text.utf8) + Array(bytes[index...])
            }
            index -= 1
        }
        return bytes
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
