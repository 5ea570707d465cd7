/// The files one run will write, checked together before the first is written: no two records
/// may share a file (the second would replace the first, and the manifest would list both in it),
/// and unless overwriting was asked for, none may be there already.
struct OutputTargets {
    /// Each file's name inside the output folder, and what it is for, as messages may name it.
    var files: [(name: String, owner: String)]

    /// Throws naming both owners of the first shared name, or the first file already there.
    func check(against folder: OutputFolder) throws(OutputError) {
        var owners: [String: String] = [:]
        for file in files {
            if let first = owners[file.name] {
                throw OutputError(.sameTarget, "\(folder.path)/\(file.name) would hold both \(first) and \(file.owner); nothing was written")
            }
            owners[file.name] = file.owner
        }
        if !folder.overwrite, let existing = files.first(where: { folder.contains($0.name) }) {
            throw OutputError(.exists, "\(folder.path)/\(existing.name) exists already; nothing was written")
        }
    }
}
