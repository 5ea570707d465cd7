import CalendarDays

/// Finishes a rendered ODS `content.xml`: moves every reference with the rows it points at
/// (formulas, merged cells' spans, print ranges, conditional formatting, validations, named and
/// database ranges, the ranges charts watch and the end cells of shapes), types the values of cells filled by one tag, names the sheets copied per
/// item, keeps LibreOffice's empty tail of rows within the sheet's million rows, and takes out the
/// marks `RepeatedRows` and `OpenDocumentSheetPreparation` left.
struct OpenDocumentSheetRewriter {
    let part: String
    /// For sheets copied per item: by template sheet name, the copies' names in order.
    let copyNames: [String: [String]]
    private(set) var problems: [RenderError.Problem] = []
    /// The layouts of the tables whose rows repeat, by name in lower case, once `rewrite` has read them.
    private(set) var layouts: [String: SheetLayout] = [:]

    init(part: String, copyNames: [String: [String]] = [:]) {
        self.part = part
        self.copyNames = copyNames
    }

    /// One table as it stands in the rendered part.
    private struct Table {
        var range: Range<Int>
        var templateName: String
        var name: String
        var layout: SheetLayout
        var mover: ReferenceMover!
    }

    mutating func rewrite(_ bytes: [UInt8]) -> [UInt8] {
        var tables = Self.tables(in: bytes, copyNames: copyNames)
        var layouts: [String: SheetLayout] = [:]
        for table in tables where table.layout.repeatsRows { layouts[table.name.lowercased()] = table.layout }
        self.layouts = layouts
        for index in tables.indices {
            let renamed = tables[index].templateName == tables[index].name ? [:] : [tables[index].templateName.lowercased(): tables[index].name]
            tables[index].mover = ReferenceMover(sheet: tables[index].name, layouts: layouts, renamed: renamed)
        }
        // What stands outside the sheets (a validation) and names a sheet copied per item means its first copy.
        var firstCopies: [String: String] = [:]
        for (template, names) in copyNames { if let first = names.first { firstCopies[template.lowercased()] = first } }
        let workbook = ReferenceMover(sheet: nil, layouts: layouts, renamed: firstCopies)
        var movers: [String: ReferenceMover] = [:]
        func mover(for sheet: String?) -> ReferenceMover {
            guard let sheet else { return workbook }
            if let known = movers[sheet.lowercased()] { return known }
            let made = ReferenceMover(sheet: sheet, layouts: layouts, renamed: firstCopies)
            movers[sheet.lowercased()] = made
            return made
        }

        var scanner = MarkupScanner(bytes)
        var edits: [ByteEdit] = []
        var tableIndex = -1
        var copies = RowCopyTracker([])
        var row = 0
        var tooManyRows = false

        while let tag = scanner.next() {
            if tableIndex + 1 < tables.count, tag.range.lowerBound >= tables[tableIndex + 1].range.lowerBound {
                tableIndex += 1
                copies.passAll(edits: &edits)
                copies = RowCopyTracker(tables[tableIndex].layout.marks)
            }
            copies.pass(to: tag.range.lowerBound, edits: &edits)
            let places = copies.places
            guard tag.kind != .closing, Self.mayBeRewritten(bytes[tag.name]), let name = Self.rewrittenName(bytes[tag.name]) else { continue }
            let inTable = tableIndex >= 0 && tables[tableIndex].range.contains(tag.range.lowerBound)
            var start = StartTag(scanner: scanner, tag: tag)
            switch name {
            case "table:table" where inTable && tag.range.lowerBound == tables[tableIndex].range.lowerBound:
                let table = tables[tableIndex]
                start.remove(Self.sheetMark)
                if table.name != table.templateName { start.set("table:name", table.name) }
                if let ranges = start.value("table:print-ranges") {
                    start.set("table:print-ranges", Self.addressList(ranges, mover: table.mover))
                }
            case "table:table-row" where inTable:
                guard let template = start.value(Dialect.openDocumentRowMark).flatMap({ Int($0) }) else { break }
                start.remove(Dialect.openDocumentRowMark)
                row = template
                let table = tables[tableIndex]
                let first = table.layout.row(template, from: places) ?? template
                let repeated = start.value("table:number-rows-repeated").flatMap { Int($0) } ?? 1
                if first > CellReference.lastRow {
                    if !tooManyRows {
                        tooManyRows = true
                        problems.append(RenderError.Problem(.tooManyRows, part: part,
                            "a filled sheet would have more than \(CellReference.lastRow) rows, as many as LibreOffice Calc shows"))
                    }
                } else if first + repeated - 1 > CellReference.lastRow {
                    // LibreOffice's empty rows to the end of the sheet: fewer of them once rows were added above.
                    start.set("table:number-rows-repeated", String(CellReference.lastRow - first + 1))
                }
            case "table:table-cell", "table:covered-table-cell":
                guard inTable else { break }
                let table = tables[tableIndex]
                if let formula = start.value("table:formula") {
                    start.set("table:formula", OpenDocumentFormula(formula).rewritten(by: table.mover, from: places))
                }
                if let span = start.value("table:number-rows-spanned").flatMap({ Int($0) }), span > 1, table.layout.repeatsRows,
                    let first = table.layout.row(row, from: places, side: .start),
                    let last = table.layout.row(row + span - 1, from: places, side: .end)
                {
                    start.set("table:number-rows-spanned", String(max(1, last - first + 1)))
                }
                if let mark = start.value(Dialect.openDocumentCellMark) {
                    let end = Self.skipElement(tag, scanner: &scanner)
                    edits.append(ByteEdit(range: tag.range.lowerBound..<end,
                        bytes: Self.typedCell(start, element: bytes[tag.range.lowerBound..<end], of: bytes, tag: tag, asValue: mark.utf8.starts(with: "value".utf8))))
                    continue
                }
                if start.value("table:formula") != nil {
                    let end = Self.skipElement(tag, scanner: &scanner)
                    edits.append(ByteEdit(range: tag.range.lowerBound..<end,
                        bytes: Self.withoutResult(start, element: bytes[tag.range.lowerBound..<end], of: bytes, tag: tag)))
                    continue
                }
            case "calcext:conditional-format" where inTable:
                if let ranges = start.value("calcext:target-range-address") {
                    start.set("calcext:target-range-address", Self.addressList(ranges, mover: tables[tableIndex].mover))
                }
            case "calcext:condition", "calcext:formatting-entry", "calcext:color-scale-entry", "calcext:data-bar-entry":
                let own = inTable ? tables[tableIndex].mover! : workbook
                if let value = start.value("calcext:value") { start.set("calcext:value", OpenDocumentFormula(value).rewritten(by: own)) }
                if let base = start.value("calcext:base-cell-address") { start.set("calcext:base-cell-address", Self.address(base, mover: own)) }
            case "table:content-validation":
                let base = start.value("table:base-cell-address")
                let own = mover(for: base.flatMap { OpenDocumentAddress($0[...])?.start.sheet })
                if let condition = start.value("table:condition") {
                    start.set("table:condition", OpenDocumentFormula(condition).rewritten(by: own))
                }
                if let base { start.set("table:base-cell-address", Self.address(base, mover: own)) }
            case "table:named-range", "table:named-expression":
                let base = start.value("table:base-cell-address")
                let own = mover(for: base.flatMap { OpenDocumentAddress($0[...])?.start.sheet })
                if let range = start.value("table:cell-range-address") { start.set("table:cell-range-address", Self.address(range, mover: own)) }
                if let expression = start.value("table:expression") {
                    start.set("table:expression", OpenDocumentFormula(expression).rewritten(by: own))
                }
                if let base { start.set("table:base-cell-address", Self.address(base, mover: own)) }
            case "table:database-range":
                if let range = start.value("table:target-range-address") {
                    start.set("table:target-range-address", Self.address(range, mover: workbook))
                }
            case "table:source-cell-range":
                if let range = start.value("table:cell-range-address") {
                    start.set("table:cell-range-address", Self.address(range, mover: workbook))
                }
            case "table:data-pilot-table":
                if let range = start.value("table:target-range-address") {
                    start.set("table:target-range-address", Self.address(range, mover: workbook))
                }
            case "table:filter":
                if let range = start.value("table:condition-source-range-address") {
                    start.set("table:condition-source-range-address", Self.address(range, mover: workbook))
                }
            case _ where name.hasPrefix("draw:"):
                // A shape moves with the cell it stands in; its far corner's cell, when it has one, with that cell's row.
                if let end = start.value("table:end-cell-address") { start.set("table:end-cell-address", Self.address(end, mover: workbook)) }
                if let ranges = start.value("draw:notify-on-update-of-ranges") {
                    start.set("draw:notify-on-update-of-ranges", Self.addresses(ranges, mover: workbook))
                }
            default:
                break
            }
            if start.changed { edits.append(ByteEdit(range: tag.range, bytes: start.bytes)) }
        }
        copies.passAll(edits: &edits)
        return ByteEdit.apply(edits, to: bytes)
    }

