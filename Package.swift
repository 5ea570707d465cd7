// swift-tools-version: 6.1
import PackageDescription

/// The built-in templates in Templates/, each as DOCX and ODT, embedded into the binary.
let templateNames = [
    "consent-adult",
    "consent-minor",
    "consent-representative",
    "consent-publication",
    "consent-withdrawal",
    "publication-withdrawal",
    "agreement",
    "plan",
    "roadmap",
    "regulation",
    "order-introduction",
    "order-curator",
    "order-pairs",
    "order-plans",
    "order-closing",
    "programme",
    "mentor-consent",
    "labour-supplement",
    "registers",
    "questionnaire",
    "monitoring",
]

/// The built-in templates that are also workbooks (XLSX and ODS) in Templates/, embedded like the others.
let workbookTemplateNames = [
    "registers",
    "answer-sheet",
]

/// Upcoming language features for every Swift target (as Hummingbird does): an import is internal unless
/// marked `public import`, so a module's public API says which modules it exposes (SE-0409); and a member is
/// visible only from a file that imports its module (SE-0444).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "mentordocs",
    // macOS 14: Hummingbird's API is available from it.
    platforms: [.macOS(.v14)],
    products: [
        // The domain: read a school's spec, plan and make its documents. Re-exports the types its API speaks in.
        .library(name: "MentorDocs", targets: ["MentorDocs"]),
        // The general DOCX/ODT template engine, usable without the school domain.
        .library(name: "DocumentEngine", targets: ["DocumentEngine"]),
        // Russian grammar: names in six cases, dates and numbers in words.
        .library(name: "RussianLanguage", targets: ["RussianLanguage"]),
        // Days of the calendar and ages counted on them.
        .library(name: "CalendarDays", targets: ["CalendarDays"]),
        .executable(name: "mentordocs", targets: ["MentorDocsCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // No traits: without FullFoundation, Hummingbird needs only FoundationEssentials, and the binary no copy of ICU.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Hummingbird's own; named for NIOCore, whose `Channel` tells the port the system picked.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // Hummingbird's own; the serve tests stop their server gracefully through its ServiceGroup.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // The C libraries, each behind a small shim header.
        .systemLibrary(
            name: "CLibzipShim",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .systemLibrary(
            name: "CLibxml2Shim",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // SQLite, for the journal of what was issued and what came back signed.
        .systemLibrary(
            name: "CSQLiteShim",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),

        // Days of the calendar, read from specs and written in documents, and the ages counted on them; shared by the engine and the language.
        .target(name: "CalendarDays", swiftSettings: swiftSettings),
        // A general DOCX/ODT template engine: archive, XML, tag language, compile, render.
        .target(
            name: "DocumentEngine",
            dependencies: ["CLibzipShim", "CLibxml2Shim", "CalendarDays"],
            swiftSettings: swiftSettings
        ),
        // Russian grammar for documents: names in six cases, dates, numbers in words.
        .target(name: "RussianLanguage", dependencies: ["CalendarDays"], swiftSettings: swiftSettings),
        // Our own YAML-like spec syntax: text to positioned nodes.
        .target(name: "SpecSyntax", swiftSettings: swiftSettings),
        // The Templates folder is the built-in template catalogue, embedded in the binary.
        .target(
            name: "BuiltInTemplates",
            path: "Templates",
            exclude: ["README.md"],
            resources: templateNames.flatMap { [.embedInCode("\($0).docx"), .embedInCode("\($0).odt")] }
                + workbookTemplateNames.flatMap { [.embedInCode("\($0).xlsx"), .embedInCode("\($0).ods")] } + [.embedInCode("questions.spec")],
            swiftSettings: swiftSettings
        ),
        // The domain: spec, model, validation, the catalogue of documents.
        .target(
            name: "MentorDocs",
            dependencies: ["CalendarDays", "DocumentEngine", "RussianLanguage", "SpecSyntax", "BuiltInTemplates"],
            swiftSettings: swiftSettings
        ),
        // The journal of the documents issued and the events that followed (returned signed, withdrawn), in SQLite beside the spec.
        .target(name: "MentorDocsJournal", dependencies: ["CSQLiteShim", "MentorDocs"], swiftSettings: swiftSettings),
        // Authoring of the built-in templates: one description of each document, written as DOCX and ODT.
        .target(name: "TemplateAuthoring", dependencies: ["DocumentEngine", "CalendarDays"], swiftSettings: swiftSettings),
        .executableTarget(name: "mentordocs-author", dependencies: ["TemplateAuthoring"], swiftSettings: swiftSettings),
        // `mentordocs serve`: the school's paperwork on a local web page, as thin on the library as the command.
        .target(
            name: "MentorDocsServe",
            dependencies: [
                "MentorDocs",
                "MentorDocsJournal",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.embedInCode("Resources/style.css"), .embedInCode("Resources/progress.js")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "MentorDocsCLI",
            dependencies: [
                "MentorDocs",
                "MentorDocsJournal",
                "MentorDocsServe",
                "BuiltInTemplates",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // What the test suites share: LibreOffice as the stand-in office client, paths of the repo.
        .target(name: "TestSupport", dependencies: ["DocumentEngine"], path: "Tests/TestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "DocumentEngineTests", dependencies: ["DocumentEngine", "TestSupport"], exclude: ["MustacheSpec"], swiftSettings: swiftSettings),
        .testTarget(name: "CalendarDaysTests", dependencies: ["CalendarDays"], swiftSettings: swiftSettings),
        .testTarget(name: "RussianLanguageTests", dependencies: ["CalendarDays", "RussianLanguage"], exclude: ["Corpus"], swiftSettings: swiftSettings),
        .testTarget(name: "SpecSyntaxTests", dependencies: ["SpecSyntax"], swiftSettings: swiftSettings),
        .testTarget(name: "MentorDocsJournalTests", dependencies: ["MentorDocsJournal", "MentorDocs", "TestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "MentorDocsServeTests",
            dependencies: [
                "MentorDocsServe", "MentorDocs", "MentorDocsJournal", "TestSupport",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "MentorDocsTests", dependencies: ["MentorDocs", "TemplateAuthoring", "TestSupport", "CalendarDays", "RussianLanguage"], swiftSettings: swiftSettings),
    ]
)
