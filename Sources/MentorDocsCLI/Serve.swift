import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MentorDocs
import MentorDocsServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows the school on a local web page and makes its documents as a ZIP.",
        discussion: """
            Starts a web server on 127.0.0.1 (this computer only) and prints the address to open, with a \
            random token in it; the page in the browser keeps it in a cookie. Without the token every page \
            answers 403. The pages, in Russian: the school with every problem `check` finds, the \
            participants, the pairs and groups, and a form that downloads the documents as a ZIP. The spec \
            is read anew for every page, so an edit in a text editor shows at the next reload. Ctrl+C stops it.

            On a school's closed network, --host 0.0.0.0 lets colleagues' computers open the page too; it \
            needs --password-file, a file only you can read (chmod 600) whose first line is the password \
            they type on the login page. Traffic is plain HTTP: use it only on a network you trust.

            Open the example school:   mentordocs serve Fixtures/example-school.spec --open
            On the school's network:   mentordocs serve school.spec --host 0.0.0.0 --port 8080 --password-file ~/.mentordocs-password --name school-pc.local
            """
    )

    @Argument(help: "The spec file of the school.")
    var spec: String

    @Option(help: "The port to listen on (default: a free one the system picks).")
    var port: Int = 0

    @Option(help: "The address to listen on: 127.0.0.1 (this computer only, the default), or 0.0.0.0 (every address, for the school's network; needs --password-file).")
    var host = "127.0.0.1"

    @Option(name: .customLong("name"), help: "A name or address colleagues type to reach this computer (school-pc.local); may be repeated. The addresses of the computer are accepted anyway.")
    var names: [String] = []

    @Option(help: "A file only you can read whose first line is the password of the login page; needed with --host other than 127.0.0.1.")
    var passwordFile: String?

    @Flag(help: "Open the page in the default browser.")
    var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        var status = stat()
        guard stat(spec, &status) == 0, status.st_mode & S_IFMT != S_IFDIR else {
            printError("error: \(spec): there is no such file")
            throw ExitStatus.invalidInput
        }
        let network: ServeNetwork
        do {
            network = try ServeNetwork(host: host, names: names, passwordFile: passwordFile)
        } catch {
            printError("error: \(error)")
            throw ExitStatus.invalidInput
        }
        let open = self.open
        let server = MentorDocsServer(spec: spec, port: port, network: network)
        try await server.run { address in
            writeWhole("""
                mentordocs serve: \(spec)
                Откройте в браузере (open in a browser):

                  \(address)
                \(Self.networkNote(network, address: address))
                Ctrl+C stops the server.

                """, to: STDOUT_FILENO)
            if open { Browser.open(address) }
        }
    }
}

extension Serve {
    /// For a server on the network: the address colleagues open, and that they log in with the password.
    static func networkNote(_ network: ServeNetwork, address: String) -> String {
        guard network.hasPassword else { return "" }
        let port = address.split(separator: ":").last?.split(separator: "/").first ?? ""
        let addresses = network.hostsForColleagues.map { "  http://\($0):\(port)/" }.joined(separator: "\n")
        return """

            На других компьютерах школьной сети — адрес и пароль из файла (on the school's network, with the password):

            \(addresses)

            Plain HTTP: only on a network you trust.

            """
    }
}

/// The system's way to open an address in the default browser.
enum Browser {
    static func open(_ address: String) {
        #if os(macOS)
        let command = "/usr/bin/open"
        #else
        let command = "/usr/bin/xdg-open"
        #endif
        do {
            _ = try ChildProcess(command, [address])
        } catch {
            printError("note: could not start \(command); open the address above in a browser")
        }
    }
}
