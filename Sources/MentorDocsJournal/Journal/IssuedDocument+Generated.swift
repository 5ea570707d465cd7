#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
public import MentorDocs

extension IssuedDocument {
    /// What `Generator.generate` wrote into `folder`, as the journal records it: a document for each
    /// record, each file read back and digested (a merged print file once, for all its records).
    public static func documents(written: [Generator.Written], into folder: String, on day: CalendarDay) throws -> [IssuedDocument] {
        var digests: [String: String] = [:]
        return try written.map { file in
            let digest: String
            if let known = digests[file.path] {
                digest = known
            } else {
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    throw OutputError(.notWritable, "cannot read back \(file.path) to record it in the journal")
                }
                digest = SHA256.hex(of: [UInt8](data))
                digests[file.path] = digest
            }
            var relative = file.path.hasPrefix(folder) ? file.path.dropFirst(folder.count) : file.path[...]
            while relative.first == "/" { relative.removeFirst() }
            return IssuedDocument(kind: file.record.kind, personIDs: file.record.participantIDs, pairID: file.record.pairID,
                file: String(relative), day: day, sha256: digest)
        }
    }
}
