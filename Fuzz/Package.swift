// swift-tools-version:6.0
// libFuzzer targets for PLOKit, kept out of the main package so `swift build` and CI never
// compile them. Build and run with scripts/fuzz.sh TARGET MINUTES (it passes
// -sanitize=fuzzer,address to every Swift module, so PLOKit is coverage-instrumented too).
import PackageDescription

let package = Package(
    name: "PLOFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "PLOKit", path: "..")
    ],
    targets: [
        // libFuzzer's driver entry, declared for Swift (the symbol comes from -sanitize=fuzzer).
        .target(name: "FuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: ["FuzzDriver", .product(name: "PLOKit", package: "PLOKit")]
        ),
        .executableTarget(name: "FuzzMessage", dependencies: ["FuzzSupport", .product(name: "PLOKit", package: "PLOKit")]),
        .executableTarget(name: "FuzzFlow", dependencies: ["FuzzSupport", .product(name: "PLOKit", package: "PLOKit")]),
        .executableTarget(name: "FuzzScenario", dependencies: ["FuzzSupport", .product(name: "PLOKit", package: "PLOKit")]),
    ],
    swiftLanguageModes: [.v6]
)
