import Hummingbird
import MentorDocs

/// A file sent for the browser to save: its name made safe (`FileNaming.safe`: no folders, nothing
/// Windows forbids), given as ASCII for old browsers and in UTF-8 (RFC 6266) for the rest.
struct Attachment {
    /// The name the browser saves the file under.
    let fileName: String
    let contentType: String
    let bytes: [UInt8]

    /// `fileName` is made safe here, whatever a template folder's names might hold.
    init(fileName: String, contentType: String = "application/octet-stream", bytes: [UInt8]) {
        let base = fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        self.fileName = FileNaming.safe(base.isEmpty ? "файл" : base)
        self.contentType = contentType
        self.bytes = bytes
    }

    /// `attachment; filename="…"; filename*=UTF-8''…`: a name with letters outside ASCII has
    /// `asciiFallback` (`documents.zip`) for browsers that read only the first.
    static func disposition(_ fileName: String, asciiFallback: String) -> String {
        let isPlain = fileName.unicodeScalars.allSatisfy { $0.isASCII && $0 != "\"" && $0 != "\\" }
        return "attachment; filename=\"\(isPlain ? fileName : asciiFallback)\"; filename*=UTF-8''\(Link.encoded(fileName))"
    }

    var response: Response {
        let fallback = "file." + (fileName.split(separator: ".").last.map(String.init) ?? "bin")
        return Response(status: .ok, headers: [.contentType: contentType, .contentDisposition: Self.disposition(fileName, asciiFallback: fallback)],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
