/// What a workbook's cell styles (`xl/styles.xml`, `cellXfs`) say about the numbers a cell shows:
/// which styles show a date, which show text as typed (`@`), and, for a style that shows neither,
/// its twin that shows a date — added to the styles when the template is compiled, so that a value
/// that turns out to be a date reads as one.
struct CellStyles: Sendable {
    /// Styles whose number format is a date or time.
    private(set) var dateStyles: Set<Int> = []
    /// Styles whose number format is text (`@`): what is typed stays as typed.
    private(set) var textStyles: Set<Int> = []
    /// For a style that shows no date, the one added that is the same but shows the short date.
    private(set) var dateTwins: [Int: Int] = [:]

    /// Excel's built-in "short date" format, shown in the reader's own way of writing dates.
    static let shortDateFormat = 14
    private static let textFormat = 49
    /// Built-in number formats that show dates or times.
    private static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    init() {}

    /// Reads a styles part and adds to it a date twin of each style in `used` (the styles of cells
    /// that may be given a date) that shows no date or text already.
    init(_ document: XMLDocument, datesFor used: Set<Int>) {
        guard let root = document.root else { return }
        let namespace = Dialect.spreadsheetNamespace
        var customDateFormats: Set<Int> = []
        var customTextFormats: Set<Int> = []
        if let formats = root.children.first(where: { $0.is(QualifiedName(namespace, "numFmts")) }) {
            for format in formats.children where format.is(QualifiedName(namespace, "numFmt")) {
                guard let id = format.plainAttribute("numFmtId").flatMap(Int.init), let code = format.plainAttribute("formatCode") else { continue }
                if Self.showsDate(code) { customDateFormats.insert(id) }
                if code == "@" { customTextFormats.insert(id) }
            }
        }
        guard let cellFormats = root.children.first(where: { $0.is(QualifiedName(namespace, "cellXfs")) }) else { return }
        let formats = cellFormats.children.filter { $0.is(QualifiedName(namespace, "xf")) }
        for (index, format) in formats.enumerated() {
            let number = format.plainAttribute("numFmtId").flatMap(Int.init) ?? 0
            if Self.builtInDateFormats.contains(number) || customDateFormats.contains(number) { dateStyles.insert(index) }
            if number == Self.textFormat || customTextFormats.contains(number) { textStyles.insert(index) }
        }
        var count = formats.count
        for style in used.sorted() where formats.indices.contains(style) && !dateStyles.contains(style) && !textStyles.contains(style) {
            let twin = formats[style].deepCopy()
            twin.setPlainAttribute("numFmtId", String(Self.shortDateFormat))
            twin.setPlainAttribute("applyNumberFormat", "1")
            cellFormats.adopt(twin)
            dateTwins[style] = count
            dateStyles.insert(count)
            count += 1
        }
        if !dateTwins.isEmpty { cellFormats.setPlainAttribute("count", String(count)) }
    }

    var addedTwins: Bool { !dateTwins.isEmpty }

    /// Whether a custom format code shows a date or time: a day, month, year, hour or second
    /// outside quoted text, escapes and colours in brackets (`[Red]`); `[h]` counts.
    static func showsDate(_ code: String) -> Bool {
        var quoted = false
        var bracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            if character == "\"" {
                quoted.toggle()
            } else if quoted {
                continue
            } else if character == "\\" {
                escaped = true
            } else if character == "[" {
                bracket = true
            } else if character == "]" {
                bracket = false
            } else if bracket ? "hs".contains(character) : "dmyhs".contains(character) {
                return true
            }
        }
        return false
    }
}
