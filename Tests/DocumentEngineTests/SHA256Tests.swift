import DocumentEngine
import Testing

/// The digest against the test vectors of FIPS 180-4, whole and fed in pieces.
@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func piecesGiveTheSameDigestAsTheWhole() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for pieceSize in [1, 3, 63, 64, 65, 200] {
            var digest = SHA256()
            for start in stride(from: 0, to: bytes.count, by: pieceSize) {
                digest.update(Array(bytes[start..<min(start + pieceSize, bytes.count)]))
            }
            #expect(digest.finalHex() == SHA256.hex(of: bytes), "pieces of \(pieceSize)")
        }
    }
}
