/// Reads the values of an XLSX or ODS spreadsheet, whichever the bytes are: class lists exported
/// from Excel, LibreOffice Calc and the electronic journals schools use.
///
/// The same rules as for templates keep hostile files harmless: the archive's limits, no DTDs or
/// entities, and a cap on cells and strings far above any class list.
public enum WorkbookReader {
    /// Cells read from one workbook at most, empty ones not counted.
    public static let maximumCells = 2_000_000

    /// The workbook in `bytes`; `file` names it in errors.
    public static func read(bytes: [UInt8], file: String) throws(WorkbookError) -> Workbook {
        let reader: ArchiveReader
        do { reader = try ArchiveReader(bytes: bytes, file: file) } catch {
            throw WorkbookError(.archive(error.kind), file: file, error.message)
        }
        if let mimetype = reader.entry(named: "mimetype") {
            let type = (try? reader.read(mimetype)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            guard type.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") else {
                throw WorkbookError(.notASpreadsheet, file: file, "an OpenDocument file, but not a spreadsheet (\(type.isEmpty ? "no type" : type))")
            }
            return try OpenDocumentSpreadsheetReader(reader: reader, file: file).workbook()
        }
        if reader.entry(named: "[Content_Types].xml") != nil {
            return try ExcelWorkbookReader(reader: reader, file: file).workbook()
        }
        throw WorkbookError(.notASpreadsheet, file: file, "neither an XLSX nor an ODS spreadsheet; save it from Excel or LibreOffice Calc as one")
    }

    /// Parses one part, with its errors said as the workbook's.
    static func document(_ part: String, in reader: ArchiveReader, file: String) throws(WorkbookError) -> XMLDocument {
        let bytes = try self.bytes(of: part, in: reader, file: file)
        do { return try XMLDocument(bytes: bytes, part: part) } catch {
            throw xmlError(error, file: file)
        }
    }

    /// Parses one part as it is read, telling `handler` what it meets (no tree is built), with its
    /// errors said as the workbook's.
    static func stream(_ part: String, in reader: ArchiveReader, file: String, into handler: some XMLStreamHandler) throws(WorkbookError) {
        guard let entry = reader.entry(named: part) else {
            throw WorkbookError(.malformed, file: file, place: part, "the archive has no such part")
        }
        guard entry.size > 0 else {
            throw xmlError(XMLParseError(.malformed, part: part, line: 1, column: 1, message: "malformed XML: the part is empty"), file: file)
        }
        let parser: XMLStream.Parser
        do { parser = try XMLStream.Parser(part: part, handler: handler) } catch { throw xmlError(error, file: file) }
        // A DOCTYPE is looked for in each piece with the end of the one before (it may be cut between two).
        var carried: [UInt8] = []
        var offset = 0
        var doctype: Int?
        do {
            try reader.read(entry, inPiecesOf: XMLStream.piece) { piece, last in
                let window = carried + Array(piece)
                if let found = XMLDocument.doctypeOffset(in: window) {
                    doctype = offset - carried.count + found
                    return false
                }
                parser.feed(piece, last: last)
                offset += piece.count
                carried = Array(piece.suffix(8))
                return !parser.done
            }
        } catch {
            throw WorkbookError(.archive(error.kind), file: file, place: part, error.message)
        }
        if let doctype {
            // Where, counted on the part read again up to it: only a refused part pays for that.
            throw xmlError(XMLStream.doctypeError(at: doctype, in: try bytes(of: part, in: reader, file: file), part: part), file: file)
        }
        do { try parser.finish() } catch { throw xmlError(error, file: file) }
    }

    private static func bytes(of part: String, in reader: ArchiveReader, file: String) throws(WorkbookError) -> [UInt8] {
        do { return try reader.read(part) } catch {
            throw WorkbookError(error.kind == .missingPart ? .malformed : .archive(error.kind), file: file, place: part, error.message)
        }
    }

    private static func xmlError(_ error: XMLParseError, file: String) -> WorkbookError {
        WorkbookError(.xml(error.kind), file: file, place: error.part, "line \(error.line), column \(error.column): \(error.message)")
    }
}
