/// The automatic styles of `content.xml`, made as the body needs them: one per distinct set of
/// properties, named by family and order of first use (P1, T1, Tb1, Co1, Ce1, Ro1), so the same
/// document always gets the same names.
struct OdtAutomaticStyles {
    private var xml = ""
    private var names: [String: String] = [:]
    private var counts: [String: Int] = [:]

    /// The name of the style with these attributes and inner XML, added if new.
    mutating func name(family: String, prefix: String, attributes: XMLBuilder.Attributes = [], content: String) -> String {
        var key = family
        for (name, value) in attributes { key += " " + name + "=" + value }
        key += content
        if let name = names[key] { return name }
        let count = counts[prefix, default: 0] + 1
        counts[prefix] = count
        let name = prefix + String(count)
        names[key] = name
        var x = XMLBuilder(declaration: false)
        x.open("style:style", [("style:name", name), ("style:family", family)] + attributes)
        x.raw(content)
        x.close("style:style")
        xml += x.text
        return name
    }

    var text: String { xml }
}
