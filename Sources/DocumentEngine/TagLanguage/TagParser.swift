/// Reads the inside of one `{{ … }}` into a `Tag`.
///
/// Editors turn straight quotes into “curly” or «angle» ones and put no-break spaces where the
/// user typed spaces; all of those are read as the user meant them.
public struct TagParser {
    private var characters: [Character]
    private var position = 0

    /// `source` is the whole tag, braces included.
    public static func parse(_ source: String) throws(TagSyntaxError) -> Tag {
        var inner = Substring(source)
        guard inner.hasPrefix("{{"), inner.hasSuffix("}}"), inner.count >= 4 else {
            throw TagSyntaxError(.notATag, "a tag must start with {{ and end with }}")
        }
        inner = inner.dropFirst(2).dropLast(2)
        var parser = TagParser(characters: Array(inner))
        return try parser.readTag()
    }

    private init(characters: [Character]) { self.characters = characters }

    private mutating func readTag() throws(TagSyntaxError) -> Tag {
        skipSpaces()
        guard let first = peek else { throw TagSyntaxError(.empty, "the tag is empty") }
        switch first {
        case "!":
            return .comment
        case "#", "^":
            advance()
            skipSpaces()
            let path = try readPath()
            skipSpaces()
            var pageBreak = false
            if !isAtEnd {
                let word = readWord()
                guard word != RepeatedColumns.keyword else {
                    throw TagSyntaxError(.unexpectedText, "“across” repeats a spreadsheet's columns: it goes at the start of a cell of an XLSX or ODS sheet, {{#list across}}, and is closed at the end of a cell of the same row")
                }
                guard word == "pagebreak" else {
                    throw TagSyntaxError(.unexpectedText, "unexpected “\(word.isEmpty ? String(peek!) : word)” after the section name; only “pagebreak” may follow it")
                }
                guard first == "#" else { throw TagSyntaxError(.misplacedPageBreak, "“pagebreak” goes with {{#…}}, not {{^…}}") }
                pageBreak = true
                skipSpaces()
            }
            try expectEnd()
            return .open(path, inverted: first == "^", pageBreak: pageBreak)
        case "/":
            advance()
            skipSpaces()
            if isAtEnd { return .close(nil) }
            let path = try readPath()
            skipSpaces()
            try expectEnd()
            return .close(path)
        default:
            return .value(try readExpression())
        }
    }

    private mutating func readExpression() throws(TagSyntaxError) -> Expression {
        let path = try readPath()
        var filters: [FilterCall] = []
        skipSpaces()
        while peek == "|" {
            advance()
            skipSpaces()
            filters.append(try readFilter())
            skipSpaces()
        }
        try expectEnd()
        return Expression(path: path, filters: filters)
    }

    private mutating func readFilter() throws(TagSyntaxError) -> FilterCall {
        let name = readWord()
        guard !name.isEmpty else { throw TagSyntaxError(.missingName, "a filter name is missing after “|”") }
        skipSpaces()
        var arguments: [FilterArgument] = []
        if peek == ":" {
            advance()
            repeat {
                skipSpaces()
                arguments.append(try readArgument())
                skipSpaces()
            } while consume(",")
        }
        return FilterCall(name: name, arguments: arguments)
    }

    private mutating func readArgument() throws(TagSyntaxError) -> FilterArgument {
        guard let first = peek else { throw TagSyntaxError(.missingArgument, "a filter argument is missing after “:”") }
        if let closing = Self.closingQuote[first] {
            advance()
            var text = ""
            while let character = peek, character != closing {
                text.append(character)
                advance()
            }
            guard consume(closing) else { throw TagSyntaxError(.unclosedQuote, "the quoted argument “\(text)” is not closed") }
            return .text(text)
        }
        if first.isNumber || first == "-" {
            var number = String(first)
            advance()
            while let character = peek, character.isNumber || character == "." {
                number.append(character)
                advance()
            }
            return .text(number)
        }
        return .path(try readPath())
    }

    private mutating func readPath() throws(TagSyntaxError) -> DataPath {
        if peek == "." {
            advance()
            if isAtEnd || peek.map(Self.isSpace) == true || peek == "|" { return DataPath([]) }
            throw TagSyntaxError(.invalidPath, "a path may not start with “.” (write “.” alone for the current item)")
        }
        var segments: [DataPath.Segment] = []
        repeat {
            segments.append(try readSegment())
        } while consume(".")
        return DataPath(segments)
    }

    private mutating func readSegment() throws(TagSyntaxError) -> DataPath.Segment {
        if consume("@") {
            let name = readWord()
            guard DataPath.loopVariables.contains(name) else {
                throw TagSyntaxError(.unknownLoopVariable, "unknown loop variable “@\(name)”; use @index, @first, @last or @count")
            }
            return .loop(name)
        }
        let word = readWord()
        guard !word.isEmpty else {
            if let character = peek { throw TagSyntaxError(.unexpectedText, "unexpected “\(character)” where a name was expected") }
            throw TagSyntaxError(.missingName, "a name is missing")
        }
        if word.allSatisfy(\.isASCIIDigit) {
            guard let position = Int(word), position >= 1 else {
                throw TagSyntaxError(.invalidPath, "list positions count from 1 (“\(word)” is not one)")
            }
            return .position(position)
        }
        return .key(FieldName(word))
    }

    private mutating func readWord() -> String {
        var word = ""
        while let character = peek, character.isLetter || character.isNumber || character == "_" || character == "-" {
            word.append(character)
            advance()
        }
        return word
    }

    private mutating func expectEnd() throws(TagSyntaxError) {
        skipSpaces()
        if let character = peek { throw TagSyntaxError(.unexpectedText, "unexpected “\(character)” in the tag") }
    }

    // MARK: Reading characters

    private var isAtEnd: Bool { position >= characters.count }
    private var peek: Character? { isAtEnd ? nil : characters[position] }
    private mutating func advance() { position += 1 }

    private mutating func consume(_ character: Character) -> Bool {
        guard peek == character else { return false }
        advance()
        return true
    }

    private mutating func skipSpaces() {
        while let character = peek, Self.isSpace(character) { advance() }
    }

    private static func isSpace(_ character: Character) -> Bool { character.isWhitespace }

    private static let closingQuote: [Character: Character] = [
        "\"": "\"", "'": "'", "“": "”", "„": "“", "«": "»", "”": "”", "‘": "’",
    ]
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// What is wrong inside one tag, before it is given a place.
public struct TagSyntaxError: Error, Sendable, Equatable {
    /// What kind of mistake the tag holds.
    public let kind: Kind
    /// The mistake, in words for the person who typed the tag.
    public let message: String

    /// A tag mistake of `kind`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}

extension TagSyntaxError {
    /// The mistakes a tag can hold; each is fixed by retyping the tag, and the kind says where to look.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The text does not start with `{{` and end with `}}`.
        case notATag
        /// Nothing between the braces.
        case empty
        /// Text where none may stand: after a section's name, between names, after the expression.
        case unexpectedText
        /// A name is missing: after a dot, after `|`, after `#`.
        case missingName
        /// A filter's argument is missing after `:` or `,`.
        case missingArgument
        /// A quoted filter argument is not closed.
        case unclosedQuote
        /// A path that cannot name anything: starting with a dot, or a list position below 1.
        case invalidPath
        /// `@` followed by anything but `index`, `first`, `last` or `count`.
        case unknownLoopVariable
        /// `pagebreak` after `{{^…}}`, where there is nothing to repeat.
        case misplacedPageBreak
        /// A section tag where only values may stand (a file name pattern).
        case sectionNotAllowed
    }
}
