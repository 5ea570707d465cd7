/// Markup that is safe to send, by construction: every piece of text and every attribute value in it
/// was escaped when it was added, and the names of elements and attributes are `StaticString`s, written
/// in this module's source, so nothing from a spec or a request can become a tag or an attribute.
///
/// Pages are built with `element` and the `HTMLBuilder` result builder; a `String` written among an
/// element's contents is text, escaped:
///
/// ```swift
/// element("td", .class("name")) { participant.person.fullName }   // <td class="name">Лебедев Лев…</td>
/// ```
///
/// There is no way to add a string as markup: the only markup is what `element` writes.
struct HTML: Sendable, Equatable {
    /// The escaped markup.
    private(set) var markup: String

    private init(markup: String) { self.markup = markup }

    /// Nothing.
    static let empty = HTML(markup: "")

    /// `text`, escaped: `<script>` becomes `&lt;script&gt;`.
    init(text: String) { markup = Self.escaped(text) }

    /// An element and what it holds: `<name attributes>content</name>`.
    static func element(_ name: StaticString, _ attributes: [Attribute], content: HTML) -> HTML {
        var html = openingTag(name, attributes)
        html.markup += content.markup
        html.markup += "</\(name)>"
        return html
    }

    /// An element that holds nothing and has no closing tag: `<input …>`, `<meta …>`, `<br>`.
    static func void(_ name: StaticString, _ attributes: [Attribute]) -> HTML { openingTag(name, attributes) }

    /// `<script>` holding one of the module's own scripts, which the Content-Security-Policy allows by its hash.
    static func script(_ script: PageScript) -> HTML { HTML(markup: "<script>" + script.source + "</script>") }

    /// A whole page: the doctype, then `html`.
    static func document(_ html: HTML) -> HTML { HTML(markup: "<!DOCTYPE html>\n" + html.markup) }

    static func + (left: HTML, right: HTML) -> HTML { HTML(markup: left.markup + right.markup) }

    static func += (left: inout HTML, right: HTML) { left.markup += right.markup }

    /// `parts` one after another, copied once: adding them one by one with `+` copied what was built so far
    /// at each step, which for a table of 1,000 rows was most of the participants page's time.
    static func joined(_ parts: [HTML]) -> HTML {
        var markup = ""
        markup.reserveCapacity(parts.reduce(0) { $0 + $1.markup.utf8.count })
        for part in parts { markup += part.markup }
        return HTML(markup: markup)
    }

    private static func openingTag(_ name: StaticString, _ attributes: [Attribute]) -> HTML {
        var markup = "<\(name)"
        for attribute in attributes {
            switch attribute.value {
            case .none: continue
            case .present: markup += " \(attribute.name)"
            case .text(let value): markup += " \(attribute.name)=\"\(escaped(value))\""
            }
        }
        return HTML(markup: markup + ">")
    }

    /// The five characters that could end a text or a quoted attribute value, as references.
    static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

/// An attribute of an element: a name written in the source, and a value escaped when written.
struct Attribute: Sendable {
    enum Value: Sendable {
        /// Left out: a boolean attribute that is false.
        case none
        /// A boolean attribute that is true: `checked`.
        case present
        case text(String)
    }

    let name: StaticString
    let value: Value

    init(_ name: StaticString, _ value: String) {
        self.name = name
        self.value = .text(value)
    }

    /// A boolean attribute, written bare when `isOn` and left out otherwise.
    init(_ name: StaticString, flag isOn: Bool) {
        self.name = name
        self.value = isOn ? .present : .none
    }

    static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    static func id(_ value: String) -> Attribute { Attribute("id", value) }
    static func name(_ value: String) -> Attribute { Attribute("name", value) }
    static func value(_ value: String) -> Attribute { Attribute("value", value) }
    static func type(_ value: String) -> Attribute { Attribute("type", value) }
    static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    /// A link to one of this server's own pages: its address is built from a path and escaped
    /// query values, never taken from data as it is.
    static func href(_ link: Link) -> Attribute { Attribute("href", link.address) }
    static func checked(_ isOn: Bool) -> Attribute { Attribute("checked", flag: isOn) }
    static func selected(_ isOn: Bool) -> Attribute { Attribute("selected", flag: isOn) }
}

/// Builds the contents of an element from statements: elements, text (a `String`, escaped), `if`,
/// `for` and optionals.
@resultBuilder
enum HTMLBuilder {
    static func buildExpression(_ html: HTML) -> HTML { html }
    static func buildExpression(_ text: String) -> HTML { HTML(text: text) }
    static func buildExpression(_ texts: [HTML]) -> HTML { HTML.joined(texts) }
    static func buildBlock(_ parts: HTML...) -> HTML { HTML.joined(parts) }
    static func buildOptional(_ part: HTML?) -> HTML { part ?? .empty }
    static func buildEither(first part: HTML) -> HTML { part }
    static func buildEither(second part: HTML) -> HTML { part }
    static func buildArray(_ parts: [HTML]) -> HTML { HTML.joined(parts) }
}

/// `<name attributes>…</name>`, its contents built from statements.
func element(_ name: StaticString, _ attributes: Attribute..., @HTMLBuilder content: () -> HTML) -> HTML {
    HTML.element(name, attributes, content: content())
}

/// An element with no contents: `<td></td>`, or a void element such as `<input>` with `void`.
func element(_ name: StaticString, _ attributes: Attribute...) -> HTML {
    HTML.element(name, attributes, content: .empty)
}

/// A void element: `<input …>`, `<meta …>`, `<link …>`.
func void(_ name: StaticString, _ attributes: Attribute...) -> HTML {
    HTML.void(name, attributes)
}
