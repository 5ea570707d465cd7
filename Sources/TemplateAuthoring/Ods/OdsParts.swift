/// The parts of an ODS package: `content.xml` with the sheets and their filters, `styles.xml` with
/// the default cell style and the pages, and `settings.xml` with the frozen header rows.
enum OdsParts {
    static let mimeType = "application/vnd.oasis.opendocument.spreadsheet"

    /// The sheets, their filters and the frames of their charts (`charts`, each sheet's in order).
    static func content(_ workbook: AuthoredWorkbook, charts: [OdsChart]) throws(AuthoringError) -> [UInt8] {
        var x = XMLBuilder()
        x.open("office:document-content", OdtNamespaces.document + [OdtNamespaces.number, OdtNamespaces.formula, OpenDocumentChartObject.draw,
            OpenDocumentChartObject.xlink, OdtNamespaces.version])
        OdsStyles.write(workbook, into: &x)
        x.open("office:body")
        x.open("office:spreadsheet")
        let widths = OdsStyles.columnWidths(workbook)
        let sheets = workbook.sheets.map { sheet in OdsSheet(sheet: sheet, widths: widths, charts: charts.filter { $0.sheet == sheet }) }
        for sheet in sheets { try sheet.write(into: &x) }
        // LibreOffice's names for a sheet's own filter: `__Anonymous_Sheet_DB__` and the sheet's index.
        let filters = sheets.enumerated().compactMap { index, sheet in sheet.filterRange.map { (index, $0) } }
        if !filters.isEmpty {
            x.element("table:database-ranges") { x in
                for (index, range) in filters {
                    x.leaf("table:database-range", [("table:name", "__Anonymous_Sheet_DB__\(index)"),
                        ("table:target-range-address", range), ("table:display-filter-buttons", "true")])
                }
            }
        }
        x.close("office:spreadsheet")
        x.close("office:body")
        x.close("office:document-content")
        return x.bytes
    }

    /// The default cell style (Russian text), and an A4 page each way, fitted to the page's width.
    static let styles: [UInt8] = {
        var x = XMLBuilder()
        x.open("office:document-styles", OdtNamespaces.document + [OdtNamespaces.number, OdtNamespaces.version])
        x.element("office:styles") { x in
            x.element("style:default-style", [("style:family", "table-cell")]) { x in
                x.leaf("style:text-properties", [("fo:language", "ru"), ("fo:country", "RU")])
            }
            x.leaf("style:style", [("style:name", "Default"), ("style:family", "table-cell")])
        }
        x.element("office:automatic-styles") { x in
            for landscape in [false, true] {
                x.element("style:page-layout", [("style:name", landscape ? "pm_landscape" : "pm_portrait")]) { x in
                    x.leaf("style:page-layout-properties", [
                        ("fo:page-width", landscape ? "29.7cm" : "21cm"), ("fo:page-height", landscape ? "21cm" : "29.7cm"),
                        ("style:print-orientation", landscape ? "landscape" : "portrait"),
                        ("fo:margin-top", "1.5cm"), ("fo:margin-bottom", "1.5cm"), ("fo:margin-left", "1.5cm"), ("fo:margin-right", "1cm"),
                        ("style:scale-to-X", "1"),
                    ])
                }
            }
        }
        x.element("office:master-styles") { x in
            x.leaf("style:master-page", [("style:name", OdsStyles.portraitPage), ("style:page-layout-name", "pm_portrait")])
            x.leaf("style:master-page", [("style:name", OdsStyles.landscapePage), ("style:page-layout-name", "pm_landscape")])
        }
        x.close("office:document-styles")
        return x.bytes
    }()

    /// The view LibreOffice opens: each sheet with frozen rows split under them, the first sheet active.
    static func settings(_ workbook: AuthoredWorkbook) -> [UInt8] {
        var x = XMLBuilder()
        x.element("office:document-settings", [OdtNamespaces.office, OdtNamespaces.config, OdtNamespaces.version]) { x in
            x.element("office:settings") { x in
                x.element("config:config-item-set", [("config:name", "ooo:view-settings")]) { x in
                    x.element("config:config-item-map-indexed", [("config:name", "Views")]) { x in
                        x.element("config:config-item-map-entry") { x in
                            item("ViewId", "string", "view1", into: &x)
                            // ODF wants at least one entry in a named map: without frozen rows there is no map.
                            let frozenSheets = workbook.sheets.filter { $0.frozenRows > 0 }
                            if !frozenSheets.isEmpty {
                                x.element("config:config-item-map-named", [("config:name", "Tables")]) { x in
                                    for sheet in frozenSheets {
                                        x.element("config:config-item-map-entry", [("config:name", sheet.name)]) { x in
                                            frozen(rows: sheet.frozenRows, into: &x)
                                        }
                                    }
                                }
                            }
                            if let first = workbook.sheets.first { item("ActiveTable", "string", first.name, into: &x) }
                        }
                    }
                }
            }
        }
        return x.bytes
    }

    /// A split under `rows` rows, frozen (mode 2), the cursor and the lower pane below it.
    private static func frozen(rows: Int, into x: inout XMLBuilder) {
        item("CursorPositionX", "int", "0", into: &x)
        item("CursorPositionY", "int", String(rows), into: &x)
        item("HorizontalSplitMode", "short", "0", into: &x)
        item("VerticalSplitMode", "short", "2", into: &x)
        item("HorizontalSplitPosition", "int", "0", into: &x)
        item("VerticalSplitPosition", "int", String(rows), into: &x)
        item("ActiveSplitRange", "short", "2", into: &x)
        item("PositionLeft", "int", "0", into: &x)
        item("PositionRight", "int", "0", into: &x)
        item("PositionTop", "int", "0", into: &x)
        item("PositionBottom", "int", String(rows), into: &x)
    }

    private static func item(_ name: String, _ type: String, _ value: String, into x: inout XMLBuilder) {
        x.element("config:config-item", [("config:name", name), ("config:type", type)], text: value)
    }
}
