public import DocumentEngine

/// The data paths a template reads, written out in full: a value inside `{{#pairs}}` reads
/// `pairs[].mentor`, so a person can see which list each field belongs to.
public enum TemplateDataPaths {
    /// Each path `tags` read, once, in the order of first use: `org.short_name`, `pairs (section)`,
    /// `pairs[].mentor.full_name`; then the groups `charts` are filled from: `satisfaction (chart)`.
    public static func paths(of tags: [TagUse], charts: [ChartUse] = []) -> [String] {
        var stack: [String] = []
        var seen: [String] = []
        func add(_ path: DataPath, suffix: String = "") {
            guard !path.isCurrentItem, case .key = path.segments.first else { return }
            let prefix = stack.last.map { $0 + "[]." } ?? ""
            let full = prefix + path.description + suffix
            if !seen.contains(full) { seen.append(full) }
        }
        for use in tags {
            switch use.tag {
            case .value(let expression):
                add(expression.path)
                for call in expression.filters {
                    for case .path(let argument) in call.arguments { add(argument) }
                }
            case .open(let path, _, _):
                add(path, suffix: " (section)")
                let prefix = stack.last.map { $0 + "[]." } ?? ""
                stack.append(prefix + path.description)
            case .close:
                if !stack.isEmpty { stack.removeLast() }
            case .comment:
                continue
            }
        }
        stack.removeAll()
        for chart in charts { add(chart.path, suffix: " (chart)") }
        return seen
    }
}
