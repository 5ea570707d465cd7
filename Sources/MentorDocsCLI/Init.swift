import ArgumentParser
import MentorDocs

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Writes a starter spec, every field explained in a comment, to fill in for your school.",
        discussion: "It passes `mentordocs check` as written; replace the example people with your own."
    )

    @Argument(help: "The file to write.")
    var file: String = "school.spec"

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        let components = file.split(separator: "/", omittingEmptySubsequences: false)
        let folder = components.count > 1 ? components.dropLast().joined(separator: "/") : "."
        try failing {
            try OutputFolder(path: folder.isEmpty ? "/" : folder, overwrite: force, mode: 0o644)
                .write(Array(StarterSpec.text.utf8), to: String(components.last!))
        }
        print("written: \(file) — fill it in, then run: mentordocs check \(file)")
    }
}
