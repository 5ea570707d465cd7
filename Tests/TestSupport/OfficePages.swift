import Foundation

extension Office {
    /// A printed page as LibreOffice lays it out: its size in points and its text.
    public struct Page: Sendable {
        public var width: Double
        public var height: Double
        public var text: String
        public var isLandscape: Bool { width > height }
    }

    /// Converts the file to PDF with LibreOffice and returns its pages.
    public static func pages(of file: String) throws -> [Page] {
        guard let soffice = which("soffice"), let pdfinfo = which("pdfinfo"), let pdftotext = which("pdftotext") else { throw Missing() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mentordocs-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try run(soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf", "--outdir", folder.path, file])
        let pdf = folder.appendingPathComponent(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".pdf").path
        guard FileManager.default.fileExists(atPath: pdf) else { return [] }
        let info = try run(pdfinfo, ["-f", "1", "-l", "9999", pdf]).output
        let sizes = info.split(separator: "\n").filter { $0.hasPrefix("Page") && $0.contains(" size: ") }.map { line -> (Double, Double) in
            let numbers = line.split(separator: ":", maxSplits: 1)[1].split(separator: " ").compactMap { Double($0) }
            return (numbers[0], numbers[1])
        }
        let textFile = folder.appendingPathComponent("text.txt").path
        try run(pdftotext, ["-enc", "UTF-8", pdf, textFile])
        let texts = try String(contentsOfFile: textFile, encoding: .utf8).components(separatedBy: "\u{0C}")
        return sizes.enumerated().map { index, size in
            Page(width: size.0, height: size.1, text: index < texts.count ? texts[index] : "")
        }
    }
}
