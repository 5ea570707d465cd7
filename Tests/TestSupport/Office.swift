import Foundation

/// LibreOffice as the stand-in for the office software schools use: it opens what we generate,
/// turns it into PDF, and poppler reads the text back.
public enum Office {
    public struct Missing: Error, CustomStringConvertible {
        public var description: String { "LibreOffice or poppler-utils is not installed; run .ci/install (apt-get install libreoffice-writer-nogui poppler-utils)" }
    }

    /// Converts the files to PDF in one LibreOffice call and returns each one's text, by input path.
    /// With `layout`, table rows read as lines (poppler keeps the page's layout).
    public static func text(of files: [String], layout: Bool = false) throws -> [String: String] {
        guard let pdftotext = which("pdftotext") else { throw Missing() }
        return try convertingToPDF(files) { pdf, folder in
            let text = folder.appendingPathComponent(URL(fileURLWithPath: pdf).deletingPathExtension().lastPathComponent + ".txt").path
            try run(pdftotext, (layout ? ["-layout"] : []) + ["-enc", "UTF-8", pdf, text])
            return try String(contentsOfFile: text, encoding: .utf8)
        }
    }

    /// The document properties LibreOffice carries into the PDF (`Title`, `Subject`, `Keywords`, …), by input path.
    public static func properties(of files: [String]) throws -> [String: [String: String]] {
        guard let pdfinfo = which("pdfinfo") else { throw Missing() }
        return try convertingToPDF(files) { pdf, _ in
            var properties: [String: String] = [:]
            for line in try run(pdfinfo, ["-enc", "UTF-8", pdf]).output.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                properties[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return properties
        }
    }

    /// Each sheet of a workbook as LibreOffice Calc computes and shows it, by sheet name: rows of cells,
    /// read from the CSV it saves (UTF-8, commas, cells as shown, every sheet).
    public static func sheets(of workbook: String) throws -> [String: [[String]]] {
        guard let soffice = which("soffice") else { throw Missing() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentordocs-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = folder.appendingPathComponent("profile").path
        try run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", folder.path, workbook])
        let base = URL(fileURLWithPath: workbook).deletingPathExtension().lastPathComponent
        var sheets: [String: [[String]]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasPrefix(base + "-") && file.hasSuffix(".csv") {
            let name = String(file.dropFirst(base.count + 1).dropLast(4))
            sheets[name] = csvRows(try String(contentsOfFile: folder.appendingPathComponent(file).path, encoding: .utf8))
        }
        return sheets
    }

    /// Rows of a CSV with commas and double quotes (a quote inside quotes doubled).
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var closedQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; closedQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if closedQuote { field.append("\"") }
                quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\n", "\r\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default:
                field.append(character)
            }
            closedQuote = false
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }

    /// Converts the files to PDF in one LibreOffice call and reads each PDF made.
    private static func convertingToPDF<T>(_ files: [String], read: (String, URL) throws -> T) throws -> [String: T] {
        guard let soffice = which("soffice") else { throw Missing() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentordocs-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = folder.appendingPathComponent("profile").path
        try run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir", folder.path] + files)
        var result: [String: T] = [:]
        for file in files {
            let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let pdf = folder.appendingPathComponent(base + ".pdf").path
            guard FileManager.default.fileExists(atPath: pdf) else { continue }
            result[file] = try read(pdf, folder)
        }
        return result
    }

    /// Text with line breaks and runs of spaces folded, so sentences can be searched across lines.
    public static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    public static func which(_ program: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    @discardableResult
    public static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        if let environment { process.environment = environment }
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        // Files, not pipes: a child that writes more than a pipe holds would wait for a reader forever.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentordocs-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout"), errURL = folder.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outURL), error = try FileHandle(forWritingTo: errURL)
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        try? output.close()
        try? error.close()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
