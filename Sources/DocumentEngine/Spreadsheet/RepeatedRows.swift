import CLibxml2Shim

/// Marks each section over a sheet's rows so that a rendered sheet tells where its repeated rows
/// came from: `<?mentordocs-rows F L?>` before the section (template rows F to L), `<?mentordocs-rows
/// copy?>` at the start of each copy, `<?mentordocs-rows end?>` after it. The marks are literal
/// XML of the compiled part, printed as the section is; `SheetLayout` reads them from the output
/// and `SheetRewriter` takes them out.
enum RepeatedRows {
    static let markName = "mentordocs-rows"
    static let copyMark = "copy"
    static let endMark = "end"

    /// Runs on a compiled sheet after its sections are placed: the markers of row sections are
    /// children of `sheetData`, around the rows they repeat.
    static func mark(_ document: XMLDocument) {
        guard let sheetData = sheetData(of: document) else { return }
        mark(rowsIn: sheetData, of: document)
    }

    /// Marks the row sections among the children of `container` (a `sheetData`, an ODF table or
    /// group of rows), whose rows carry their template numbers in `r`.
    static func mark(rowsIn container: XMLNode, of document: XMLDocument) {
        var open: [XMLNode] = []
        for child in container.children {
            guard child.pointer.pointee.type == XML_PI_NODE, child.localName == SectionPlacer.markerName else { continue }
            let text = child.text
            if text.hasPrefix("o") {
                open.append(child)
            } else if text.hasPrefix("c"), let opening = open.popLast() {
                guard let first = row(after: opening), let last = row(before: child) else { continue }
                opening.insertBefore(document.newProcessingInstruction(markName, "\(first) \(last)"))
                opening.insertAfter(document.newProcessingInstruction(markName, copyMark))
                child.insertAfter(document.newProcessingInstruction(markName, endMark))
            }
        }
    }

    /// The row sections of a compiled sheet, read from the marks `mark` left in its tree.
    static func blocks(in document: XMLDocument) -> [RowBlock] {
        guard let sheetData = sheetData(of: document) else { return [] }
        return blocks(inRowsOf: sheetData)
    }

    /// The row sections marked among the children of `container`.
    static func blocks(inRowsOf container: XMLNode) -> [RowBlock] {
        var stack: [RowBlock] = [RowBlock(first: 0, last: 0)]
        for child in container.children {
            guard child.pointer.pointee.type == XML_PI_NODE, child.localName == markName else { continue }
            switch RowsMark(text: child.text) {
            case .end?:
                let block = stack.removeLast()
                stack[stack.count - 1].inner.append(block)
            case .block(let first, let last)?:
                stack.append(RowBlock(first: first, last: last))
            case .copy?, nil:
                continue
            }
        }
        return stack.first?.inner ?? []
    }

    static func sheetData(of document: XMLDocument) -> XMLNode? {
        document.root?.children.first { $0.is(QualifiedName(Dialect.spreadsheetNamespace, "sheetData")) }
    }

    private static func row(after marker: XMLNode) -> Int? {
        var node = marker.next
        while let current = node {
            if current.isElement { return current.plainAttribute("r").flatMap { Int($0) } }
            node = current.next
        }
        return nil
    }

    private static func row(before marker: XMLNode) -> Int? {
        var node = marker.previous
        while let current = node {
            if current.isElement { return current.plainAttribute("r").flatMap { Int($0) } }
            node = current.previous
        }
        return nil
    }
}
