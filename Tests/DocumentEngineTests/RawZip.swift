/// Writes zip archives byte by byte, stored entries only, so tests can make the broken and hostile
/// ones no well-behaved library would: duplicate names, paths outside the archive, lying sizes.
struct RawZip {
    struct Entry {
        var name: String
        var data: [UInt8]
        /// The inflated size the directory claims (a zip bomb lies here).
        var claimedSize: UInt32?
        var encrypted = false
    }

    var entries: [Entry] = []

    mutating func add(_ name: String, _ text: String, claimedSize: UInt32? = nil, encrypted: Bool = false) {
        entries.append(Entry(name: name, data: Array(text.utf8), claimedSize: claimedSize, encrypted: encrypted))
    }

    var bytes: [UInt8] {
        var output: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let offset = UInt32(output.count)
            let name = Array(entry.name.utf8)
            let crc = Self.crc32(entry.data)
            let flags: UInt16 = entry.encrypted ? 1 : 0
            let size = UInt32(entry.data.count)
            output += Self.le32(0x0403_4b50) + Self.le16(20) + Self.le16(flags) + Self.le16(0) + Self.le16(0) + Self.le16(0x21)
            output += Self.le32(crc) + Self.le32(size) + Self.le32(entry.claimedSize ?? size)
            output += Self.le16(UInt16(name.count)) + Self.le16(0) + name + entry.data
            directory += Self.le32(0x0201_4b50) + Self.le16(20) + Self.le16(20) + Self.le16(flags) + Self.le16(0)
            directory += Self.le16(0) + Self.le16(0x21) + Self.le32(crc) + Self.le32(size) + Self.le32(entry.claimedSize ?? size)
            directory += Self.le16(UInt16(name.count)) + Self.le16(0) + Self.le16(0) + Self.le16(0) + Self.le16(0)
            directory += Self.le32(0) + Self.le32(offset) + name
        }
        let directoryOffset = UInt32(output.count)
        output += directory
        output += Self.le32(0x0605_4b50) + Self.le16(0) + Self.le16(0) + Self.le16(UInt16(entries.count)) + Self.le16(UInt16(entries.count))
        output += Self.le32(UInt32(directory.count)) + Self.le32(directoryOffset) + Self.le16(0)
        return output
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    private static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