    /// The elements whose start tags may change, the most frequent first.
    private static let rewritten: [String] = ["table:table-cell", "table:table-row", "table:covered-table-cell", "table:table",
        "calcext:conditional-format", "calcext:condition", "calcext:formatting-entry", "calcext:color-scale-entry", "calcext:data-bar-entry",
        "table:content-validation", "table:named-range", "table:named-expression", "table:database-range", "table:filter",
        "table:source-cell-range", "table:data-pilot-table"]

    /// The name of `rewritten` a tag's name is, found by its bytes, or a shape's (`draw:`): a string is
    /// made of no other tag's name.
    private static func rewrittenName(_ name: ArraySlice<UInt8>) -> String? {
        if name.starts(with: "draw:".utf8) { return String(decoding: name, as: UTF8.self) }
        return rewritten.first { $0.utf8.count == name.count && $0.utf8.elementsEqual(name) }
    }

    /// Whether a tag's name starts as those of `rewritten` and shapes do (`table:`, `calcext:`,
    /// `draw:`): most of a part's tags (paragraphs, spans) are passed over without a string made of their names.
    private static func mayBeRewritten(_ name: ArraySlice<UInt8>) -> Bool {
        guard name.count > 6, let first = name.first else { return false }
        let second = name[name.startIndex + 1]
        return first == UInt8(ascii: "t") && second == UInt8(ascii: "a") || first == UInt8(ascii: "c") && second == UInt8(ascii: "a")
            || first == UInt8(ascii: "d") && second == UInt8(ascii: "r")
    }

