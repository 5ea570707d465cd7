#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibzipShim

/// Builds a new zip archive in memory, entry by entry, in the order they are added.
///
/// Parts copied from a template with `copy(_:from:)` keep their compressed bytes: libzip
/// moves them without inflating and deflating again; the writer keeps the readers it copies from
/// alive until it is done with them. Once finished, it only answers with an error.
public final class ArchiveWriter {
    /// Every entry gets this modification time (2000-01-01 00:00 UTC), so two runs give the same bytes.
    public static let fixedTimestamp = 946_684_800

    /// zlib's fastest level, for documents rendered in batches: rendered XML deflates 2.5 times
    /// faster than at the default level 6, and a document grows by about 7% (README, Performance).
    public static let fastDeflate: UInt32 = 1
    /// zlib's default level, for what is written once and copied into every document (templates).
    public static let compactDeflate: UInt32 = 6

    private let name: String
    private let deflateLevel: UInt32
    private let source: OpaquePointer
    private let archive: OpaquePointer
    private var finished = false
    /// libzip reads copied parts from their archives when the writer closes.
    private var copiedFrom: [ArchiveReader] = []

    /// Starts an empty archive; `name` names it in errors, and deflated parts are compressed at
    /// `deflateLevel` (zlib's 1 to 9: `fastDeflate` unless told otherwise).
    public init(name: String, deflateLevel: UInt32 = ArchiveWriter.fastDeflate) throws(ArchiveError) {
        self.name = name
        self.deflateLevel = deflateLevel
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw ArchiveError(.writeFailed, file: name, "cannot start an archive in memory")
        }
        zip_source_keep(source)
        guard let archive = zip_open_from_source(source, ZIP_TRUNCATE, &error) else {
            zip_source_free(source)
            zip_source_free(source)
            throw ArchiveError(.writeFailed, file: name, "cannot start an archive in memory")
        }
        self.source = source
        self.archive = archive
    }

    deinit {
        if !finished { zip_discard(archive) }
        zip_source_free(source)
        // Streams libzip was not given yet are closed here; libzip closes the others with their sources.
        for (_, data, _) in added.dropFirst(inserted) { if case .file(let file, _, _) = data { fclose(file) } }
    }

    /// How a part is kept in the archive: `deflate` compresses it at the writer's level, `store` keeps
    /// it as it is (as ODF's `mimetype` must be).
    public enum Compression: Sendable { /** `deflate`: compressed at the writer's level; `store`: kept as it is. */ case deflate, store }

    /// Adds a part with the given contents. The bytes are kept, not copied, until the archive is
    /// finished: libzip reads them as it closes (a rendered sheet may be megabytes).
    public func add(_ part: String, bytes: [UInt8], compression: Compression = .deflate) throws(ArchiveError) {
        try checkOpen(part)
        added.append((part, .bytes(bytes), compression))
    }

    /// Adds a part whose bytes are `length` bytes of `file` from `offset` (a large sheet spooled to a
    /// temporary file), deflated. The writer owns the stream and closes it.
    func add(_ part: String, file: UnsafeMutablePointer<FILE>, offset: Int, length: Int) throws(ArchiveError) {
        do throws(ArchiveError) { try checkOpen(part) } catch {
            fclose(file)
            throw error
        }
        added.append((part, .file(file, offset: offset, length: length), .deflate))
    }

    /// Copies a part from another archive as it is, compressed bytes and all.
    public func copy(_ entry: ArchiveEntry, from reader: ArchiveReader) throws(ArchiveError) {
        try checkOpen(entry.name)
        try flushAdded()
        if !copiedFrom.contains(where: { $0 === reader }) { copiedFrom.append(reader) }
        guard let data = zip_source_zip(archive, reader.handle, entry.index, 0, 0, -1) else {
            throw failure(entry.name, "cannot copy the part from the template")
        }
        try insert(entry.name, data: data, compression: entry.isStored ? .store : nil)
    }

    /// Writes the central directory and returns the archive's bytes.
    public func finish() throws(ArchiveError) -> [UInt8] {
        try checkOpen(nil)
        try flushAdded()
        let closed = zip_close(archive)
        added = []
        inserted = 0
        guard closed == 0 else {
            throw ArchiveError(.writeFailed, file: name, "cannot write the archive: \(String(cString: zip_strerror(archive)))")
        }
        finished = true
        copiedFrom = []
        guard zip_source_open(source) == 0 else { throw ArchiveError(.writeFailed, file: name, "cannot read back the archive") }
        defer { zip_source_close(source) }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(source, &stat) == 0 else { throw ArchiveError(.writeFailed, file: name, "cannot read back the archive") }
        var bytes = [UInt8](repeating: 0, count: Int(stat.size))
        let read = bytes.withUnsafeMutableBytes { raw in zip_source_read(source, raw.baseAddress, UInt64(raw.count)) }
        guard read == Int64(stat.size) else { throw ArchiveError(.writeFailed, file: name, "cannot read back the archive") }
        return bytes
    }

    /// What a part added holds: bytes in memory, or a stretch of a file.
    private enum Added {
        case bytes([UInt8])
        case file(UnsafeMutablePointer<FILE>, offset: Int, length: Int)
    }

    /// Parts added, in order; their bytes stay here until the archive closes.
    private var added: [(part: String, data: Added, compression: Compression)] = []
    /// How many of `added` are in the archive already.
    private var inserted = 0

    /// Gives libzip the parts added since the last copy, each reading its bytes where `added` keeps
    /// them: an array's storage stays where it is while the array lives unchanged, and libzip reads
    /// it only as `finish` closes the archive, before `added` lets the bytes go.
    private func flushAdded() throws(ArchiveError) {
        while inserted < added.count {
            let (part, content, compression) = added[inserted]
            inserted += 1
            let data: OpaquePointer?
            switch content {
            case .bytes(let bytes):
                data = bytes.withUnsafeBytes { raw in zip_source_buffer(archive, raw.baseAddress, UInt64(raw.count), 0) }
            case .file(let file, let offset, let length):
                // libzip closes the stream with the source; without a source it is closed here.
                data = zip_source_filep(archive, file, UInt64(offset), Int64(length))
                if data == nil { fclose(file) }
            }
            guard let data else { throw failure(part, "cannot add the part") }
            try insert(part, data: data, compression: compression)
        }
    }

    private func insert(_ part: String, data: OpaquePointer, compression: Compression?) throws(ArchiveError) {
        let index = zip_file_add(archive, part, data, ZIP_FL_ENC_UTF_8)
        guard index >= 0 else {
            zip_source_free(data)
            throw failure(part, "cannot add the part")
        }
        let entry = UInt64(index)
        switch compression {
        case .store?: zip_set_file_compression(archive, entry, ZIP_CM_STORE, 0)
        case .deflate?: zip_set_file_compression(archive, entry, ZIP_CM_DEFLATE, deflateLevel)
        case nil: break
        }
        zip_file_set_mtime(archive, entry, time_t(Self.fixedTimestamp), 0)
    }

    private func checkOpen(_ part: String?) throws(ArchiveError) {
        guard !finished else { throw ArchiveError(.writeFailed, file: name, part: part, "the archive is already finished; start a new one") }
    }

    private func failure(_ part: String, _ message: String) -> ArchiveError {
        ArchiveError(.writeFailed, file: name, part: part, "\(message): \(String(cString: zip_strerror(archive)))")
    }
}
