// swift-tools-version: 6.0
import PackageDescription

// A program that uses mentordocs as a library, as a school's server would: it depends on the
// project by path and imports its products only. `.ci/run` builds and runs it.
let package = Package(
    name: "ClientPackage",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "mentordocs", path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "AgreementClient",
            dependencies: [
                .product(name: "MentorDocs", package: "mentordocs"),
                .product(name: "DocumentEngine", package: "mentordocs"),
            ],
            swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault"), .enableUpcomingFeature("MemberImportVisibility")]
        ),
    ]
)
