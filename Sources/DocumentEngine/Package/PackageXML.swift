/// Reading the package's own XML parts (relationships, content types, manifest), each problem
/// reported with the part it is in.
enum PackageXML {
    static func read(_ name: String, in reader: ArchiveReader, problems: inout [TemplateProblem]) -> XMLDocument? {
        do {
            return try XMLDocument(bytes: try reader.read(name), part: name)
        } catch let error as XMLParseError {
            problems.append(TemplateProblem(part: name, "line \(error.line), column \(error.column): \(error.message)"))
        } catch let error as ArchiveError {
            problems.append(TemplateProblem(part: name, error.message))
        } catch {
            problems.append(TemplateProblem(part: name, "cannot be read"))
        }
        return nil
    }
}
