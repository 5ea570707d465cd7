import Testing

@testable import DocumentEngine

/// Templates arrive by e-mail from anywhere: each kind of broken or hostile archive is refused
/// with a message that names the file and the part, and nothing is expanded or fetched.
@Suite struct HostileTemplateTests {
    static let document = "<?xml version=\"1.0\"?><w:document \(SamplePackages.wordNamespaces)><w:body><w:p><w:r><w:t>{{ a }}</w:t></w:r></w:p></w:body></w:document>"

    func refusal(_ bytes: [UInt8]) -> String {
        do {
            _ = try CompiledTemplate.compile(bytes: bytes, file: "bad.docx")
            return "accepted"
        } catch {
            return error.description
        }
    }

    @Test func aValidRawZipIsAccepted() {
        var zip = RawZip()
        zip.add("[Content_Types].xml", "<Types/>")
        zip.add("word/document.xml", Self.document)
        #expect(refusal(zip.bytes) == "accepted")
    }

    @Test func duplicateEntries() {
        var zip = RawZip()
        zip.add("word/document.xml", Self.document)
        zip.add("word/document.xml", Self.document)
        #expect(refusal(zip.bytes) == "bad.docx: the archive holds the same part twice")
    }

    @Test(arguments: ["../evil.xml", "/etc/passwd", "word/../../evil.xml"])
    func pathsOutsideTheArchive(name: String) {
        var zip = RawZip()
        zip.add("word/document.xml", Self.document)
        zip.add(name, "x")
        #expect(refusal(zip.bytes) == "bad.docx: \(name): the entry name points outside the archive")
    }

    @Test func encryptedEntry() {
        var zip = RawZip()
        zip.add("word/document.xml", Self.document, encrypted: true)
        #expect(refusal(zip.bytes).contains("encrypted"))
    }

    @Test func zipBombByItsClaimedSize() {
        var zip = RawZip()
        zip.add("word/document.xml", Self.document, claimedSize: 3_000_000_000)
        #expect(refusal(zip.bytes).hasPrefix("bad.docx: word/document.xml: the part inflates to 3000000000 bytes"))
    }

    @Test func truncatedArchive() {
        var zip = RawZip()
        zip.add("word/document.xml", Self.document)
        let bytes = zip.bytes
        #expect(refusal(Array(bytes.prefix(bytes.count - 30))).hasPrefix("bad.docx: "))
        #expect(refusal(Array(bytes.prefix(bytes.count / 2))).hasPrefix("bad.docx: "))
    }

    @Test func missingMainPart() {
        var zip = RawZip()
        zip.add("word/styles.xml", "<x/>")
        #expect(refusal(zip.bytes) == "bad.docx: neither word/document.xml, xl/workbook.xml nor content.xml is in the archive: not a DOCX, XLSX, ODT or ODS document")
    }

