/// Writes XML text element by element, escaping every text and attribute value.
///
/// The writers build whole parts with it; nothing here reads XML back.
struct XMLBuilder {
    typealias Attributes = [(String, String)]

    private(set) var text: String

    /// A part starts with the XML declaration; a fragment (a body built before its styles) does not.
    init(declaration: Bool = true) {
        text = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" : ""
    }

    var bytes: [UInt8] { Array(text.utf8) }

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        text += "<" + name
        appendAttributes(attributes)
        text += ">"
    }

    mutating func close(_ name: String) { text += "</" + name + ">" }

    /// An element with no content: `<name a="b"/>`.
    mutating func leaf(_ name: String, _ attributes: Attributes = []) {
        text += "<" + name
        appendAttributes(attributes)
        text += "/>"
    }

    mutating func element(_ name: String, _ attributes: Attributes = [], text content: String) {
        open(name, attributes)
        self.text(content)
        close(name)
    }

    mutating func element(_ name: String, _ attributes: Attributes = [], _ body: (inout XMLBuilder) -> Void) {
        open(name, attributes)
        body(&self)
        close(name)
    }

    mutating func text(_ content: String) { text += Self.escaped(content) }

    /// Already-built XML (a fragment from another builder).
    mutating func raw(_ xml: String) { text += xml }

    private mutating func appendAttributes(_ attributes: Attributes) {
        for (name, value) in attributes { text += " " + name + "=\"" + Self.escaped(value) + "\"" }
    }

    /// Escapes markup characters and drops the control characters XML 1.0 does not allow.
    static func escaped(_ value: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
