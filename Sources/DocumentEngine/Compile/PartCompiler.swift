import CLibxml2Shim

/// Compiles one XML part: finds its tags, checks their structure, decides what each section
/// repeats, and turns the part into literal bytes, values and sections.
struct PartCompiler {
    let part: String
    let dialect: Dialect
    let filters: FilterRegistry
    private(set) var problems: [TemplateProblem] = []
    private(set) var occurrences: [TagOccurrence] = []

    init(part: String, dialect: Dialect, filters: FilterRegistry) {
        self.part = part
        self.dialect = dialect
        self.filters = filters
    }

    /// The compiled nodes, or nil when the part has problems (then see `problems`).
    mutating func compile(_ document: XMLDocument) -> [TemplateNode]? {
        guard let root = document.root else { return nil }
        findTags(in: root, document: document)
        checkFilters()
        let sections = matchSections()
        problems.sort { ($0.location?.paragraph ?? 0) < ($1.location?.paragraph ?? 0) }
        guard problems.isEmpty else { return nil }
        dialect.prepare(document)
        SectionPlacer(dialect: dialect, document: document).place(occurrences, sections: sections, problems: &problems)
        guard problems.isEmpty else { return nil }
        return MarkedPartReader(part: part, occurrences: occurrences, dialect: dialect)
            .read(document.serialized(), problems: &problems)
    }

    // MARK: Finding tags

    private mutating func findTags(in root: XMLNode, document: XMLDocument) {
        var paragraphs: [XMLNode] = []
        root.forEachDescendant { node in
            if node.isAny(dialect.paragraphs) { paragraphs.append(node) }
            return .descend
        }
        for (index, paragraph) in paragraphs.enumerated() {
            let text = ParagraphText(paragraph, dialect: dialect)
            let ranges = text.tagRanges()
            guard !ranges.isEmpty else { continue }
            var found: [(TagOccurrence, Range<Int>)] = []
            for (range, closed) in ranges {
                let source = String(String.UnicodeScalarView(text.scalars[range]))
                let location = TagLocation(part: part, paragraph: index + 1, excerpt: text.excerpt(around: range))
                guard closed else {
                    problems.append(TemplateProblem(location: location, "the tag “\(source)” is not closed with }}"))
                    continue
                }
                do throws(TagSyntaxError) {
                    let tag = try TagParser.parse(source)
                    let marker = document.newProcessingInstruction(
                        SectionPlacer.markerName, SectionPlacer.markerText(for: tag, index: occurrences.count + found.count))
                    found.append((TagOccurrence(tag: tag, source: source, location: location, paragraph: paragraph, marker: marker), range))
                } catch {
                    problems.append(TemplateProblem(location: location, "malformed tag “\(source)”: \(error.message)"))
                }
            }
            // Right to left, so that isolating one tag leaves the pieces of the earlier ones intact.
            for (occurrence, range) in found.reversed() {
                text.isolate(range, with: occurrence.marker, document: document)
            }
            occurrences.append(contentsOf: found.map(\.0))
        }
    }

    private mutating func checkFilters() {
        for occurrence in occurrences {
            guard case .value(let expression) = occurrence.tag else { continue }
            for call in expression.filters {
                guard let filter = filters[call.name] else {
                    problems.append(TemplateProblem(location: occurrence.location,
                        "unknown filter “\(call.name)” in “\(occurrence.source)”"))
                    continue
                }
                if !filter.arguments.contains(call.arguments.count) {
                    let expected = filter.arguments.lowerBound == filter.arguments.upperBound
                        ? "\(filter.arguments.lowerBound)" : "\(filter.arguments.lowerBound) to \(filter.arguments.upperBound)"
                    problems.append(TemplateProblem(location: occurrence.location,
                        "the filter “\(call.name)” takes \(expected) argument(s), \(call.arguments.count) given in “\(occurrence.source)”"))
                }
            }
        }
    }

    // MARK: Matching sections

    private mutating func matchSections() -> [SectionPair] {
        var stack: [(index: Int, path: DataPath)] = []
        var pairs: [SectionPair] = []
        for (index, occurrence) in occurrences.enumerated() {
            switch occurrence.tag {
            case .open(let path, _, _):
                stack.append((index, path))
            case .close(let path):
                if let top = stack.last, top.path == path {
                    stack.removeLast()
                    pairs.append(SectionPair(open: top.index, close: index))
                } else if let top = stack.last, let match = stack.lastIndex(where: { $0.path == path }) {
                    problems.append(TemplateProblem(location: occurrence.location,
                        "“\(occurrence.source)” closes “\(path)” while “\(top.path)” is still open (opened at \(occurrences[top.index].location)); close “\(top.path)” first"))
                    stack.removeSubrange(match...)
                } else if let top = stack.last {
                    problems.append(TemplateProblem(location: occurrence.location,
                        "“\(occurrence.source)” does not match the open section “\(top.path)” (opened at \(occurrences[top.index].location))"))
                } else {
                    problems.append(TemplateProblem(location: occurrence.location,
                        "“\(occurrence.source)” closes a section that was never opened"))
                }
            case .value, .comment:
                continue
            }
        }
        for (index, path) in stack {
            problems.append(TemplateProblem(location: occurrences[index].location,
                "the section “\(occurrences[index].source)” is never closed; add {{/\(path)}}"))
        }
        return pairs.sorted { $0.open < $1.open }
    }
}
