/// Reads a spec: the subset of YAML documented in README, parsed by our own code.
public enum SpecParser {
    /// The deepest nesting accepted; deeper input is refused with a position, not a stack overflow.
    public static let maximumDepth = 200

    /// Parses UTF-8 text; `file` names it in every position.
    public static func parse(_ bytes: [UInt8], file: String) throws(SpecSyntaxError) -> SpecNode {
        let source = SourceText(bytes, file: file)
        var parser = Parser(lines: source.lines, file: file)
        parser.diagnostics = source.diagnostics
        let root = parser.parseDocument()
        let errors = parser.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { throw SpecSyntaxError(diagnostics: parser.diagnostics) }
        return root
    }

    /// Parses a file from disk.
    public static func parse(contentsOf path: String) throws(SpecSyntaxError) -> SpecNode {
        guard let bytes = FileReading.bytes(atPath: path) else {
            throw SpecSyntaxError(diagnostics: [SpecDiagnostic(.unreadable,
                location: SourceLocation(file: path, line: 1, column: 1),
                message: "cannot read the file (does it exist, and may it be read?)",
                russian: "Файл не удаётся прочитать. Проверьте, что он есть на месте и его разрешено читать.")])
        }
        return try parse(bytes, file: path)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum FileReading {
    /// The whole file, or nil when it cannot be opened or is not a regular file.
    static func bytes(atPath path: String) -> [UInt8]? {
        guard let handle = fopen(path, "rb") else { return nil }
        defer { fclose(handle) }
        var status = stat()
        guard fstat(fileno(handle), &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, handle)
            if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count { break }
        }
        return ferror(handle) == 0 ? bytes : nil
    }
}
