/// The parts of an ODT package around `content.xml`.
enum OdtParts {
    static let mimeType = "application/vnd.oasis.opendocument.text"
    static let firstPageMaster = "First_20_Page"
    static let standardMaster = "Standard"

    static func fontFaces(_ font: BaseFont, into x: inout XMLBuilder) {
        x.element("office:font-face-decls") { x in
            x.leaf("style:font-face", [
                ("style:name", font.name), ("svg:font-family", "'\(font.name)'"),
                ("style:font-family-generic", "roman"), ("style:font-pitch", "variable"),
            ])
        }
    }

    /// The package's parts, the same in an ODT and an ODS: the package is of `mimeType`, with the
    /// chart objects in the folders `charts` (`Object 1`) embedded.
    static func manifest(mimeType: String = mimeType, charts: [String] = []) -> [UInt8] {
        var x = XMLBuilder()
        x.element("manifest:manifest", [OdtNamespaces.manifest, ("manifest:version", "1.3")]) { x in
            x.leaf("manifest:file-entry", [("manifest:full-path", "/"), ("manifest:version", "1.3"), ("manifest:media-type", mimeType)])
            for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
                x.leaf("manifest:file-entry", [("manifest:full-path", part), ("manifest:media-type", "text/xml")])
            }
            for folder in charts {
                x.leaf("manifest:file-entry", [("manifest:full-path", folder + "/"), ("manifest:version", "1.3"),
                    ("manifest:media-type", OpenDocumentChartObject.chartMediaType)])
                x.leaf("manifest:file-entry", [("manifest:full-path", folder + "/content.xml"), ("manifest:media-type", "text/xml")])
            }
        }
        return x.bytes
    }

    /// No dates: the package must be the same bytes on every run.
    static func meta(title: String) -> [UInt8] {
        var x = XMLBuilder()
        x.element("office:document-meta", [OdtNamespaces.office, OdtNamespaces.meta, OdtNamespaces.dc, OdtNamespaces.version]) { x in
            x.element("office:meta") { x in
                x.element("meta:generator", text: "mentordocs-author")
                x.element("dc:title", text: title)
                x.element("dc:language", text: "ru-RU")
            }
        }
        return x.bytes
    }

    /// Tab stops measured from the margin, as in Word, not from the paragraph's indent.
    static let settings: [UInt8] = {
        var x = XMLBuilder()
        x.element("office:document-settings", [OdtNamespaces.office, OdtNamespaces.config, OdtNamespaces.version]) { x in
            x.element("office:settings") { x in
                x.element("config:config-item-set", [("config:name", "ooo:configuration-settings")]) { x in
                    x.element("config:config-item", [("config:name", "TabsRelativeToIndent"), ("config:type", "boolean")], text: "false")
                }
            }
        }
        return x.bytes
    }()

    /// Default styles (the base font, Russian), the page layouts and master pages.
    ///
    /// With page numbers from the second page, the first paragraph asks for the “First Page” master:
    /// the full top margin and no header; its next style is Standard, whose layout puts the header
    /// with `text:page-number` inside the top margin.
    static func styles(_ document: AuthoredDocument) -> [UInt8] {
        let font = document.font
        let size = Units.pt(font.size)
        let page = document.page
        var x = XMLBuilder()
        x.open("office:document-styles", OdtNamespaces.document + [OdtNamespaces.version])
        fontFaces(font, into: &x)
        x.element("office:styles") { x in
            x.element("style:default-style", [("style:family", "paragraph")]) { x in
                x.leaf("style:paragraph-properties", [
                    ("fo:orphans", "2"), ("fo:widows", "2"), ("style:writing-mode", "lr-tb"),
                    ("style:tab-stop-distance", "1.25cm"),
                ])
                x.leaf("style:text-properties", [
                    ("style:font-name", font.name), ("fo:font-size", size), ("fo:language", "ru"), ("fo:country", "RU"),
                    ("style:font-name-asian", font.name), ("style:font-size-asian", size),
                    ("style:font-name-complex", font.name), ("style:font-size-complex", size),
                    ("fo:hyphenate", "false"),
                ])
            }
            x.element("style:default-style", [("style:family", "table")]) { x in
                x.leaf("style:table-properties", [("table:border-model", "collapsing")])
            }
            x.element("style:style", [("style:name", "Standard"), ("style:family", "paragraph"), ("style:class", "text")]) { x in
                x.leaf("style:paragraph-properties", [
                    ("fo:margin-top", "0pt"), ("fo:margin-bottom", "0pt"),
                    ("fo:line-height", percent(document.lineSpacing)),
                ])
            }
            x.element("style:style", [
                ("style:name", "Header"), ("style:family", "paragraph"), ("style:parent-style-name", "Standard"),
                ("style:class", "extra"),
            ]) { x in
                x.leaf("style:paragraph-properties", [
                    ("fo:text-align", "center"), ("fo:text-indent", "0cm"), ("fo:margin-left", "0cm"), ("fo:margin-right", "0cm"),
                ])
            }
        }
        let numbered = document.pageNumbers != .none
        x.element("office:automatic-styles") { x in
            pageLayout("Mpm1", page: page, header: numbered, into: &x)
            if document.pageNumbers == .fromSecondPage { pageLayout("Mpm2", page: page, header: false, into: &x) }
        }
        x.element("office:master-styles") { x in
            x.element("style:master-page", [("style:name", standardMaster), ("style:page-layout-name", "Mpm1")]) { x in
                if numbered {
                    x.element("style:header") { x in
                        x.element("text:p", [("text:style-name", "Header")]) { x in
                            x.element("text:page-number", [("text:select-page", "current")], text: "2")
                        }
                    }
                }
            }
            if document.pageNumbers == .fromSecondPage {
                x.leaf("style:master-page", [
                    ("style:name", firstPageMaster), ("style:display-name", "First Page"),
                    ("style:page-layout-name", "Mpm2"), ("style:next-style-name", standardMaster),
                ])
            }
        }
        x.close("office:document-styles")
        return x.bytes
    }

    /// With a header the page's top margin is the header's distance from the edge, and the header
    /// (with the space under it) fills the rest, so the body starts where the set top margin says.
    private static func pageLayout(_ name: String, page: PageSetup, header: Bool, into x: inout XMLBuilder) {
        let top = header ? page.headerDistance : page.margins.top
        x.element("style:page-layout", [("style:name", name)]) { x in
            x.leaf("style:page-layout-properties", [
                ("fo:page-width", Units.cm(page.width / 10)), ("fo:page-height", Units.cm(page.height / 10)),
                ("style:print-orientation", "portrait"),
                ("fo:margin-top", Units.cm(top / 10)), ("fo:margin-bottom", Units.cm(page.margins.bottom / 10)),
                ("fo:margin-left", Units.cm(page.margins.left / 10)), ("fo:margin-right", Units.cm(page.margins.right / 10)),
            ])
            x.element("style:header-style") { x in
                if header {
                    // LibreOffice counts the spacing under the header into its minimum height.
                    let room = (page.margins.top - page.headerDistance) / 10
                    x.leaf("style:header-footer-properties", [
                        ("fo:min-height", Units.cm(room)), ("fo:margin-bottom", Units.cm(min(0.2, room / 2))),
                        ("fo:margin-left", "0cm"), ("fo:margin-right", "0cm"), ("style:dynamic-spacing", "false"),
                    ])
                }
            }
            x.leaf("style:footer-style")
        }
    }

    static func percent(_ multiple: Double) -> String { Units.decimal(multiple * 100) + "%" }
}
