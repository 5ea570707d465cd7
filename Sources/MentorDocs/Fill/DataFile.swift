public import DocumentEngine
public import SpecSyntax

/// Any file in the spec syntax read as template data: the whole parsed tree is the context.
/// This is how a school fills its own forms with `mentordocs fill`.
public enum DataFile {
    /// The data of the file at `path`; the error lists every syntax problem with its line and column.
    public static func load(_ path: String) throws(SpecSyntaxError) -> TemplateValue {
        value(of: try SpecParser.parse(contentsOf: path))
    }

    /// Mappings become groups, sequences lists; `true`/`false` (and `да`/`нет`) become yes/no so
    /// that `{{#flag}}` hides for `false`; everything else stays text.
    public static func value(of node: SpecNode) -> TemplateValue {
        switch node.kind {
        case .null:
            return .null
        case .scalar(let scalar):
            if scalar.style == .plain {
                switch scalar.text.lowercased() {
                case "true", "yes", "да": return .bool(true)
                case "false", "no", "нет": return .bool(false)
                default: break
                }
            }
            return .text(scalar.text)
        case .sequence(let items):
            return .list(items.map(value(of:)))
        case .mapping(let entries):
            var fields = TemplateFields()
            for entry in entries { fields[entry.key] = value(of: entry.value) }
            return .map(fields)
        }
    }
}
