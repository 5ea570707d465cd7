/// Reading the package's own XML parts (relationships, content types, manifest), each problem
/// reported with the part it is in.
enum PackageXML {
    static func read(_ name: String, in reader: ArchiveReader, problems: inout [TemplateProblem]) -> XMLDocument? {
        let bytes: [UInt8]
        do {
            bytes = try reader.read(name)
        } catch {
            problems.append(TemplateProblem(.archive(error.kind), part: name, error.message))
            return nil
        }
        do {
            return try XMLDocument(bytes: bytes, part: name)
        } catch {
            problems.append(TemplateProblem(.xml(error.kind), part: name, "line \(error.line), column \(error.column): \(error.message)"))
            return nil
        }
    }
}