    /// The temporary attribute of a table copied per item: the template sheet's name.
    static let sheetMark = "mentordocs-sheet"

    /// The top-level tables of the part, where each starts and ends, with their layouts; copies of a
    /// sheet copied per item take their names from `copyNames` in order.
    private static func tables(in bytes: [UInt8], copyNames: [String: [String]]) -> [Table] {
        // Only the tables' own tags are read: a plain search, not a walk of every tag of the part.
        let name = Array("table:table".utf8)
        func isTableTag(at index: Int) -> Bool {
            guard index + name.count < bytes.count, bytes[index..<index + name.count].elementsEqual(name) else { return false }
            let next = bytes[index + name.count]
            return next == UInt8(ascii: " ") || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == UInt8(ascii: "\n")
        }
        var tables: [Table] = []
        var depth = 0
        var start: (offset: Int, template: String, name: String)?
        var used: [String: Int] = [:]
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
            guard isTableTag(at: closing ? index + 1 : index), let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { continue }
            index = end + 1
            if closing {
                depth -= 1
                if depth == 0, let opened = start {
                    let range = opened.offset..<index
                    tables.append(Table(range: range, templateName: opened.template, name: opened.name, layout: SheetLayout(rendered: bytes[range])))
                    start = nil
                }
                continue
            }
            guard bytes[end - 1] != UInt8(ascii: "/") else { continue }
            depth += 1
            guard depth == 1 else { continue }
            var scanner = MarkupScanner(Array(bytes[open...end]))
            guard let tag = scanner.next() else { continue }
            let tableName = scanner.attribute("table:name", of: tag).map { XMLText.unescaped($0.value) } ?? ""
            let template = scanner.attribute("mentordocs-sheet", of: tag).map { XMLText.unescaped($0.value) } ?? tableName
            var output = tableName
            if let names = copyNames[template] {
                let number = used[template, default: 0]
                used[template] = number + 1
                if number < names.count { output = names[number] }
            }
            start = (open, template, output)
        }
        return tables
    }

    /// One address (`Ведомость.C3`, `$Ведомость.$C$3:.$C$9`) moved; as it was when it is not one or its rows are gone.
    static func address(_ text: String, mover: ReferenceMover) -> String {
        guard let address = OpenDocumentAddress(text[...]), !address.spansSheets, let moved = mover.move(address.reference) else { return text }
        return address.written(start: moved.start, end: moved.end, name: mover.currentName)
    }

    /// A list of addresses (a chart's ranges), each moved as one address: a range over repeated rows grows with them.
    private static func addresses(_ text: String, mover: ReferenceMover) -> String {
        OpenDocumentAddress.list(text).map { address(String($0), mover: mover) }.joined(separator: " ")
    }

    /// A list of addresses of the mover's sheet (a print range, formatted ranges), each once per copy
    /// of the repeated rows that hold it whole, neighbours joined; as it was when none is left.
    private static func addressList(_ text: String, mover: ReferenceMover) -> String {
        var written: [String] = []
        for item in OpenDocumentAddress.list(text) {
            guard let address = OpenDocumentAddress(item), !address.spansSheets else {
                written.append(String(item))
                continue
            }
            for range in mover.list(address.range.description) {
                written.append(address.written(start: range.start, end: range.end, name: mover.currentName))
            }
        }
        return written.isEmpty ? text : written.joined(separator: " ")
    }

    /// The attributes of a cell's value: what a cell filled from tags is given anew, and what a
    /// formula's cell loses.
    private static let valueAttributes = ["office:value-type", "office:value", "office:date-value", "office:time-value",
        "office:boolean-value", "office:string-value", "office:currency", "calcext:value-type"]
    private static let typedCellRemovals = valueAttributes + [Dialect.openDocumentCellMark, OpenDocumentCellStyles.dateStyleMark]

    /// A formula's cell without the result LibreOffice saved: it was computed from the template's
    /// cells, and a cell without one is computed when the file is opened.
    private static func withoutResult(_ start: StartTag, element: ArraySlice<UInt8>, of bytes: [UInt8], tag: MarkupScanner.Tag) -> [UInt8] {
        var start = start
        start.remove(valueAttributes)
        let inner = tag.kind == .empty ? element[element.endIndex...] : element[tag.range.upperBound..<closingStart(of: element)]
        let rest = cellText(inner, in: bytes).1
        start.closeEmpty = rest.isEmpty
        return start.bytes + (rest.isEmpty ? [] : rest + Array(element[closingStart(of: element)...]))
    }

    /// A cell filled from tags, written as what its text turned out to be: a number (`float`), a
    /// date (`date`, in the date style its mark names when its own shows none), text, or empty.
    private static func typedCell(_ start: StartTag, element: ArraySlice<UInt8>, of bytes: [UInt8], tag: MarkupScanner.Tag, asValue: Bool) -> [UInt8] {
        var start = start
        let dateStyle = start.value(OpenDocumentCellStyles.dateStyleMark)
        start.remove(typedCellRemovals)
        let inner = tag.kind == .empty ? element[element.endIndex...] : element[tag.range.upperBound..<closingStart(of: element)]
        let (text, withoutParagraphs) = cellText(inner, in: bytes)
        switch asValue ? CellValue(text) : (text.isEmpty ? .empty : .text) {
        case .empty:
            start.closeEmpty = withoutParagraphs.isEmpty
            return start.bytes + (withoutParagraphs.isEmpty ? [] : withoutParagraphs + Array("</table:table-cell>".utf8))
        case .number(let number):
            start.set("office:value-type", "float")
            start.set("office:value", number)
        case .date(let day):
            start.set("office:value-type", "date")
            start.set("office:date-value", day.iso)
            if let dateStyle { start.set("table:style-name", dateStyle) }
        case .text:
            start.set("office:value-type", "string")
        }
        start.closeEmpty = false
        var cell = start.bytes
        cell += inner
        cell.append(markup: "</table:table-cell>")
        return cell
    }

    /// The text of a cell's paragraphs (spaces, tabs and line breaks as ODF writes them, notes left
    /// out), and what the cell holds besides its paragraphs.
    private static func cellText(_ inner: ArraySlice<UInt8>, in bytes: [UInt8]) -> (String, [UInt8]) {
        var scanner = MarkupScanner(bytes, from: inner.startIndex)
        var paragraphs: [String] = []
        var rest: [UInt8] = []
        var copied = inner.startIndex
        var depth = 0
        var skipping = 0
        var textFrom: Int?
        while let tag = scanner.next(), tag.range.upperBound <= inner.endIndex {
            let isAnnotation = scanner.name(of: tag, is: "office:annotation")
            if skipping > 0 {
                if isAnnotation { skipping += tag.kind == .opening ? 1 : tag.kind == .closing ? -1 : 0 }
                if skipping == 0, depth > 0 { textFrom = tag.range.upperBound }
                continue
            }
            if depth > 0, let from = textFrom {
                paragraphs[paragraphs.count - 1] += XMLText.unescaped(bytes[from..<tag.range.lowerBound])
                textFrom = nil
            }
            if scanner.name(of: tag, is: "text:p") || scanner.name(of: tag, is: "text:h") {
                switch tag.kind {
                case .opening:
                    if depth == 0 {
                        rest += bytes[copied..<tag.range.lowerBound]
                        paragraphs.append("")
                    }
                    depth += 1
                case .closing:
                    depth -= 1
                    if depth == 0 { copied = tag.range.upperBound }
                case .empty:
                    if depth == 0 {
                        rest += bytes[copied..<tag.range.lowerBound]
                        paragraphs.append("")
                        copied = tag.range.upperBound
                    }
                }
            } else if isAnnotation, tag.kind == .opening {
                skipping = 1
                continue
            } else if depth > 0, scanner.name(of: tag, is: "text:s") {
                let count = scanner.attribute("text:c", of: tag).flatMap { Int(String(decoding: $0.value, as: UTF8.self)) } ?? 1
                paragraphs[paragraphs.count - 1] += String(repeating: " ", count: max(1, min(count, 10_000)))
            } else if depth > 0, scanner.name(of: tag, is: "text:tab") {
                paragraphs[paragraphs.count - 1] += "\t"
            } else if depth > 0, scanner.name(of: tag, is: "text:line-break") {
                paragraphs[paragraphs.count - 1] += "\n"
            }
            if depth > 0 { textFrom = tag.range.upperBound }
        }
        rest += bytes[copied..<inner.endIndex]
        return (paragraphs.joined(separator: "\n"), rest)
    }

    /// The tags up to the element's closing one, and where the element ends.
    private static func skipElement(_ tag: MarkupScanner.Tag, scanner: inout MarkupScanner) -> Int {
        guard tag.kind == .opening else { return tag.range.upperBound }
        var depth = 1
        while let next = scanner.next() {
            if next.kind == .opening { depth += 1 } else if next.kind == .closing { depth -= 1 }
            if depth == 0 { return next.range.upperBound }
        }
        return scanner.bytes.count
    }

    /// Where the element's own closing tag starts: it ends the slice.
    private static func closingStart(of element: ArraySlice<UInt8>) -> Int {
        var index = element.endIndex - 1
        while index > element.startIndex, element[index] != UInt8(ascii: "<") { index -= 1 }
        return index
    }
}

