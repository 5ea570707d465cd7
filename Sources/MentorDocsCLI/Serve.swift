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

            Open the example school:   mentordocs serve Fixtures/example-school.spec --open
            """
    )

    @Argument(help: "The spec file of the school.")
    var spec: String

    @Option(help: "The port to listen on (default: a free one the system picks).")
    var port: Int = 0

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
        let open = self.open
        let server = MentorDocsServer(spec: spec, port: port)
        try await server.run { address in
            writeWhole("""
                mentordocs serve: \(spec)
                Откройте в браузере (open in a browser):

                  \(address)

                Ctrl+C stops the server.

                """, to: STDOUT_FILENO)
            if open { Browser.open(address) }
        }
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
