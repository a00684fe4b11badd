// swift-tools-version:6.0
// Benchmark-only code, kept out of the main package's products like Fuzz/: `flow-synthetic`
// checks N generated stays (FlowMessage values, no XML) for Benchmarks/flow.sh. The stays'
// generator (Sources/SyntheticFlow) is also the main package's test-only target `SyntheticFlow`.
import PackageDescription

let package = Package(
    name: "PLOBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "PLOKit", path: "..")
    ],
    targets: [
        .executableTarget(
            name: "flow-synthetic",
            dependencies: [.product(name: "PLOKit", package: "PLOKit")],
            path: "Sources",
            sources: ["FlowSynthetic", "SyntheticFlow"]
        )
    ],
    swiftLanguageModes: [.v6]
)
