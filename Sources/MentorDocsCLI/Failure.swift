import ArgumentParser
import MentorDocs
import SpecSyntax

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

/// Exit codes, as README lists them.
enum ExitStatus {
    static let invalidInput = ExitCode(1)
    static let environment = ExitCode(3)
}

func printError(_ message: String) {
    var standardError = StandardError()
    print(message, to: &standardError)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) { writeWhole(string, to: STDERR_FILENO) }
}

/// Writes all of `string` to a file descriptor at once, unbuffered: a terminal shows it, and so does a pipe.
func writeWhole(_ string: String, to descriptor: Int32) {
    var bytes = Array(string.utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        bytes = bytes.dropFirst(written)
    }
}

/// Ends the process with `status` (the C library's `exit`, which a command's own `exit` hides).
func terminate(_ status: Int32) -> Never { exit(status) }

/// Prints a library error on standard error, then the command's advice for its kind.
func report(_ error: any Error) {
    printError("error: \(error)")
    for note in Advice.notes(for: error) { printError("note: \(note)") }
}

/// Runs `body`, turning our errors into their message on standard error and exit code 1.
@discardableResult
func failing<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        report(error)
        throw ExitStatus.invalidInput
    }
}

func loadSpec(_ path: String) throws -> (Programme, [SpecDiagnostic]) {
    do {
        return try SpecReader.read(contentsOf: path)
    } catch {
        printError(error.description)
        throw ExitStatus.invalidInput
    }
}

/// The questions the school asks (`--questions FILE`, else `questions.spec` in the `--templates`
/// folder, else the built-in ones); a catalogue's problems are printed with their places, and the
/// command exits with 1.
func loadQuestions(_ path: String?, templates: TemplateSource) throws -> QuestionCatalogue {
    do {
        return try QuestionCatalogue.forSchool(file: path, templates: templates)
    } catch {
        printError(error.description)
        throw ExitStatus.invalidInput
    }
}

/// File permissions written in octal on the command line: `--mode 640`.
struct FileMode: ExpressibleByArgument {
    var value: mode_t

    init(_ octal: Int) { value = mode_t(Int(String(octal), radix: 8) ?? 0o600) }

    init?(argument: String) {
        guard argument.count <= 4, let value = mode_t(argument, radix: 8), value <= 0o777 else { return nil }
        self.value = value
    }

    var defaultValueDescription: String { String(value, radix: 8) }
}
