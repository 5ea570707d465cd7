/// `manifest.csv`: every file made and for whom, with an empty column to tick off what came back
/// signed. Semicolons and a byte-order mark, so a spreadsheet in a Russian locale opens it as is.
public enum Manifest {
    /// The manifest's name in the output folder.
    public static let fileName = "manifest.csv"

    /// Written straight into one buffer: for a batch of ten thousand, lines joined as strings
    /// had been the largest thing the process held.
    public static func csv(_ written: [Generator.Written], relativeTo folder: String) -> [UInt8] {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        bytes.reserveCapacity(written.count * 160)
        append(["Файл", "Документ", "Участники", "Пара или группа", "Подписан"], to: &bytes)
        let prefix = Array((folder + "/").utf8)
        for file in written {
            let path = file.path.utf8
            let relative = path.starts(with: prefix) ? String(decoding: path.dropFirst(prefix.count), as: UTF8.self) : file.path
            append([relative, file.record.kind.fileTitle, file.record.subject, file.record.pairID ?? "", ""], to: &bytes)
        }
        return bytes
    }

    /// One line: fields split by semicolons, quoted where they hold a semicolon, a quote or a line break.
    private static func append(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ";")) }
            let text = field.utf8
            guard text.contains(where: { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") }) else {
                bytes += text
                continue
            }
            bytes.append(UInt8(ascii: "\""))
            for byte in text {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes += [UInt8(ascii: "\r"), UInt8(ascii: "\n")]
    }
}
