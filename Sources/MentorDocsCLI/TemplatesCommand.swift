import ArgumentParser
import BuiltInTemplates
import MentorDocs

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Works with the built-in templates.",
        subcommands: [Export.self, List.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lists the built-in templates.")

        func run() {
            for name in BuiltInTemplates.files.keys.sorted() { print(name) }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Writes the built-in templates into a folder, for a school to edit.",
            discussion: """
                Edit them in Word or LibreOffice (keep the {{ … }} tags, or see README for the tag \
                language), then generate with --templates DIR: the edited ones are used and the \
                built-in ones fill in for the rest. Check an edited template with `mentordocs inspect`.
                """
        )

        @Argument(help: "The folder to write into (made if missing).")
        var folder: String

        @Flag(help: "Replace templates that are already in the folder.")
        var force = false

        func run() throws {
            let output = OutputFolder(path: folder, overwrite: force, mode: 0o644)
            try failing {
                try output.prepare()
                for (name, bytes) in BuiltInTemplates.files.sorted(by: { $0.key < $1.key }) {
                    try output.write(bytes, to: name)
                }
            }
            print("\(BuiltInTemplates.files.count) template(s) written to \(folder)")
        }
    }
}
