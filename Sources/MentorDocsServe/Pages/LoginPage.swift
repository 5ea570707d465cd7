import Hummingbird
import RussianLanguage

/// The page a colleague's browser opens on the school's network: a password, nothing of the school.
enum LoginPage {
    enum Notice {
        case none
        case wrongPassword
        case wait(seconds: Int)
    }

    /// The form, with `notice` above it; the school's name is not shown before the password is right.
    static func html(_ notice: Notice) -> HTML {
        HTML.document(
            element("html", Attribute("lang", "ru")) {
                element("head") {
                    void("meta", Attribute("charset", "utf-8"))
                    void("meta", .name("viewport"), Attribute("content", "width=device-width, initial-scale=1"))
                    element("title") { "Вход — mentordocs" }
                    void("link", Attribute("rel", "stylesheet"), .href(Link("/style.css")))
                }
                element("body") {
                    element("main") {
                        element("h1") { "Вход" }
                        switch notice {
                        case .none:
                            element("p") { "Введите пароль, который дал тот, кто запустил mentordocs на этом компьютере." }
                        case .wrongPassword:
                            element("p", .class("notice error")) { "Пароль неверный. Проверьте раскладку клавиатуры и Caps Lock." }
                        case .wait(let seconds):
                            element("p", .class("notice error")) {
                                "Было несколько неверных попыток. Попробуйте снова через \(Words.count(seconds, Words.second, .accusative))."
                            }
                        }
                        element("form", Attribute("method", "post"), Attribute("action", "/login")) {
                            element("p") {
                                element("label", .for("password")) { "Пароль" }
                                void("input", .type("password"), .id("password"), .name("password"),
                                    Attribute("autocomplete", "current-password"), Attribute("required", flag: true), Attribute("autofocus", flag: true))
                            }
                            element("button", .type("submit")) { "Войти" }
                        }
                    }
                }
            })
    }

    /// The page as an answer: 200 for the form, 401 after a wrong password, 429 while the client must wait.
    static func response(_ notice: Notice) -> Response {
        switch notice {
        case .none: return Layout.response(html(notice))
        case .wrongPassword: return Layout.response(html(notice), status: .unauthorized)
        case .wait(let seconds):
            var response = Layout.response(html(notice), status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
    }
}
