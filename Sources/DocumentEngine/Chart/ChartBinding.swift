/// The tag that binds a chart to data, typed into the chart's title in Word or LibreOffice:
/// `Удовлетворённость {{#chart satisfaction}}`. The title keeps the text around it; a title that
/// was only the tag is removed.
///
/// The title is where the tag goes because it is the chart's one piece of text both editors let a
/// user type and keep through saving in the other's format (alt text is lost on the way).
struct ChartBinding: Sendable, Equatable {
    /// The data path of the group the chart is filled from.
    var path: DataPath
    /// The title's text without the tag, its white space trimmed; empty when the tag was all of it.
    var title: String

    /// What a title holds: no tag, a binding, or a tag that is not one (named in `problem`).
    enum Reading: Equatable {
        case unbound
        case bound(ChartBinding)
        case problem(String)
    }

    static let keyword = "#chart"

    /// Reads a chart's title text.
    static func read(title text: String) -> Reading {
        guard let open = text.firstRange(of: "{{") else { return .unbound }
        guard let close = text[open.upperBound...].firstRange(of: "}}") else {
            return .problem("the chart's title «\(text)» has “{{” without its “}}”")
        }
        let source = String(text[open.lowerBound..<close.upperBound])
        let inside = text[open.upperBound..<close.lowerBound].trimmingWhitespace()
        guard inside.hasPrefix(keyword), inside.dropFirst(keyword.count).first?.isWhitespace == true else {
            return .problem("the chart's title holds “\(source)”; a chart's title takes one tag, {{#chart name}}, naming the data it shows")
        }
        let pathText = inside.dropFirst(keyword.count).trimmingWhitespace()
        guard let path = try? DataPath(parsing: pathText), !path.isCurrentItem else {
            return .problem("“\(pathText)” in “\(source)” is not a data path")
        }
        let rest = text[..<open.lowerBound] + text[close.upperBound...]
        if rest.contains("{{") {
            return .problem("the chart's title holds more than one tag; it takes one, {{#chart name}}")
        }
        return .bound(ChartBinding(path: path, title: rest.trimmingWhitespace()))
    }
}
