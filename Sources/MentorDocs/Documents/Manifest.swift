/// `manifest.csv`: every file made and for whom, with an empty column to tick off what came back
/// signed. Semicolons and a byte-order mark, so a spreadsheet in a Russian locale opens it as is.
public enum Manifest {
    public static let fileName = "manifest.csv"

    public static func csv(_ written: [Generator.Written], relativeTo folder: String) -> [UInt8] {
        var lines = ["Файл;Документ;Участники;Пара или группа;Подписан"]
        let prefix = Array((folder + "/").utf8)
        for file in written {
            let path = file.path.utf8
            let relative = path.starts(with: prefix) ? String(decoding: path.dropFirst(prefix.count), as: UTF8.self) : file.path
            let fields = [relative, file.record.kind.fileTitle, file.record.subject, file.record.pairID ?? "", ""]
            lines.append(fields.map(quoted).joined(separator: ";"))
        }
        return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    private static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
