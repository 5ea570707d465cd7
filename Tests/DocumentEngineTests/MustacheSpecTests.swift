import Testing
import DocumentEngine

/// The official Mustache spec (interpolation, sections, inverted sections, comments) run through the engine,
/// each case as a DOCX and an ODT with one paragraph per line (see `MustacheLines`).
///
/// Every case either gives the spec's output or is listed in `differences` with its reason, and a listed case
/// is checked to behave the listed way, so the table cannot go stale in either direction.
@Suite struct MustacheSpecTests {
    @Test(arguments: MustacheSpecCase.all.map(\.id), DocumentFormat.textDocuments)
    func specCase(_ id: String, _ format: DocumentFormat) throws {
        let specCase = try #require(MustacheSpecCase.byID[id])
        let specOutput = MustacheSpecOutcome.paragraphs(MustacheLines.paragraphs(of: specCase.expected))
        let strict = try MustacheSpecOutcome.of(specCase, format: format, allowMissing: false)
        guard let difference = Self.differences[id], difference.formats.contains(format) else {
            #expect(strict == specOutput, "not in the table of differences, so it must give the spec's output")
            return
        }
        switch difference.behaviour {
        case .refused(let message):
            guard case .templateError(let error) = strict else {
                Issue.record("listed as refused, but the engine gives \(strict)")
                return
            }
            #expect(error.contains(message))
        case .prints(let text):
            #expect(strict == .paragraphs(MustacheLines.paragraphs(of: text)))
            #expect(MustacheLines.paragraphs(of: text) != MustacheLines.paragraphs(of: specCase.expected))
        case .needsAllowMissing:
            guard case .renderError = strict else {
                Issue.record("listed as an error without allowMissing, but the engine gives \(strict)")
                return
            }
            #expect(try MustacheSpecOutcome.of(specCase, format: format, allowMissing: true) == specOutput)
        case .absentSectionName:
            if case .renderError = strict {} else { #expect(strict == specOutput) }
            #expect(try MustacheSpecOutcome.of(specCase, format: format, allowMissing: true) == specOutput)
        }
    }

    @Test func theTableNamesOnlySpecCases() {
        #expect(Set(Self.differences.keys).subtracting(MustacheSpecCase.byID.keys).isEmpty)
    }

    // MARK: Where the engine differs from Mustache, and why

    enum Reason: String {
        case notHTML = """
            Documents are not HTML: a value prints as it is (& stays &); the XML escaping is the format's own and \
            invisible in the document.
            """
        case noUnescapedTags = """
            {{{name}}} and {{&name}} mean "do not HTML-escape"; there is no HTML escaping to turn off, and raw XML \
            from the data is never written, so these tags are refused as malformed.
            """
        case missingDataIsAnError = """
            Missing data is an error (every missing path listed at once) unless allowMissing / --allow-missing, which \
            prints it empty as Mustache does; null counts as missing, so data left empty is caught like data left out.
            """
        case absentSectionName = """
            A section over a name absent from the data: Mustache reads it as false. With allowMissing the engine \
            does too; without it, the engine is to refuse it (absent is not false), a change under way.
            """
        case tagsStayInAParagraph = """
            A tag lies within one paragraph: a line break inside a tag would be a paragraph mark in a document, so \
            a multi-line comment is an unclosed tag.
            """
        case openDocumentSpacesAroundRemovedTags = """
            Engine gap (to be fixed): in ODT a tag that prints nothing leaves the typed spaces on either side of it \
            as plain text next to each other, or at the paragraph's end, where ODF collapses or drops them; DOCX \
            keeps them.
            """
    }

    enum Behaviour {
        /// The template is refused; the message contains this.
        case refused(containing: String)
        /// The document reads as this text instead, paragraphs as lines.
        case prints(String)
        /// Without allowMissing rendering fails; with it, the spec's output.
        case needsAllowMissing
        /// With allowMissing the spec's output; without it the same, or an error once absent ≠ false.
        case absentSectionName
    }

    struct Difference {
        var reason: Reason
        var behaviour: Behaviour
        var formats: Set<DocumentFormat> = Set(DocumentFormat.textDocuments)
    }

    static let differences: [String: Difference] = {
        var table: [String: Difference] = [:]
        func list(_ reason: Reason, _ behaviour: Behaviour, formats: Set<DocumentFormat> = Set(DocumentFormat.textDocuments), _ ids: String...) {
            for id in ids {
                precondition(table[id] == nil, "\(id) is listed twice")
                table[id] = Difference(reason: reason, behaviour: behaviour, formats: formats)
            }
        }
        list(.notHTML, .prints("These characters should be HTML escaped: & \" < >\n"),
            "interpolation: HTML Escaping", "interpolation: Implicit Iterators - HTML Escaping")
        list(.notHTML, .prints("\"(&)(\")(<)(>)\""), "sections: Implicit Iterator - HTML Escaping")

        list(.noUnescapedTags, .refused(containing: "malformed tag"),
            "interpolation: Triple Mustache", "interpolation: Ampersand",
            "interpolation: Triple Mustache Integer Interpolation", "interpolation: Ampersand Integer Interpolation",
            "interpolation: Triple Mustache Decimal Interpolation", "interpolation: Ampersand Decimal Interpolation",
            "interpolation: Triple Mustache Null Interpolation", "interpolation: Ampersand Null Interpolation",
            "interpolation: Triple Mustache Context Miss Interpolation", "interpolation: Ampersand Context Miss Interpolation",
            "interpolation: Dotted Names - Triple Mustache Interpolation", "interpolation: Dotted Names - Ampersand Interpolation",
            "interpolation: Implicit Iterators - Triple Mustache", "interpolation: Implicit Iterators - Ampersand",
            "interpolation: Triple Mustache - Surrounding Whitespace", "interpolation: Ampersand - Surrounding Whitespace",
            "interpolation: Triple Mustache - Standalone", "interpolation: Ampersand - Standalone",
            "interpolation: Triple Mustache With Padding", "interpolation: Ampersand With Padding",
            "sections: Implicit Iterator - Triple mustache", "sections: Implicit Iterator - Ampersand")

        list(.missingDataIsAnError, .needsAllowMissing,
            "interpolation: Basic Null Interpolation", "interpolation: Basic Context Miss Interpolation",
            "interpolation: Dotted Names - Broken Chains", "interpolation: Dotted Names - Broken Chain Resolution",
            "interpolation: Dotted Names - Context Precedence", "interpolation: Dotted Names are never single keys")

        list(.absentSectionName, .absentSectionName,
            "sections: Context Misses", "sections: Dotted Names - Broken Chains",
            "inverted: Context Misses", "inverted: Dotted Names - Broken Chains")

        list(.tagsStayInAParagraph, .refused(containing: "is not closed"),
            "comments: Multiline", "comments: Multiline Standalone", "comments: Indented Multiline Standalone")

        list(.openDocumentSpacesAroundRemovedTags, .prints("12345 67890"), formats: [.odt], "comments: Surrounding Whitespace")
        list(.openDocumentSpacesAroundRemovedTags, .prints("  12"), formats: [.odt], "comments: Indented Inline")
        list(.openDocumentSpacesAroundRemovedTags, .prints("| A E |"), formats: [.odt],
            "sections: Nested (Falsey)", "inverted: Nested (Truthy)")
        list(.openDocumentSpacesAroundRemovedTags, .prints(" |\n  | \n"), formats: [.odt],
            "sections: Internal Whitespace", "inverted: Internal Whitespace")
        return table
    }()
}
