/// Cuts a serialized part at its markers (`<?mentordocs v3?>`) into literal bytes, values and sections.
struct MarkedPartReader {
    let part: String
    let occurrences: [TagOccurrence]
    let dialect: Dialect

    private static let opening = Array("<?\(SectionPlacer.markerName) ".utf8)
    private static let closing = Array("?>".utf8)

    private struct OpenSection {
        var index: Int
        var isGuard = false
        var nodes: [TemplateNode] = []
    }

    /// Whether a stretch that may repeat holds a name or id that must stay unique.
    private(set) var repeatsUniqueNames = false

    mutating func read(_ bytes: [UInt8], problems: inout [TemplateProblem]) -> [TemplateNode]? {
        var stack = [OpenSection(index: -1)]
        var literalStart = 0
        var position = 0
        while let markerStart = Self.find(Self.opening, in: bytes, from: position) {
            guard let markerEnd = Self.find(Self.closing, in: bytes, from: markerStart) else { break }
            let content = String(decoding: bytes[(markerStart + Self.opening.count)..<markerEnd], as: UTF8.self)
            position = markerEnd + Self.closing.count
            guard let kind = content.first, let index = Int(content.dropFirst()), occurrences.indices.contains(index) else {
                continue
            }
            if markerStart > literalStart {
                stack[stack.count - 1].nodes.append(.literal(Array(bytes[literalStart..<markerStart])))
            }
            literalStart = position
            let occurrence = occurrences[index]
            switch kind {
            case "v":
                guard case .value(let expression) = occurrence.tag else { continue }
                stack[stack.count - 1].nodes.append(.value(ValueSlot(index: index, expression: expression, source: occurrence.source, location: occurrence.location)))
            case "o", "g":
                stack.append(OpenSection(index: index, isGuard: kind == "g"))
            case "e":
                let section = stack.removeLast()
                guard section.isGuard, section.index == index, case .open(let path, let inverted, _) = occurrence.tag else {
                    problems.append(TemplateProblem(.internalError, part: part, "a table's guard was misplaced while compiling; this is a bug in mentordocs"))
                    return nil
                }
                stack[stack.count - 1].nodes.append(.section(SectionSlot(
                    path: path, inverted: inverted, source: occurrence.source, location: occurrence.location,
                    body: section.nodes, separator: nil, repeats: false)))
            case "c":
                let section = stack.removeLast()
                guard section.index >= 0, !section.isGuard, case .open(let path, let inverted, let pageBreak) = occurrences[section.index].tag,
                    case .close(let closePath) = occurrence.tag, closePath == path
                else {
                    problems.append(TemplateProblem(.misplacedSection, location: occurrence.location,
                        "“\(occurrence.source)” ends a section that overlaps another one; put the closing tag of one section and the opening tag of the next in separate paragraphs"))
                    return nil
                }
                let opener = occurrences[section.index]
                if !inverted, !repeatsUniqueNames { repeatsUniqueNames = holdsUniqueNames(section.nodes) }
                stack[stack.count - 1].nodes.append(.section(SectionSlot(
                    path: path, inverted: inverted, source: opener.source, location: opener.location,
                    body: section.nodes, separator: pageBreak ? dialect.pageBreak : nil)))
            default:
                continue  // a comment: prints nothing
            }
        }
        if literalStart < bytes.count {
            stack[stack.count - 1].nodes.append(.literal(Array(bytes[literalStart...])))
        }
        guard stack.count == 1 else {
            problems.append(TemplateProblem(.internalError, part: part, "a section's markers were lost while compiling; this is a bug in mentordocs"))
            return nil
        }
        return stack[0].nodes
    }

    private func holdsUniqueNames(_ nodes: [TemplateNode]) -> Bool {
        nodes.contains { node in
            guard case .literal(let bytes) = node else { return false }
            return dialect.uniquelyNamed.contains { Self.find($0, in: bytes, from: 0) != nil }
        }
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        let first = needle[0]
        let limit = haystack.count - needle.count
        while index <= limit {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
