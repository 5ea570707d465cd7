/// The lines of a spec, decoded from UTF-8, with what cannot be decoded reported by position.
///
/// A byte-order mark is skipped at the very start and refused anywhere else; CRLF, LF and lone CR
/// all end a line; a NUL byte is refused; so is a line longer than `maximumLineLength`, which is
/// read as empty so that one runaway line costs neither time nor a cascade of errors.
struct SourceText {
    static let maximumLineLength = 100_000

    struct Line {
        /// 1-based.
        var number: Int
        var scalars: [Unicode.Scalar]
    }

    private(set) var lines: [Line] = []
    private(set) var diagnostics: [SpecDiagnostic] = []

    init(_ bytes: [UInt8], file: String) {
        var current: [Unicode.Scalar] = []
        var lineNumber = 1
        var index = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        var reportedOnLine = false
        func report(_ message: String, russian: String) {
            guard !reportedOnLine else { return }
            reportedOnLine = true
            diagnostics.append(SpecDiagnostic(.encoding, location: SourceLocation(file: file, line: lineNumber, column: current.count + 1), message: message, russian: russian))
        }
        var lineLength = 0
        func append(_ scalar: Unicode.Scalar) {
            lineLength += 1
            if lineLength <= Self.maximumLineLength { current.append(scalar) }
        }
        func endLine() {
            if lineLength > Self.maximumLineLength {
                diagnostics.append(SpecDiagnostic(.syntax,
                    location: SourceLocation(file: file, line: lineNumber, column: 1),
                    message: "the line is \(lineLength) characters long; lines may be at most \(Self.maximumLineLength) (is this a spec?)",
                    russian: "Строка длиной \(lineLength) знаков, а можно не больше \(Self.maximumLineLength). Проверьте, тот ли это файл."))
                current.removeAll()
            }
            lines.append(Line(number: lineNumber, scalars: current))
            current.removeAll(keepingCapacity: true)
            lineNumber += 1
            lineLength = 0
            reportedOnLine = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                endLine()
                index += 1
                continue
            }
            if byte == 0x0D {
                endLine()
                index += (index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                continue
            }
            if byte == 0 {
                report("a NUL byte: this is not a text file",
                    russian: "В файле нулевой байт: это не текстовый файл. Выберите файл с описанием программы.")
                append("\u{FFFD}")
                index += 1
                continue
            }
            guard let (scalar, length) = Self.decode(bytes, at: index) else {
                report("invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8",
                    russian: "Текст не в кодировке UTF-8 (байт 0x\(String(byte, radix: 16, uppercase: true))). Сохраните файл в кодировке UTF-8.")
                append("\u{FFFD}")
                index += 1
                continue
            }
            if scalar == "\u{FEFF}" {
                report("a byte-order mark (U+FEFF) in the middle of the file; remove it",
                    russian: "Посреди файла стоит служебный знак U+FEFF. Удалите его.")
                index += length
                continue
            }
            append(scalar)
            index += length
        }
        if lineLength > 0 || lines.isEmpty { endLine() }
    }

    /// One UTF-8 sequence, strictly: no overlongs, no surrogates, nothing past U+10FFFF.
    private static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let first = bytes[index]
        if first < 0x80 { return (Unicode.Scalar(first), 1) }
        let length: Int
        var value: UInt32
        switch first {
        case 0xC2...0xDF: length = 2; value = UInt32(first & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(first & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(first & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
