/// `workbook.xml` for a workbook whose sheets were copied per item: each copied sheet's entry becomes
/// one per copy (its name, a new `sheetId`, the copy's relationship), names defined for one sheet
/// (its print area, print titles) are defined for each copy, and every other sheet's names follow
/// their sheet to its new place in the list.
enum WorkbookSheets {
    static func rewrite(_ bytes: [UInt8], copied: [SheetCopies.Copied], layouts: [String: SheetLayout]) -> [UInt8] {
        var scanner = MarkupScanner(bytes)
        var output: [UInt8] = []
        var copiedUpTo = 0
        func replace(_ range: Range<Int>, with text: String) {
            output += bytes[copiedUpTo..<range.lowerBound]
            output += Array(text.utf8)
            copiedUpTo = range.upperBound
        }
        func value(_ name: StaticString, of tag: MarkupScanner.Tag) -> (text: String, range: Range<Int>)? {
            scanner.attribute(name, of: tag).map { (XMLText.unescaped($0.value), $0.range) }
        }

        // First pass: the sheets in order, and the largest sheetId, for the new ids and places.
        var largestID = 0
        var templateNames: [String] = []
        var counting = MarkupScanner(bytes)
        while let tag = counting.next() {
            guard tag.kind != .closing, counting.localName(of: tag, is: "sheet") else { continue }
            if let id = counting.attribute("sheetId", of: tag).flatMap({ Int(String(decoding: $0.value, as: UTF8.self)) }) {
                largestID = max(largestID, id)
            }
            templateNames.append(counting.attribute("name", of: tag).map { XMLText.unescaped($0.value) } ?? "")
        }
        var places: [[Int]] = []
        var next = 0
        for name in templateNames {
            let count = copied.first { $0.template.name == name }?.copies.count ?? 1
            places.append(Array(next..<next + count))
            next += count
        }

        var sheetIndex = 0
        while let tag = scanner.next() {
            guard tag.kind != .closing else { continue }
            if scanner.localName(of: tag, is: "sheet") {
                defer { sheetIndex += 1 }
                guard let sheet = copied.first(where: { $0.template.name == templateNames[sheetIndex] }),
                    let name = value("name", of: tag), let id = value("sheetId", of: tag)
                else { continue }
                let relationship = scanner.attribute("r:id", of: tag)
                let element = bytes[tag.range]
                var entries = ""
                for (number, copy) in sheet.copies.enumerated() {
                    largestID += number == 0 ? 0 : 1
                    var edits = [(name.range, XMLText.escapedAttribute(copy.name))]
                    if number > 0 {
                        edits.append((id.range, String(largestID)))
                        if let relationship, let newID = sheet.relationshipIDs[number] { edits.append((relationship.range, newID)) }
                    }
                    entries += edited(element, edits)
                }
                replace(tag.range, with: entries)
            } else if scanner.localName(of: tag, is: "definedName"), tag.kind == .opening, let closing = scanner.next() {
                let whole = tag.range.lowerBound..<closing.range.upperBound
                let textRange = tag.range.upperBound..<closing.range.lowerBound
                let formula = XMLText.unescaped(bytes[textRange])
                let element = bytes[whole]
                let local = value("localSheetId", of: tag)
                let index = local.flatMap { Int($0.text) }
                var result = ""
                if let index, places.indices.contains(index), let sheet = copied.first(where: { $0.template.name == templateNames[index] }) {
                    for (number, copy) in sheet.copies.enumerated() {
                        let mover = ReferenceMover(sheet: nil, layouts: layouts, renamed: [sheet.template.name.lowercased(): copy.name])
                        result += edited(element, [(local!.range, String(places[index][number])),
                            (textRange, XMLText.escaped(mover.formula(formula)))])
                    }
                } else {
                    var edits = [(textRange, XMLText.escaped(ReferenceMover(sheet: nil, layouts: layouts).formula(formula)))]
                    if let local, let index, places.indices.contains(index) { edits.insert((local.range, String(places[index][0])), at: 0) }
                    result = edited(element, edits)
                }
                replace(whole, with: result)
            }
        }
        output += bytes[copiedUpTo...]
        return output
    }

    /// An element's bytes with the stretches given (in order, by their places in the whole part) replaced.
    private static func edited(_ element: ArraySlice<UInt8>, _ edits: [(Range<Int>, String)]) -> String {
        var text: [UInt8] = []
        var position = element.startIndex
        for (range, replacement) in edits.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            text += element[position..<range.lowerBound]
            text += Array(replacement.utf8)
            position = range.upperBound
        }
        text += element[position...]
        return String(decoding: text, as: UTF8.self)
    }
}
