/// The state of one parse: the lines, where we are, and what has gone wrong so far.
///
/// The parser reads block structure line by line (indentation decides nesting) and switches to a
/// character cursor for what may run across lines: quoted strings and flow collections.
struct Parser {
    struct Line {
        var number: Int
        var scalars: [Unicode.Scalar]
        /// Where the content starts; for the line of a list item, just after its `- `.
        var start: Int
        /// Set when a value read with the cursor ended on this line: parsing resumes here.
        var resume: Int?

        var indent: Int { start }
        var content: ArraySlice<Unicode.Scalar> { scalars[start...] }
    }

    var lines: [Line]
    var index = 0
    let file: String
    var diagnostics: [SpecDiagnostic] = []
    /// Set when a flow collection gave up after an error, so the ones around it end quietly.
    var flowAbandoned = false

    init(lines: [SourceText.Line], file: String) {
        self.file = file
        self.lines = lines.map { line in
            var start = 0
            while start < line.scalars.count, line.scalars[start] == " " { start += 1 }
            return Line(number: line.number, scalars: line.scalars, start: start)
        }
    }

    // MARK: Reporting

    mutating func error(line: Int, column: Int, _ message: String, russian: String) {
        diagnostics.append(SpecDiagnostic(.syntax, location: location(line: line, column: column), message: message, russian: russian))
    }

    /// `line` is an index into `lines`, `column` an index into its scalars.
    func location(line: Int, column: Int) -> SourceLocation {
        let number = line < lines.count ? lines[line].number : (lines.last?.number ?? 0) + 1
        return SourceLocation(file: file, line: number, column: column + 1)
    }

    // MARK: Lines

    var isAtEnd: Bool { index >= lines.count }

    /// Blank lines and lines holding only a comment carry nothing.
    func isIgnorable(_ line: Line) -> Bool {
        guard let first = line.content.first else { return true }
        return first == "#"
    }

    /// Moves past blank and comment lines, reporting tabs used for indentation on the way.
    mutating func skipIgnorable() {
        while index < lines.count {
            let line = lines[index]
            if line.start < line.scalars.count, line.scalars[line.start] == "\t" {
                var column = line.start
                while column < line.scalars.count, line.scalars[column] == "\t" || line.scalars[column] == " " { column += 1 }
                if column < line.scalars.count, line.scalars[column] != "#" {
                    error(line: index, column: line.start, "a tab is used for indentation; indent with spaces",
                        russian: "Отступ сделан знаком табуляции. Сделайте отступ пробелами.")
                }
                index += 1
                continue
            }
            guard isIgnorable(line) else { return }
            index += 1
        }
    }

    // MARK: The document

    mutating func parseDocument() -> SpecNode {
        skipDocumentStart()
        skipIgnorable()
        let startLocation = isAtEnd ? location(line: 0, column: 0) : location(line: index, column: lines[index].start)
        let root = parseBlockNode(parentIndent: -1, depth: 0) ?? SpecNode(location: startLocation, kind: .null)
        skipIgnorable()
        while !isAtEnd {
            let line = lines[index]
            if Self.isDocumentMarker(line) {
                error(line: index, column: line.start, "a second document (“\(String(String.UnicodeScalarView(line.content)))”) is not supported; keep one spec per file",
                    russian: "Здесь начинается второй документ («\(String(String.UnicodeScalarView(line.content)))»). В одном файле может быть только одно описание программы; уберите эту строку и всё, что после неё.")
                break
            } else {
                error(line: index, column: line.start, "this line is indented differently from anything above it; align it with the lines it belongs to",
                    russian: "Отступ этой строки не совпадает ни с одной строкой выше. Выровняйте её по строкам, к которым она относится.")
            }
            index += 1
            skipIgnorable()
        }
        return root
    }

    /// A `%YAML` directive is refused; one leading `---` is allowed.
    private mutating func skipDocumentStart() {
        skipIgnorable()
        while !isAtEnd, lines[index].content.first == "%" {
            error(line: index, column: lines[index].start, "directives such as “%YAML” are not supported; remove the line",
                russian: "Указания вида «%YAML» не поддерживаются. Удалите эту строку.")
            index += 1
            skipIgnorable()
        }
        if !isAtEnd, Self.isDocumentMarker(lines[index]), lines[index].content.starts(with: "---".unicodeScalars) {
            index += 1
        }
    }

    static func isDocumentMarker(_ line: Line) -> Bool {
        guard line.start == 0 else { return false }
        let content = Array(line.content)
        for marker in ["---", "..."] {
            let scalars = Array(marker.unicodeScalars)
            if content.starts(with: scalars), content.count == 3 || content[3] == " " { return true }
        }
        return false
    }
}