    @Test func doctypeAndExternalEntitiesAreNeverRead() {
        var zip = RawZip()
        zip.add("word/document.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <w:document \(SamplePackages.wordNamespaces)><w:body><w:p><w:r><w:t>{{ a }}&xxe;</w:t></w:r></w:p></w:body></w:document>
            """)
        #expect(refusal(zip.bytes) == "bad.docx: word/document.xml: line 2, column 1: the part declares a DOCTYPE; templates may not carry DTDs or entities")
    }

    @Test func billionLaughsIsRefusedBeforeAnyExpansion() {
        let entities = (1...9).map { "<!ENTITY l\($0) \"" + String(repeating: "&l\($0 - 1);", count: 10) + "\">" }.joined()
        var zip = RawZip()
        zip.add("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY l0 \"ha\">\(entities)]><w:document \(SamplePackages.wordNamespaces)>{{&l9;}}</w:document>")
        #expect(refusal(zip.bytes).contains("DOCTYPE"))
    }

    @Test func malformedXML() {
        var zip = RawZip()
        zip.add("word/document.xml", "<?xml version=\"1.0\"?><w:document \(SamplePackages.wordNamespaces)><w:body>{{ a }</w:document>")
        #expect(refusal(zip.bytes).hasPrefix("bad.docx: word/document.xml: line 1, column"))
    }

    @Test func aThousandNestedSectionsCompileWithoutCrashing() throws {
        let open = (0..<1000).map { "{{#s\($0)}}" }.joined()
        let close = (0..<1000).reversed().map { "{{/s\($0)}}" }.joined()
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>\(open)x\(close)</w:t></w:r></w:p>")
        let template = try CompiledTemplate.compile(bytes: bytes, file: "deep.docx")
        let shown = TemplateValue.map(TemplateFields((0..<1000).map { (FieldName("s\($0)"), TemplateValue.bool(true)) }))
        let xml = String(decoding: try ArchiveReader(bytes: try DocumentRenderer(template).render(shown), file: "out").read("word/document.xml"), as: UTF8.self)
        #expect(SamplePackages.text(ofXML: xml) == "x\n")
    }

    @Test func aThousandUnclosedSectionsAreAllReported() throws {
        let open = (0..<1000).map { "{{#s\($0)}}" }.joined()
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>\(open)</w:t></w:r></w:p>")
        let error = #expect(throws: TemplateError.self) { try CompiledTemplate.compile(bytes: bytes, file: "deep.docx") }
        #expect(error?.problems.count == 1000)
        let lines = error?.description.split(separator: "\n") ?? []
        #expect(lines.count == TemplateError.problemsListed + 1)
        #expect(lines.last?.hasSuffix("… and 900 more problems; the first 100 are shown") == true)
    }

    /// Tens of thousands of tags in one paragraph: each text node is cut once at all its tags and each
    /// run split once at all its markers, so this takes a fraction of a second (it took minutes when
    /// every tag cut the node again). `mentordocs bench` and `.ci/fuzz paragraph` keep watch on speed.
    @Test func tensOfThousandsOfTagsInOneParagraphCompile() throws {
        let values = String(repeating: "{{a}}", count: 30_000)
        let sections = String(repeating: "{{#b}}x{{/b}}", count: 10_000)
        let runs = (0..<10_000).map { _ in "<w:r><w:t>{{</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t>a}}</w:t></w:r>" }.joined()
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>\(values)\(sections)</w:t></w:r>\(runs)</w:p>")
        let template = try CompiledTemplate.compile(bytes: bytes, file: "many.docx")
        #expect(template.tags.count == 60_000)
        let xml = String(decoding: try ArchiveReader(bytes: try DocumentRenderer(template).render(["a": "1", "b": true]), file: "out")
            .read("word/document.xml"), as: UTF8.self)
        #expect(SamplePackages.text(ofXML: xml) == String(repeating: "1", count: 30_000) + String(repeating: "x", count: 10_000)
            + String(repeating: "1", count: 10_000) + "\n")
    }

    @Test func morePartTagsThanTheCapAreRefused() throws {
        let bytes = try SamplePackages.docx(body: "<w:p><w:r><w:t>\(String(repeating: "{{a}}", count: 100_001))</w:t></w:r></w:p>")
        #expect(refusal(bytes).contains("word/document.xml: the part holds more than 100000 tags"))
    }
}

@Suite struct ArchiveWriterMisuseTests {
    @Test func aFinishedWriterRefusesMoreWorkInsteadOfCrashing() throws {
        let writer = try ArchiveWriter(name: "twice.docx")
        try writer.add("word/document.xml", bytes: Array("<x/>".utf8))
        let bytes = try writer.finish()
        #expect(try ArchiveReader(bytes: bytes, file: "twice.docx").entries.map(\.name) == ["word/document.xml"])
        #expect(throws: ArchiveError.self) { try writer.finish() }
        #expect(throws: ArchiveError.self) { try writer.add("more.xml", bytes: []) }
    }

    @Test func copiedPartsOutliveTheirReader() throws {
        let writer = try ArchiveWriter(name: "copy.docx")
        do {
            let source = try SamplePackages.docx(body: "<w:p><w:r><w:t>текст</w:t></w:r></w:p>")
            let reader = try ArchiveReader(bytes: source, file: "source.docx")
            for entry in reader.entries { try writer.copy(entry, from: reader) }
        }
        let copied = try ArchiveReader(bytes: try writer.finish(), file: "copy.docx")
        #expect(String(decoding: try copied.read("word/document.xml"), as: UTF8.self).contains("текст"))
    }
}
