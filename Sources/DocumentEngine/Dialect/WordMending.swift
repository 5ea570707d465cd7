/// Mends a rendered Word part:
///
/// - every table cell ends with a paragraph (Word calls a file whose cell ends with a table, or
///   holds no paragraph at all, corrupt);
/// - copies of drawings get their own `wp:docPr` id (Word reports unreadable content otherwise);
/// - copies of bookmarks get their own id and name, and Word's own `_GoBack` is dropped.
func mendWordPart(_ bytes: inout [UInt8], _ mending: PartMending, _ numbers: inout UniqueNumbers) {
    var scanner = MarkupScanner(bytes)
    var edits = ByteEdits(bytes)
    var changed = false
    // Open elements by local name, and for each open cell whether its last block was a paragraph.
    var open: [ArraySlice<UInt8>] = []
    var cellEndsWithParagraph: [Bool] = []
    var drawingIDs: Set<ArraySlice<UInt8>> = []
    var bookmarkIDs: Set<ArraySlice<UInt8>> = []
    var bookmarkNames = UsedNames()
    var renamedEnds: [ArraySlice<UInt8>: [UInt8]] = [:]
    var droppedEnds: [ArraySlice<UInt8>: Int] = [:]
    let cells = mending.contains(.cellParagraphs)
    let names = mending.contains(.uniqueNames)

    func parentIsCell() -> Bool { open.last.map { $0.elementsEqual("tc".utf8) } ?? false }

    while let tag = scanner.next() {
        let local = bytes[tag.localName]
        if cells {
            switch tag.kind {
            case .opening:
                if local.elementsEqual("tc".utf8) { cellEndsWithParagraph.append(false) }
                open.append(local)
            case .empty:
                if local.elementsEqual("p".utf8), parentIsCell() { cellEndsWithParagraph[cellEndsWithParagraph.count - 1] = true }
            case .closing:
                if !open.isEmpty { open.removeLast() }
                if local.elementsEqual("tc".utf8) {
                    if cellEndsWithParagraph.popLast() == false {
                        let prefix = bytes[tag.name.lowerBound..<tag.localName.lowerBound]
                        edits.insert(Array("<".utf8) + prefix + Array("p/>".utf8), at: tag.range.lowerBound)
                        changed = true
                    }
                } else if parentIsCell() {
                    // A paragraph, or a content control or custom XML block ending with one, closes the cell well.
                    let endsWell = local.elementsEqual("p".utf8) || local.elementsEqual("sdt".utf8) || local.elementsEqual("customXml".utf8)
                    if local.elementsEqual("tbl".utf8) || endsWell { cellEndsWithParagraph[cellEndsWithParagraph.count - 1] = endsWell }
                }
            }
        }
        guard names, tag.kind != .closing else { continue }
        if local.elementsEqual("docPr".utf8), let id = scanner.attribute("id", of: tag), !drawingIDs.insert(id.value).inserted {
            edits.replace(id.range, with: Array(String(numbers.take()).utf8))
            changed = true
        } else if local.elementsEqual("bookmarkStart".utf8), let id = scanner.attribute("w:id", of: tag),
            let name = scanner.attribute("w:name", of: tag)
        {
            if name.value.elementsEqual("_GoBack".utf8) {
                edits.replace(tag.range, with: [])
                droppedEnds[id.value, default: 0] += 1
                changed = true
                continue
            }
            let idIsNew = bookmarkIDs.insert(id.value).inserted
            let nameIsNew = bookmarkNames.take(name.value)
            guard !idIsNew || !nameIsNew else { continue }
            let newID = idIsNew ? Array(id.value) : Array(String(numbers.take()).utf8)
            if !idIsNew { renamedEnds[id.value] = newID }
            let newName = nameIsNew ? Array(name.value) : bookmarkNames.fresh(from: name.value)
            // The id comes before the name in Word's files, but either order is mended.
            let (firstRange, firstBytes, secondRange, secondBytes) = id.range.lowerBound < name.range.lowerBound
                ? (id.range, newID, name.range, newName) : (name.range, newName, id.range, newID)
            edits.replace(firstRange, with: firstBytes)
            edits.replace(secondRange, with: secondBytes)
            changed = true
        } else if local.elementsEqual("bookmarkEnd".utf8), let id = scanner.attribute("w:id", of: tag) {
            if let dropped = droppedEnds[id.value], dropped > 0 {
                droppedEnds[id.value] = dropped - 1
                edits.replace(tag.range, with: [])
                changed = true
            } else if let newID = renamedEnds.removeValue(forKey: id.value) {
                edits.replace(id.range, with: newID)
                changed = true
            }
        }
    }
    if changed { bytes = edits.finish() }
}
