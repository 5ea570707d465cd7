/// The OpenDocument namespaces the writers declare.
enum OdtNamespaces {
    static let office = ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0")
    static let style = ("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0")
    static let text = ("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0")
    static let table = ("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0")
    static let fo = ("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")
    static let svg = ("xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")
    static let meta = ("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0")
    static let dc = ("xmlns:dc", "http://purl.org/dc/elements/1.1/")
    static let config = ("xmlns:config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0")
    static let number = ("xmlns:number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0")
    /// The namespace of the `of:` prefix of spreadsheet formulas (OpenFormula).
    static let formula = ("xmlns:of", "urn:oasis:names:tc:opendocument:xmlns:of:1.2")
    static let manifest = ("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")

    static let version = ("office:version", "1.3")
    static let document: XMLBuilder.Attributes = [office, style, text, table, fo, svg]
}