/// An element's start tag read into its attributes, to be written again with some changed. Names
/// and values stay bytes where they stand in the part: most cells' tags are read and left as they are.
private struct StartTag {
    private let name: ArraySlice<UInt8>
    /// Each attribute's name and its value as written (escaped).
    private var attributes: [(name: ArraySlice<UInt8>, raw: ArraySlice<UInt8>)] = []
    /// Whether it ends with `/>`.
    var closeEmpty: Bool
    private(set) var changed = false

    init(scanner: MarkupScanner, tag: MarkupScanner.Tag) {
        let bytes = scanner.bytes
        name = bytes[tag.name]
        closeEmpty = tag.kind == .empty
        var index = tag.name.upperBound
        let end = tag.range.upperBound - (tag.kind == .empty ? 2 : 1)
        while index < end {
            while index < end, Self.isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            while index < end, bytes[index] != UInt8(ascii: "=") { index += 1 }
            guard index + 1 < end, bytes[index + 1] == UInt8(ascii: "\"") else { break }
            var nameEnd = index
            while nameEnd > nameStart, Self.isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
            var valueEnd = index + 2
            while valueEnd < end, bytes[valueEnd] != UInt8(ascii: "\"") { valueEnd += 1 }
            attributes.append((bytes[nameStart..<nameEnd], bytes[(index + 2)..<valueEnd]))
            index = valueEnd + 1
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D }

    private static func isNamed(_ name: ArraySlice<UInt8>, _ attribute: String) -> Bool {
        var attribute = attribute
        return name.count == attribute.utf8.count && attribute.withUTF8 { name.elementsEqual($0) }
    }

    func value(_ attribute: String) -> String? {
        attributes.first { Self.isNamed($0.name, attribute) }.map { XMLText.unescaped($0.raw) }
    }

    mutating func set(_ attribute: String, _ value: String) {
        let raw = Array(XMLText.escapedAttribute(value).utf8)[...]
        if let index = attributes.firstIndex(where: { Self.isNamed($0.name, attribute) }) {
            guard attributes[index].raw != raw else { return }
            attributes[index].raw = raw
        } else {
            attributes.append((Array(attribute.utf8)[...], raw))
        }
        changed = true
    }

    mutating func remove(_ attribute: String) { remove([attribute]) }

    mutating func remove(_ names: [String]) {
        let before = attributes.count
        attributes.removeAll { attribute in names.contains { Self.isNamed(attribute.name, $0) } }
        if attributes.count != before { changed = true }
    }

    var bytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(name.count + 3 + attributes.reduce(0) { $0 + $1.name.count + $1.raw.count + 4 })
        output.append(UInt8(ascii: "<"))
        output += name
        for attribute in attributes {
            output.append(UInt8(ascii: " "))
            output += attribute.name
            output.append(markup: "=\"")
            output += attribute.raw
            output.append(UInt8(ascii: "\""))
        }
        output.append(markup: closeEmpty ? "/>" : ">")
        return output
    }
}
