import Foundation

public enum Paths {
    /// The repository's root, found from this file's place in it.
    public static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    public static let exampleSpec = root + "/Fixtures/example-school.spec"

    /// The `mentordocs` binary built beside the test bundle.
    public static var tool: String {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var candidate = folder
        for _ in 0..<4 {
            let path = candidate.appendingPathComponent("mentordocs").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
            candidate = candidate.deletingLastPathComponent()
        }
        return root + "/.build/debug/mentordocs"
    }

    public static func temporaryFolder(_ name: String) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mentordocs-\(name)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    public static func files(in folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }
}
