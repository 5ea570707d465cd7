import Hummingbird
import MentorDocs

/// A problem as a page: what is wrong, where, and an HTTP status that says whose it is. The library's
/// messages name files, lines, tags and ids with surnames, never the personal data filled in, and
/// nothing here is logged.
enum ErrorPage {
    /// A spec that cannot be read: every problem with its place.
    static func spec(_ diagnostics: [SpecDiagnostic], file: String) -> Response {
        let html = Layout.page(title: "Файл школы не читается", school: nil, section: nil) {
            element("p", .class("notice error")) {
                "В файле \(SchoolPage.fileName(file)) есть ошибки. Исправьте их в файле и обновите страницу: "
                "файл читается заново при каждом открытии страницы."
            }
            list(diagnostics)
        }
        return Layout.response(html, status: .unprocessableContent)
    }

    /// PDF asked for on a computer without LibreOffice: what to install, as the command advises (503).
    static var officeMissing: Response {
        page(title: "Для PDF нужен LibreOffice", status: .serviceUnavailable,
            explanation: "PDF делается программой LibreOffice, а на этом компьютере её нет. Выберите DOCX или ODT "
                + "или попросите того, кто обслуживает компьютер, установить пакет libreoffice-writer-nogui "
                + "(команда: sudo apt-get install libreoffice-writer-nogui).",
            detail: nil, next: (Link("/documents"), "Вернуться к выбору документов"))
    }

    /// A file form that did not come as `multipart/form-data` with its boundary (400): not what the
    /// page `next` sends.
    static func notAFileForm(from page: String, next: (link: Link, words: String)) -> Response {
        Self.page(title: "Запрос не принят", status: .badRequest,
            explanation: "Форма пришла не в том виде, в каком её отправляет \(page). Откройте страницу заново и выберите файл ещё раз.",
            detail: nil, next: next)
    }

    /// The answer to any error that reaches a route: its page and status by its kind.
    static func response(for error: any Error) -> Response {
        switch error {
        case let error as SpecSyntaxError:
            return spec(error.diagnostics, file: error.diagnostics.first?.location.file ?? "")
        case let error as TemplateError:
            return page(title: "Шаблон документа не читается", status: .internalServerError,
                explanation: "Шаблон, по которому делается документ, испорчен или его нет. Это не ошибка в данных школы; "
                    + "сообщите тому, кто устанавливал mentordocs.",
                detail: error.description)
        case let error as GenerationError:
            return page(title: "Документ не получился", status: .unprocessableContent,
                explanation: "Для документа не хватило данных из файла школы. Добавьте их в файл и попробуйте ещё раз.",
                detail: error.description)
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            return page(title: "Слишком много данных", status: error.status,
                explanation: "Форма прислала больше данных, чем сервер принимает. Вернитесь на предыдущую страницу и отправьте форму ещё раз.",
                detail: nil)
        case let error as HTTPError:
            return page(title: "Запрос не принят", status: error.status,
                explanation: "Сервер не смог принять запрос (\(error.status.code)). Вернитесь на предыдущую страницу и попробуйте ещё раз.",
                detail: nil)
        default:
            return page(title: "Что-то пошло не так", status: .internalServerError,
                explanation: "Страница не получилась из-за внутренней ошибки. Попробуйте обновить страницу.",
                detail: nil)
        }
    }

    /// A page with a title, what happened in plain words, and the library's message with its place.
    static func page(title: String, status: HTTPResponse.Status, explanation: String, detail: String?,
        next: (link: Link, words: String)? = nil) -> Response
    {
        let html = Layout.page(title: title, school: nil, section: nil) {
            element("p", .class("notice error")) { explanation }
            if let next {
                element("p") { element("a", .href(next.link)) { next.words } }
            }
            if let detail {
                element("pre", .class("detail")) { detail }
            }
        }
        return Layout.response(html, status: status)
    }

    private static func list(_ diagnostics: [SpecDiagnostic]) -> HTML {
        element("ol", .class("problems")) {
            for diagnostic in diagnostics {
                element("li", .class(diagnostic.severity.rawValue)) {
                    element("span", .class("severity")) { Words.severity(diagnostic.severity) }
                    " "
                    element("span", .class("place")) { Words.place(diagnostic.location) }
                    element("p", .class("message")) { diagnostic.russianMessage }
                }
            }
        }
    }
}
