/// Writes a ZIP archive front to back, one entry at a time, for a download sent as it is made: nothing
/// is sought back to and nothing but the central directory's few bytes per entry is kept.
///
/// Entries are stored, not deflated: they are DOCX and ODT files, ZIP archives whose parts are
/// deflated already, and deflating them again would cost time for a percent or two. Each document
/// arrives whole, so its CRC-32 and size are known before its first byte is sent and stand in its
/// local header; no data descriptor is needed. Names are UTF-8 (flag bit 11), as Windows' Explorer,
/// 7-Zip, macOS and `unzip` read Cyrillic names; files are marked 0600, as `generate` makes them.
///
/// Without ZIP64, an archive holds at most 65,535 entries and 4 GiB; past either the writer throws
/// `ZipLimitError` rather than write an archive no reader could open.
struct ZipStreamWriter {
    /// The day and time the entries are stamped with, in MS-DOS form.
    private let dosTime: UInt16
    private let dosDate: UInt16
    /// The central directory, written at the end.
    private var directory: [UInt8] = []
    private var entries = 0
    /// Bytes written so far: the next local header's offset.
    private var offset: UInt64 = 0

    static let maximumEntries = 0xFFFF
    static let maximumSize: UInt64 = 0xFFFF_FFFF

    /// `modified`: year, month, day, hour, minute and second the entries are stamped with (local time).
    init(modified: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int)) {
        let year = min(max(modified.year, 1980), 2107)
        dosDate = UInt16((year - 1980) << 9 | modified.month << 5 | modified.day)
        dosTime = UInt16(modified.hour << 11 | modified.minute << 5 | modified.second / 2)
    }

    /// The local header of an entry holding `bytes` under `name`; send it, then `bytes` as they are.
    mutating func header(name: String, bytes: [UInt8]) throws(ZipLimitError) -> [UInt8] {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(bytes)
        guard entries < Self.maximumEntries else { throw ZipLimitError.tooManyEntries }
        guard nameBytes.count <= 0xFFFF,
            offset + UInt64(30 + nameBytes.count + bytes.count) + UInt64(directory.count + 46 + nameBytes.count + 22) <= Self.maximumSize
        else { throw ZipLimitError.tooLarge }
        let size = UInt32(bytes.count)
        var header: [UInt8] = []
        header.reserveCapacity(30 + nameBytes.count)
        header.append(littleEndian: UInt32(0x0403_4B50))
        header.append(littleEndian: Self.versionNeeded)
        header.append(littleEndian: Self.flags)
        header.append(littleEndian: UInt16(0))  // stored
        header.append(littleEndian: dosTime)
        header.append(littleEndian: dosDate)
        header.append(littleEndian: crc)
        header.append(littleEndian: size)  // compressed
        header.append(littleEndian: size)  // uncompressed
        header.append(littleEndian: UInt16(nameBytes.count))
        header.append(littleEndian: UInt16(0))  // extra field
        header += nameBytes

        directory.append(littleEndian: UInt32(0x0201_4B50))
        directory.append(littleEndian: Self.versionMadeBy)
        directory.append(littleEndian: Self.versionNeeded)
        directory.append(littleEndian: Self.flags)
        directory.append(littleEndian: UInt16(0))
        directory.append(littleEndian: dosTime)
        directory.append(littleEndian: dosDate)
        directory.append(littleEndian: crc)
        directory.append(littleEndian: size)
        directory.append(littleEndian: size)
        directory.append(littleEndian: UInt16(nameBytes.count))
        directory.append(littleEndian: UInt16(0))  // extra field
        directory.append(littleEndian: UInt16(0))  // comment
        directory.append(littleEndian: UInt16(0))  // disk
        directory.append(littleEndian: UInt16(0))  // internal attributes
        directory.append(littleEndian: Self.externalAttributes)
        directory.append(littleEndian: UInt32(offset))
        directory += nameBytes

        entries += 1
        offset += UInt64(header.count + bytes.count)
        return header
    }

    /// The central directory and the end record: the archive's last bytes.
    func finish() -> [UInt8] {
        var end = directory
        end.append(littleEndian: UInt32(0x0605_4B50))
        end.append(littleEndian: UInt16(0))  // this disk
        end.append(littleEndian: UInt16(0))  // the directory's disk
        end.append(littleEndian: UInt16(entries))
        end.append(littleEndian: UInt16(entries))
        end.append(littleEndian: UInt32(directory.count))
        end.append(littleEndian: UInt32(offset))
        end.append(littleEndian: UInt16(0))  // comment
        return end
    }

    /// 2.0: stored entries in folders.
    private static let versionNeeded: UInt16 = 20
    /// Made on Unix (3), so the external attributes carry a Unix mode.
    private static let versionMadeBy: UInt16 = 3 << 8 | 20
    /// Bit 11: the name is UTF-8.
    private static let flags: UInt16 = 1 << 11
    /// A regular file, read and written by its owner only (0100600).
    private static let externalAttributes: UInt32 = 0o100600 << 16
}

/// An archive past what a ZIP without ZIP64 holds.
enum ZipLimitError: Error, Equatable {
    case tooManyEntries, tooLarge
}

/// The CRC-32 of ZIP (and of zlib and PNG): polynomial 0xEDB88320, reflected.
enum CRC32 {
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
            }
        }
        return crc ^ 0xFFFF_FFFF
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }
}

extension [UInt8] {
    fileprivate mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
