import Testing
import MentorDocs
import Foundation

@Suite struct ManifestTests {
    static func written(subject: String, pair: String?, path: String) -> Generator.Written {
        let record = DocumentRecord(kind: .agreement, subject: subject, participantIDs: ["p1"], pairID: pair, baseName: "x") { .null }
        return Generator.Written(record: record, path: path)
    }

    @Test func linesAreRelativeAndFieldsQuotedWhereTheyMustBe() {
        let bytes = Manifest.csv([
            Self.written(subject: "p1 (Орлова)", pair: "p1", path: "/out/agreements/a.docx"),
            Self.written(subject: "p2 (Белова; \"Мария\")", pair: nil, path: "/elsewhere/b.docx"),
        ], relativeTo: "/out")
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let lines = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines == [
            "Файл;Документ;Участники;Пара или группа;Подписан",
            "agreements/a.docx;\(DocumentKind.agreement.fileTitle);p1 (Орлова);p1;",
            "/elsewhere/b.docx;\(DocumentKind.agreement.fileTitle);\"p2 (Белова; \"\"Мария\"\")\";;",
            "",
        ])
    }
}
