import Hummingbird

/// The frame of every page: the school's name, the sections, the page's own content.
enum Layout {
    enum Section: CaseIterable {
        case school, participants, pairs, documents, journal, monitoring, templates

        var title: String {
            switch self {
            case .school: "Школа"
            case .participants: "Участники"
            case .pairs: "Пары и группы"
            case .documents: "Документы"
            case .journal: "Журнал"
            case .monitoring: "Мониторинг"
            case .templates: "Шаблоны"
            }
        }

        var link: Link {
            switch self {
            case .school: Link("/")
            case .participants: Link("/participants")
            case .pairs: Link("/pairs")
            case .documents: Link("/documents")
            case .journal: Link("/journal")
            case .monitoring: Link("/monitoring")
            case .templates: Link("/templates")
            }
        }
    }

    /// A page: `title` in the browser's tab and as its heading, `school` above the sections.
    static func page(title: String, school: String?, section: Section?, @HTMLBuilder content: () -> HTML) -> HTML {
        HTML.document(
            element("html", Attribute("lang", "ru")) {
                element("head") {
                    void("meta", Attribute("charset", "utf-8"))
                    void("meta", .name("viewport"), Attribute("content", "width=device-width, initial-scale=1"))
                    element("title") { school.map { "\(title) — \($0)" } ?? title }
                    void("link", Attribute("rel", "stylesheet"), .href(Link("/style.css")))
                }
                element("body") {
                    element("header", .class("site")) {
                        element("p", .class("school")) { school ?? "mentordocs" }
                        element("nav", Attribute("aria-label", "Разделы")) {
                            element("ul") {
                                for item in Section.allCases {
                                    element("li") {
                                        if item == section {
                                            element("a", .href(item.link), Attribute("aria-current", "page")) { item.title }
                                        } else {
                                            element("a", .href(item.link)) { item.title }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    element("main") {
                        element("h1") { title }
                        content()
                    }
                }
            })
    }

    /// A response holding `html`.
    static func response(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        response(ByteBuffer(string: html.markup), status: status)
    }

    /// A page's markup as it was made.
    static func response(_ markup: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: markup))
    }
}
