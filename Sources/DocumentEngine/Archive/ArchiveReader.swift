#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibzipShim

/// A read-only view of a zip archive held in memory.
///
/// libzip does no locking: use one reader per thread (open another over the same bytes).
public final class ArchiveReader {
    /// The name errors give the archive: the file it was read from.
    public let file: String
    /// Every entry of the central directory, in the archive's order.
    public let entries: [ArchiveEntry]
    let handle: OpaquePointer
    private let buffer: UnsafeMutableRawBufferPointer
    private let limits: ArchiveLimits

    /// Opens `bytes` as a zip archive; `file` names it in errors.
    public init(bytes: [UInt8], file: String, limits: ArchiveLimits = .standard) throws(ArchiveError) {
        self.file = file
        self.limits = limits
        guard !bytes.isEmpty else { throw ArchiveError(.notAZip, file: file, "the file is empty, not a DOCX or ODT document") }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0) }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(buffer.baseAddress, UInt64(bytes.count), 0, &error) else {
            buffer.deallocate()
            throw ArchiveError(.unreadable, file: file, "cannot read the archive: \(String(cString: zip_error_strerror(&error)))")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            buffer.deallocate()
            let (kind, message) = Self.describeOpenFailure(zip_error_code_zip(&error))
            throw ArchiveError(kind, file: file, message)
        }
        self.buffer = buffer
        self.handle = archive
        do {
            self.entries = try Self.readDirectory(archive, file: file, limits: limits)
        } catch {
            zip_discard(archive)
            buffer.deallocate()
            throw error
        }
    }

    deinit {
        zip_discard(handle)
        buffer.deallocate()
    }

    /// The entry with this path (`word/document.xml`), or nil when the archive has none.
    public func entry(named name: String) -> ArchiveEntry? {
        entries.first { $0.name == name }
    }

    /// The inflated bytes of one part.
    public func read(_ entry: ArchiveEntry) throws(ArchiveError) -> [UInt8] {
        guard let zipFile = zip_fopen_index(handle, entry.index, 0) else {
            throw ArchiveError(.damaged, file: file, part: entry.name, "cannot open the part: \(String(cString: zip_strerror(handle)))")
        }
        defer { zip_fclose(zipFile) }
        var bytes = [UInt8](repeating: 0, count: Int(entry.size))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { raw in
                zip_fread(zipFile, raw.baseAddress! + filled, UInt64(raw.count - filled))
            }
            guard count > 0 else {
                throw ArchiveError(.damaged, file: file, part: entry.name, "the part is truncated or corrupt")
            }
            filled += Int(count)
        }
        return bytes
    }

    /// Inflates the part `entry` a piece of at most `size` bytes at a time, handing each to `body`
    /// (with whether it is the last) until the part ends or `body` says to stop: a part of tens of
    /// megabytes is read without being held. Never reads past the part's declared size.
    func read(_ entry: ArchiveEntry, inPiecesOf size: Int, _ body: (UnsafeBufferPointer<UInt8>, _ last: Bool) -> Bool) throws(ArchiveError) {
        guard let zipFile = zip_fopen_index(handle, entry.index, 0) else {
            throw ArchiveError(.damaged, file: file, part: entry.name, "cannot open the part: \(String(cString: zip_strerror(handle)))")
        }
        defer { zip_fclose(zipFile) }
        var buffer = [UInt8](repeating: 0, count: max(1, min(size, Int(entry.size))))
        var left = Int(entry.size)
        while left > 0 {
            let wanted = min(buffer.count, left)
            var filled = 0
            while filled < wanted {
                let count = buffer.withUnsafeMutableBytes { raw in zip_fread(zipFile, raw.baseAddress! + filled, UInt64(wanted - filled)) }
                guard count > 0 else { throw ArchiveError(.damaged, file: file, part: entry.name, "the part is truncated or corrupt") }
                filled += Int(count)
            }
            left -= filled
            let goOn = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<filled]), left == 0) }
            guard goOn else { return }
        }
    }

    /// The inflated bytes of the part with this path; a `missingPart` error when there is none.
    public func read(_ name: String) throws(ArchiveError) -> [UInt8] {
        guard let entry = entry(named: name) else {
            throw ArchiveError(.missingPart, file: file, part: name, "the archive has no such part")
        }
        return try read(entry)
    }

    private static func readDirectory(_ archive: OpaquePointer, file: String, limits: ArchiveLimits) throws(ArchiveError) -> [ArchiveEntry] {
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0, count <= Int64(limits.maximumEntryCount) else {
            throw ArchiveError(.tooManyEntries, file: file, "the archive has \(count) entries, more than the \(limits.maximumEntryCount) allowed")
        }
        var entries: [ArchiveEntry] = []
        var seen: Set<String> = []
        var total: UInt64 = 0
        for index in 0..<UInt64(count) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, index, 0, &stat) == 0, let rawName = stat.name else {
                throw ArchiveError(.damaged, file: file, "entry \(index) of the archive cannot be read")
            }
            let name = String(decoding: UnsafeRawBufferPointer(start: rawName, count: strlen(rawName)), as: UTF8.self)
            let entry = ArchiveEntry(
                index: index, name: name, size: stat.size, compressedSize: stat.comp_size,
                isStored: stat.comp_method == UInt16(ZIP_CM_STORE))
            if stat.encryption_method != UInt16(ZIP_EM_NONE) {
                throw ArchiveError(.encrypted, file: file, part: name, "the part is encrypted; save the document without a password")
            }
            try check(entry, file: file, limits: limits)
            guard seen.insert(name).inserted else {
                throw ArchiveError(.duplicatePart, file: file, part: name, "the archive holds this part twice")
            }
            total += entry.size
            if total > limits.maximumTotalSize {
                throw ArchiveError(.tooLarge, file: file, "the parts inflate to more than \(limits.maximumTotalSize >> 20) MB together")
            }
            entries.append(entry)
        }
        return entries
    }

    private static func check(_ entry: ArchiveEntry, file: String, limits: ArchiveLimits) throws(ArchiveError) {
        let name = entry.name
        if name.hasPrefix("/") || name.hasPrefix("\\") || name.split(separator: "/").contains("..")
            || name.split(separator: "\\").contains("..") || name.contains("\0")
        {
            throw ArchiveError(.unsafeEntryName, file: file, part: name, "the entry name points outside the archive")
        }
        if entry.size > limits.maximumPartSize {
            throw ArchiveError(.tooLarge, file: file, part: name, "the part inflates to \(entry.size) bytes, over the \(limits.maximumPartSize >> 20) MB cap")
        }
        if entry.size >= limits.ratioCheckThreshold,
            entry.size / max(entry.compressedSize, 1) > limits.maximumCompressionRatio
        {
            throw ArchiveError(.zipBomb, file: file, part: name, "the part has an absurd compression ratio (a zip bomb?)")
        }
    }

    /// What libzip's reason for not opening an archive means, and how to say it.
    private static func describeOpenFailure(_ code: Int32) -> (ArchiveError.Kind, String) {
        switch code {
        case ZIP_ER_NOZIP: return (.notAZip, "not a zip archive (or a truncated one), so not a DOCX or ODT document")
        case ZIP_ER_INCONS: return (.damaged, "the zip archive is inconsistent (truncated or corrupt)")
        case ZIP_ER_READ, ZIP_ER_EOF: return (.damaged, "the zip archive is truncated")
        case ZIP_ER_CRC: return (.damaged, "the zip archive is corrupt (checksum mismatch)")
        case ZIP_ER_EXISTS: return (.duplicatePart, "the archive holds the same part twice")
        default:
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            return (.unreadable, "cannot open the zip archive: \(String(cString: zip_error_strerror(&error)))")
        }
    }
}
