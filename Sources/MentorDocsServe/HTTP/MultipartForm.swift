/// A form sent as `multipart/form-data` (RFC 7578), as a browser sends one with a file: each part's
/// name, its file name if it is a file, and its bytes. Nothing is written to disk.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var bytes: [UInt8]
    }

    private(set) var parts: [Part] = []

    /// The body's parts, split at the boundary the `Content-Type` names; nil when it names none or
    /// the body is not in that form.
    init?(body: [UInt8], contentType: String) {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
            let boundary = Self.parameter("boundary", in: contentType), !boundary.isEmpty
        else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        var positions: [Int] = []
        var index = 0
        while let found = Self.find(delimiter, in: body, from: index) {
            positions.append(found)
            index = found + delimiter.count
        }
        guard positions.count >= 2 else { return nil }
        for (start, end) in zip(positions, positions.dropFirst()) {
            var partStart = start + delimiter.count
            guard body[partStart...].starts(with: [13, 10]) else { continue }
            partStart += 2
            var partEnd = end
            if partEnd >= 2, body[partEnd - 2] == 13, body[partEnd - 1] == 10 { partEnd -= 2 }
            guard partEnd >= partStart, let headEnd = Self.find([13, 10, 13, 10], in: body, from: partStart), headEnd <= partEnd else { continue }
            let head = String(decoding: body[partStart..<headEnd], as: UTF8.self)
            guard let disposition = head.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                let name = Self.parameter("name", in: String(disposition))
            else { continue }
            parts.append(Part(name: name, fileName: Self.parameter("filename", in: String(disposition)),
                bytes: Array(body[(headEnd + 4)..<max(partEnd, headEnd + 4)])))
        }
    }

    /// The first part named `name`.
    subscript(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// Every part named `name`, in the order sent.
    func all(_ name: String) -> [Part] { parts.filter { $0.name == name } }

    /// The text of the first part named `name`.
    func text(_ name: String) -> String? { self[name].map { String(decoding: $0.bytes, as: UTF8.self) } }

    /// `name=value` or `name="value"` among a header's `;`-separated parameters.
    private static func parameter(_ name: String, in header: String) -> String? {
        for piece in header.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == name else { continue }
            var value = pair[1].trimmingWhitespace()
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        var index = start
        let first = needle[0]
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

import MentorDocs

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
