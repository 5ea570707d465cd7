import Foundation
import Testing
import MentorDocs
import TestSupport

@Suite struct OutputFolderTests {
    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func writesWholeFilesReadableByTheOwnerOnly() throws {
        let root = Paths.temporaryFolder("output-folder")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = OutputFolder(path: root)
        try folder.prepare(subfolder: "consents")
        let path = try folder.write(Array("первый".utf8), to: "consents/a.docx")
        #expect(path == root + "/consents/a.docx")
        #expect(Self.contents(path) == "первый")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(Paths.files(in: root) == ["consents/a.docx"])
    }

    @Test func replacesOnlyWhenAskedTo() throws {
        let root = Paths.temporaryFolder("output-folder-replace")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try OutputFolder(path: root).prepare()
        try OutputFolder(path: root).write(Array("старый".utf8), to: "a.docx")
        let error = #expect(throws: OutputError.self) { try OutputFolder(path: root).write(Array("новый".utf8), to: "a.docx") }
        #expect(error?.kind == .exists)
        #expect(Self.contents(root + "/a.docx") == "старый")
        try OutputFolder(path: root, overwrite: true).write(Array("новый".utf8), to: "a.docx")
        #expect(Self.contents(root + "/a.docx") == "новый")
        #expect(Paths.files(in: root) == ["a.docx"], "no temporary file is left beside it")
    }

    @Test func aMissingFolderIsAClearErrorAndLeavesNothing() throws {
        let root = Paths.temporaryFolder("output-folder-missing")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try OutputFolder(path: root).prepare()
        let error = #expect(throws: OutputError.self) { try OutputFolder(path: root).write([1, 2, 3], to: "no-such-folder/a.docx") }
        #expect(error?.message.contains(root + "/no-such-folder/a.docx") == true, "\(String(describing: error))")
        #expect(error?.kind == .notWritable)
        #expect(Paths.files(in: root).isEmpty)
    }
}
