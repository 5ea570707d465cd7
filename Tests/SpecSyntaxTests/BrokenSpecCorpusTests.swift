import Foundation
import Testing

@testable import SpecSyntax

/// Every file of `Fixtures/broken-specs` gives exactly the diagnostics written beside it in
/// `NAME.expected`: the message a secretary reads, and the line and column it points at.
@Suite struct BrokenSpecCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/broken-specs").path

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".spec") }.sorted()
    }

    @Test func theCorpusCoversEveryKindOfMistake() {
        #expect(Self.names.count >= 20)
    }

    @Test(arguments: names)
    func givesItsExpectedDiagnostics(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name)))
        let expected = try String(contentsOfFile: Self.folder + "/" + name.replacingOccurrences(of: ".spec", with: ".expected"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        do throws(SpecSyntaxError) {
            _ = try SpecParser.parse(bytes, file: name)
            Issue.record("\(name) was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == expected)
        }
    }

    /// Bytes that are not UTF-8 text are fixed by saving the file again; everything else is the syntax.
    static let encodingMistakes: Set<String> = ["invalid-utf8.spec", "nul-byte.spec", "bom-in-the-middle.spec"]

    @Test(arguments: names)
    func givesItsKind(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name)))
        do throws(SpecSyntaxError) {
            _ = try SpecParser.parse(bytes, file: name)
            Issue.record("\(name) was accepted")
        } catch {
            #expect(error.kinds == [Self.encodingMistakes.contains(name) ? .encoding : .syntax], "\(error)")
        }
    }

    @Test func aFileThatCannotBeReadIsUnreadable() {
        do throws(SpecSyntaxError) {
            _ = try SpecParser.parse(contentsOf: Self.folder + "/no-such.spec")
            Issue.record("a missing file was parsed")
        } catch {
            #expect(error.kinds == [.unreadable])
        }
    }
}
