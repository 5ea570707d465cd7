/// Mends a rendered ODF part: copies of frames, images and tables get names of their own, copies of
/// bookmarks and notes their own names and ids, as ODF requires them unique. (An ODF cell may end
/// with anything, so cells need nothing.)
func mendOpenDocumentPart(_ bytes: inout [UInt8], _ mending: PartMending, _ numbers: inout UniqueNumbers) {
    guard mending.contains(.uniqueNames) else { return }
    var scanner = MarkupScanner(bytes)
    var edits = ByteEdits(bytes)
    var changed = false
    var drawingNames = UsedNames()
    var tableNames = UsedNames()
    var bookmarkNames = UsedNames()
    var identifiers = UsedNames()
    var renamedEnds: [ArraySlice<UInt8>: [UInt8]] = [:]

    func rename(_ attribute: (value: ArraySlice<UInt8>, range: Range<Int>)?, in names: inout UsedNames) -> [UInt8]? {
        guard let attribute, !names.take(attribute.value) else { return nil }
        let fresh = names.fresh(from: attribute.value)
        edits.replace(attribute.range, with: fresh)
        changed = true
        return fresh
    }

    while let tag = scanner.next() {
        guard tag.kind != .closing else { continue }
        // Attributes are mended in the order they stand in the tag.
        var found: [(StaticString, (value: ArraySlice<UInt8>, range: Range<Int>))] = []
        for name: StaticString in ["draw:name", "table:name", "text:name", "xml:id", "text:id"] {
            if let attribute = scanner.attribute(name, of: tag) { found.append((name, attribute)) }
        }
        for (name, attribute) in found.sorted(by: { $0.1.range.lowerBound < $1.1.range.lowerBound }) {
            switch name.description {
            case "draw:name":
                _ = rename(attribute, in: &drawingNames)
            case "table:name" where scanner.name(of: tag, is: "table:table"):
                _ = rename(attribute, in: &tableNames)
            case "text:name" where scanner.name(of: tag, is: "text:bookmark-end"):
                if let fresh = renamedEnds.removeValue(forKey: attribute.value) {
                    edits.replace(attribute.range, with: fresh)
                    changed = true
                }
            case "text:name" where scanner.name(of: tag, is: "text:bookmark") || scanner.name(of: tag, is: "text:bookmark-start"):
                if let fresh = rename(attribute, in: &bookmarkNames), scanner.name(of: tag, is: "text:bookmark-start") {
                    renamedEnds[attribute.value] = fresh
                }
            case "xml:id", "text:id":
                _ = rename(attribute, in: &identifiers)
            default:
                continue
            }
        }
    }
    if changed { bytes = edits.finish() }
}
