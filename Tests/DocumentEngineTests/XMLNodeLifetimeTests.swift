import Testing

@testable import DocumentEngine

/// A node handle keeps its document: nothing the compiler holds can point into a freed tree.
@Suite struct XMLNodeLifetimeTests {
    /// Parses a part and hands back only a node deep inside it; the document itself goes out of scope.
    static func paragraphOfAPartNoLongerHeld() throws -> XMLNode {
        let xml = #"<w:document xmlns:w="urn:w"><w:body><w:p><w:r><w:t>Текст</w:t></w:r></w:p></w:body></w:document>"#
        let document = try XMLDocument(bytes: Array(xml.utf8), part: "word/document.xml")
        return try #require(document.root?.firstChild?.firstChild)
    }

    @Test func aNodeOutlivesTheNameOfItsDocument() throws {
        weak var released: XMLDocument?
        let paragraph: XMLNode
        do {
            paragraph = try Self.paragraphOfAPartNoLongerHeld()
            released = paragraph.document
        }
        #expect(released != nil, "the handle holds the document")
        #expect(paragraph.localName == "p")
        #expect(paragraph.parent?.localName == "body")
        #expect(paragraph.firstChild?.firstChild?.firstChild?.text == "Текст")
    }

    @Test func theDocumentIsFreedWithItsLastHandle() throws {
        weak var released: XMLDocument?
        do {
            let paragraph = try Self.paragraphOfAPartNoLongerHeld()
            released = paragraph.document
            #expect(released != nil)
        }
        #expect(released == nil, "no handle is left, so the tree is gone")
    }

    @Test func handlesAreEqualByTheNodeTheyPointAt() throws {
        let paragraph = try Self.paragraphOfAPartNoLongerHeld()
        #expect(paragraph.firstChild?.parent == paragraph)
        #expect(paragraph.parent != paragraph)
    }

    /// A compile removes emptied paragraphs while it still holds handles to them (the spans of its
    /// sections); under the address sanitizer, reading such a handle would be a use after free.
    @Test func aRemovedNodeStaysReadableUntilItsDocumentGoes() throws {
        let paragraph = try Self.paragraphOfAPartNoLongerHeld()
        let run = try #require(paragraph.firstChild)
        let body = try #require(paragraph.parent)
        paragraph.remove()
        #expect(body.firstChild == nil, "it is out of the tree")
        #expect(paragraph.parent == nil)
        #expect(paragraph.localName == "p")
        #expect(run.firstChild?.firstChild?.text == "Текст")
    }

    @Test func aRemovedNodePutBackIsFreedOnceWithItsTree() throws {
        let paragraph = try Self.paragraphOfAPartNoLongerHeld()
        let body = try #require(paragraph.parent)
        let run = try #require(paragraph.firstChild)
        run.remove()
        paragraph.insertBefore(run)
        #expect(body.firstChild == run)
    }
}
