extension Dialect {
    static let spreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

    /// SpreadsheetML (XLSX) as the engine sees a sheet: each cell's string is a paragraph (`is`, an
    /// inline string; shared strings that hold tags are made inline when the template is compiled),
    /// `sheetData` is a table and its rows are table rows, so tags in cells of one row repeat the
    /// row and tags in different rows repeat those rows. What a sheet needs beyond that (rows and
    /// references numbered anew, values typed) is done by `SpreadsheetFinishing` after rendering.
    static let spreadsheet: Dialect = {
        func x(_ local: String) -> QualifiedName { QualifiedName(spreadsheetNamespace, local) }
        var dialect = Dialect(
            mainPart: "xl/workbook.xml",
            firstEntry: "[Content_Types].xml",
            firstEntryStored: false,
            carriesText: { _ in false },
            paragraphs: [x("is")],
            textElement: x("t"),
            characterElements: [:],
            foreignSubtrees: [x("rPr"), x("rPh"), x("phoneticPr")],
            inlineWrappers: [x("r"), x("t")],
            trivialInParagraph: [x("r"), x("t")],
            propertyElements: [x("rPr"), x("rPh"), x("phoneticPr")],
            tables: [x("sheetData")],
            tableRows: [x("row")],
            tableCells: [x("c")],
            lists: [],
            listItems: [],
            sectionBreaks: .none,
            body: x("sheetData"),
            paragraphMarkup: { "<is xmlns=\"\(spreadsheetNamespace)\"><t>\($0)</t></is>" },
            // A cell shows a line break where its style wraps text.
            encode: encodePlainText,
            pageBreak: [],
            mend: { _, _, _ in },
            uniquelyNamed: [],
            prepare: { _ in }
        )
        dialect.tablesNeedRows = false
        dialect.placed = { document in
            RepeatedRows.mark(document)
            RepeatedColumns.mark(document)
        }
        dialect.placeName = { paragraph in paragraph.parent?.plainAttribute("r") }
        return dialect
    }()
}
