// swift-tools-version:6.0
// A consumer of the PLOKit library, built by CI (.ci/run): `import PLOKit` and one call.
import PackageDescription

let package = Package(
    name: "ValidateOne",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "PLOKit", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "validate-one",
            dependencies: [.product(name: "PLOKit", package: "PLOKit")]
        )
    ],
    swiftLanguageModes: [.v6]
)
