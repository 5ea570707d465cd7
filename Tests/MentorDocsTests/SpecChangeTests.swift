import Foundation
import SpecSyntax
import Testing
import TestSupport

@testable import MentorDocs

/// Entries of a spec written anew through `SpecFile` and `SpecChange`: what is written reads back as
/// the same participants and pairs, and the file is replaced whole, kept one version back, or not at all.
@Suite struct SpecChangeTests {
    static func example() throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.exampleSpec))) }

    /// A participant or pair as the spec describes it, without the places it was read at.
    static func placeless(_ participant: Participant) -> Participant {
        var participant = participant
        participant.location = SourceLocation(file: "", line: 0, column: 0)
        participant.fieldLocations = [:]
        participant.representative?.fieldLocations = [:]
        return participant
    }

    static func placeless(_ pair: MentoringPair) -> MentoringPair {
        var pair = pair
        pair.location = SourceLocation(file: "", line: 0, column: 0)
        pair.fieldLocations = [:]
        return pair
    }

    /// Every entry of the example school, written from scratch (each field rendered by the writer,
    /// none kept from the file), reads back as the same participant or pair, and the rest of the file
    /// is left byte for byte.
    @Test func everyEntryOfTheExampleSchoolIsWrittenAnewAndReadsBackTheSame() throws {
        let bytes = try Self.example()
        let original = try SpecReader.read(bytes: bytes, name: "school.spec").0
        let root = try SpecParser.parse(bytes, file: "school.spec")
        for list in [SpecList.participants, .pairs] {
            for item in root[list.rawValue]!.items {
                guard case .fields(let fields, _) = SpecValue(item), let id = SpecValue(item)["id"]?.text else {
                    Issue.record("an entry of \(list) is not a group of fields")
                    continue
                }
                // First to a bare id, so that the second edit has nothing to keep and writes every field.
                let bare = try SpecListEdit.put([SpecField("id", .text(id))], inList: list.rawValue, replacing: id, in: bytes, file: "school.spec")
                let written = try SpecListEdit.put(fields, inList: list.rawValue, replacing: id, in: bare.bytes, file: "school.spec")
                let text = String(decoding: written.bytes, as: UTF8.self)
                let (programme, _) = try SpecReader.read(bytes: written.bytes, name: "school.spec")
                switch list {
                case .participants:
                    #expect(programme.participants.map(Self.placeless) == original.participants.map(Self.placeless), "\(id)")
                case .pairs:
                    #expect(programme.pairs.map(Self.placeless) == original.pairs.map(Self.placeless), "\(id)")
                }
                // Outside the entry, nothing moved: the file's lines before and after it are the same.
                let before = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n")
                let after = text.components(separatedBy: "\n")
                let firstLine = item.location.line - 1
                #expect(Array(after[..<firstLine]) == Array(before[..<firstLine]), "\(id)")
                let tail = before.count - after.count
                let entryEnd = after.indices.first { $0 > firstLine && (after[$0].hasPrefix("  - ") || !after[$0].hasPrefix(" ")) && !after[$0].isEmpty && !after[$0].hasPrefix("  #") }
                if let entryEnd { #expect(Array(after[entryEnd...]) == Array(before[(entryEnd + tail)...]), "\(id)") }
            }
        }
    }

    @Test func aWriteKeepsThePermissionsAndThePreviousVersion() throws {
        let folder = Paths.temporaryFolder("spec-change")
        let path = folder + "/school.spec"
        let original = try Self.example()
        FileManager.default.createFile(atPath: path, contents: Data(original), attributes: [.posixPermissions: 0o600])
        let file = try SpecFile.read(path)
        #expect(file.version == SHA256.hex(of: original))
        let entry = [SpecField("id", .text("s9")), SpecField("full_name", .text("Новикова Нина Петровна")), SpecField("category", .text("teacher")),
            SpecField("position", .text("учитель истории"))]
        let change = try file.change(putting: entry, in: .participants, replacing: nil)
        #expect(change.newErrors.isEmpty)
        try change.write()
        let written = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(written == change.edited.bytes)
        #expect(try SpecReader.read(contentsOf: path).0.participant("s9")?.classOrPosition == "учитель истории")
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: SpecChange.backupPath(of: path)))) == original)
        for written in [path, SpecChange.backupPath(of: path)] {
            let mode = try FileManager.default.attributesOfItem(atPath: written)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(written)")
        }
        #expect(!FileManager.default.fileExists(atPath: path + ".part"))
    }

    @Test func aFileChangedSinceItWasReadIsNotWrittenOver() throws {
        let folder = Paths.temporaryFolder("spec-change")
        let path = folder + "/school.spec"
        try Data(try Self.example()).write(to: URL(fileURLWithPath: path))
        let file = try SpecFile.read(path)
        let change = try file.change(putting: [SpecField("id", .text("t1")), SpecField("full_name", .text("Кравченко Елена"))], in: .participants, replacing: "t1")
        // Meanwhile, in a text editor:
        let edited = Array("# правка в редакторе\n".utf8) + file.bytes
        try Data(edited).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: SpecWriteError.self) { try change.write() }
        #expect(error.kind == .changedOnDisk)
        #expect(error.message.contains("school.spec"))
        #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))) == edited)
        #expect(!FileManager.default.fileExists(atPath: SpecChange.backupPath(of: path)))
        #expect(try SpecFile.read(path).version != file.version)
    }

    @Test func theErrorsAChangeBringsAreToldFromThoseThereBefore() throws {
        // The spec has an error already (p1's mentor is unknown); a change to s3 that brings a bad date shows that one only.
        let text = String(decoding: try Self.example(), as: UTF8.self).replacingOccurrences(of: "    mentor: t1\n", with: "    mentor: t9\n")
        let file = SpecFile(path: "school.spec", bytes: Array(text.utf8))
        let root = try SpecParser.parse(file.bytes, file: "school.spec")
        let s3 = try #require(root["participants"]?.items.first { $0["id"]?.scalar?.text == "s3" })
        guard case .fields(var fields, _) = SpecValue(s3) else { throw SpecEditError.noEntry("s3") }
        #expect(try file.change(putting: fields, in: .participants, replacing: "s3").newErrors.isEmpty)
        fields[fields.firstIndex { $0.key == "birth_date" }!] = SpecField("birth_date", .text("2014-02-30"))
        let change = try file.change(putting: fields, in: .participants, replacing: "s3")
        #expect(change.newErrors.map(\.message) == ["“2014-02-30” is not a date; write YYYY-MM-DD or DD.MM.YYYY (a real day of a real month)"])
        #expect(change.entry?["birth_date"]?.location == change.newErrors.first?.location)
    }
}
