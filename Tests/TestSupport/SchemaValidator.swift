import Foundation

/// Checks DOCX, XLSX and ODT files against the schemas of their standards (Tests/Schemas): WordprocessingML and
/// SpreadsheetML parts against the ECMA-376 Transitional XSDs after markup-compatibility processing, ODF parts against the
/// ODF 1.3 RelaxNG schema after foreign elements are removed. The package is unpacked with `unzip`, not
/// with the engine's own reader, so a fault of the reader cannot hide one of the writer.
public enum SchemaValidator {
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        /// The part, as named in the package: `word/document.xml`, `content.xml`.
        public var part: String
        public var line: Int?
        /// xmllint's message: `element p: Schemas validity error : Element '…': This element is not expected.`
        public var message: String

        public var description: String { line.map { "\(part):\($0): \(message)" } ?? "\(part): \(message)" }
        /// The same violation anywhere in the part: what two documents from one template compare on.
        public var withoutLine: String { "\(part): \(message)" }
    }

    public struct Missing: Error, CustomStringConvertible {
        public var program: String
        public var description: String {
            "\(program) is not installed; run .ci/install (apt-get install libxml2-utils xsltproc unzip)"
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static let schemasFolder = Paths.root + "/Tests/Schemas"

    public static func violations(ofFileAt path: String) throws -> [Violation] {
        try violations(of: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
    }

    public static func violations(of package: [UInt8]) throws -> [Violation] {
        let xmllint = try program("xmllint"), xsltproc = try program("xsltproc"), unzip = try program("unzip")
        let folder = Paths.temporaryFolder("schema")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let unpacked = folder + "/unpacked", checked = folder + "/checked"
        try Data(package).write(to: URL(fileURLWithPath: folder + "/package"))
        let unpacking = try Office.run(unzip, ["-qq", "-o", folder + "/package", "-d", unpacked])
        guard unpacking.status == 0 else { throw Failure(description: "unzip: \(unpacking.error)\(unpacking.output)") }

        let kind = try PackageKind(unpacked: unpacked)
        let parts = kind.parts(in: unpacked)
        for part in parts {
            let target = checked + "/" + part
            try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            let processing = try Office.run(xsltproc, ["--nonet", "-o", target, kind.preprocessing, unpacked + "/" + part])
            if processing.status != 0 {
                // A part xsltproc cannot read is not well-formed: xmllint is given it as it is, to say where.
                try? FileManager.default.removeItem(atPath: target)
                try FileManager.default.copyItem(atPath: unpacked + "/" + part, toPath: target)
            }
        }
        guard !parts.isEmpty else { return [] }
        // One xmllint for the whole package: the schema is compiled once.
        let validation = try Office.run(xmllint, ["--noout", "--nonet", kind.schemaOption, kind.schema] + parts.map { checked + "/" + $0 })
        guard [0, 1, 3].contains(validation.status) else {
            throw Failure(description: "xmllint could not validate (status \(validation.status)): \(validation.error)")
        }
        return violations(inXmllintOutput: validation.error, prefix: checked + "/", parts: parts)
    }

    /// The violations of `output` whose message, apart from its line, the template does not have too.
    public static func newViolations(template: [UInt8], output: [UInt8]) throws -> [String] {
        try newViolations(of: output, beyond: violations(of: template))
    }

    /// As `newViolations(template:output:)`, with the template's violations found once for many outputs.
    public static func newViolations(of output: [UInt8], beyond templateViolations: [Violation]) throws -> [String] {
        let known = Set(templateViolations.map(\.withoutLine))
        var seen = Set<String>()
        return try violations(of: output).map(\.withoutLine).filter { !known.contains($0) && seen.insert($0).inserted }
    }

    /// Lines of the form `<prefix><part>:<line>: <message>`; xmllint's own summaries and the source
    /// lines it quotes under a parser error are left out.
    static func violations(inXmllintOutput output: String, prefix: String, parts: [String]) -> [Violation] {
        var found: [Violation] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            guard line.hasPrefix(prefix) else { continue }
            let rest = line.dropFirst(prefix.count)
            guard let part = parts.first(where: { rest.hasPrefix($0 + ":") }) else { continue }
            let afterPart = rest.dropFirst(part.count + 1)
            let number = afterPart.prefix { $0.isNumber }
            if let lineNumber = Int(number), afterPart.dropFirst(number.count).hasPrefix(": ") {
                found.append(Violation(part: part, line: lineNumber, message: String(afterPart.dropFirst(number.count + 2))))
            } else {
                found.append(Violation(part: part, line: nil, message: afterPart.trimmingCharacters(in: .whitespaces)))
            }
        }
        return found
    }

    private static func program(_ name: String) throws -> String {
        guard let path = Office.which(name) else { throw Missing(program: name) }
        return path
    }

    /// What the package is, told by its own files, and how each kind is checked.
    private enum PackageKind {
        case wordprocessing
        case spreadsheet
        case openDocument

        init(unpacked: String) throws {
            let manager = FileManager.default
            if let mimetype = manager.contents(atPath: unpacked + "/mimetype"),
                String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument")
            {
                self = .openDocument
            } else if let types = manager.contents(atPath: unpacked + "/[Content_Types].xml") {
                self = String(decoding: types, as: UTF8.self).contains("spreadsheetml.sheet.main+xml") ? .spreadsheet : .wordprocessing
            } else {
                throw Failure(description: "neither an OpenDocument package (mimetype) nor an OOXML one ([Content_Types].xml)")
            }
        }

        var schema: String {
            switch self {
            case .wordprocessing: schemasFolder + "/OfficeOpenXML-Transitional/wordprocessingml.xsd"
            case .spreadsheet: schemasFolder + "/OfficeOpenXML-Transitional/spreadsheetml.xsd"
            case .openDocument: schemasFolder + "/OpenDocument-1.3/OpenDocument-v1.3-schema.rng"
            }
        }

        var schemaOption: String {
            switch self {
            case .wordprocessing, .spreadsheet: "--schema"
            case .openDocument: "--relaxng"
            }
        }

        var preprocessing: String {
            switch self {
            case .wordprocessing: schemasFolder + "/Preprocessing/markup-compatibility.xsl"
            case .spreadsheet: schemasFolder + "/Preprocessing/spreadsheet-compatibility.xsl"
            case .openDocument: schemasFolder + "/Preprocessing/odf-foreign-elements.xsl"
            }
        }

        /// The parts the schema covers, in package order.
        func parts(in unpacked: String) -> [String] {
            switch self {
            case .openDocument:
                // Embedded objects (charts) are documents of their own: `Object 1/content.xml`.
                let objects = ((try? FileManager.default.contentsOfDirectory(atPath: unpacked)) ?? []).sorted().map { $0 + "/content.xml" }
                return (["content.xml", "styles.xml", "meta.xml", "settings.xml"] + objects).filter {
                    FileManager.default.fileExists(atPath: unpacked + "/" + $0)
                }
            case .wordprocessing, .spreadsheet:
                let types = FileManager.default.contents(atPath: unpacked + "/[Content_Types].xml").map { String(decoding: $0, as: UTF8.self) } ?? ""
                let covered = (self == .spreadsheet ? Self.spreadsheetTypes : Self.wordprocessingTypes).union(Self.drawingTypes)
                return ContentTypes.overrides(in: types).compactMap { name, type in
                    guard covered.contains(type) else { return nil }
                    let part = name.hasPrefix("/") ? String(name.dropFirst()) : name
                    return FileManager.default.fileExists(atPath: unpacked + "/" + part) ? part : nil
                }
            }
        }

        /// The WordprocessingML parts whose root wml.xsd declares; Word's later parts (commentsExtended,
        /// people, …) have roots of their own namespaces and no Transitional schema.
        static let wordprocessingTypes: Set<String> = Set([
            "document.main", "template.main", "document.glossary", "header", "footer", "footnotes", "endnotes",
            "comments", "styles", "numbering", "settings", "fontTable", "webSettings",
        ].map { "application/vnd.openxmlformats-officedocument.wordprocessingml.\($0)+xml" })

        /// The DrawingML parts both schemas reach through the drawings they import: charts, and a sheet's drawing.
        static let drawingTypes: Set<String> = Set(["drawingml.chart", "drawing"].map { "application/vnd.openxmlformats-officedocument.\($0)+xml" })

        /// The SpreadsheetML parts whose roots sml.xsd declares.
        static let spreadsheetTypes: Set<String> = Set([
            "sheet.main", "template.main", "worksheet", "sharedStrings", "styles", "calcChain", "table", "comments",
        ].map { "application/vnd.openxmlformats-officedocument.spreadsheetml.\($0)+xml" })
    }

    /// The `<Override PartName="…" ContentType="…"/>` entries of `[Content_Types].xml`.
    private enum ContentTypes {
        static func overrides(in xml: String) -> [(name: String, type: String)] {
            xml.components(separatedBy: "<Override").dropFirst().compactMap { entry in
                let tag = entry.prefix { $0 != ">" }
                guard let name = attribute("PartName", in: tag), let type = attribute("ContentType", in: tag) else { return nil }
                return (name, type)
            }
        }

        private static func attribute(_ name: String, in tag: Substring) -> String? {
            for quote in ["\"", "'"] {
                guard let start = tag.range(of: " \(name)=\(quote)") ?? tag.range(of: "\t\(name)=\(quote)") ?? tag.range(of: "\n\(name)=\(quote)") else { continue }
                let value = tag[start.upperBound...].prefix { String($0) != quote }
                return String(value)
            }
            return nil
        }
    }
}
