// swift-tools-version:6.0
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "PLOKit",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "PLOKit", targets: ["PLOKit", "XMLCore", "PLOModel", "PLOCalendar", "PLORules", "PLOSimulator", "AppCore"]),
        .executable(name: "plo", targets: ["plo"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // `swift package generate-documentation` (scripts/docs.sh); a plugin, never linked.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // MARK: C boundary
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),

        // MARK: Libraries, bottom-up
        .target(name: "PLOCalendar", swiftSettings: strictSettings),
        .target(name: "XMLCore", dependencies: ["CLibXML2", "PLOCalendar"], swiftSettings: strictSettings),
        .target(name: "PLOModel", dependencies: ["XMLCore"], swiftSettings: strictSettings),
        .target(name: "PLORules", dependencies: ["PLOModel", "PLOCalendar", "XMLCore"], swiftSettings: strictSettings),
        .target(
            name: "PLOSimulator",
            dependencies: [
                "XMLCore", "PLOModel", "PLOCalendar", "PLORules",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strictSettings
        ),
        .target(
            name: "AppCore",
            dependencies: ["XMLCore", "PLOModel", "PLOCalendar", "PLORules", "PLOSimulator"],
            swiftSettings: strictSettings
        ),

        .target(
            name: "PLOExchange",
            dependencies: [
                "XMLCore", "PLOModel", "PLOCalendar", "PLORules", "PLOSimulator", "AppCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),

        .target(
            name: "PLOServeHTTP",
            dependencies: [
                "PLOExchange", "AppCore", "PLOModel", "PLOCalendar", "PLORules", "XMLCore",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Umbrella: `import PLOKit` re-exports the libraries above
        .target(
            name: "PLOKit",
            dependencies: ["XMLCore", "PLOModel", "PLOCalendar", "PLORules", "PLOSimulator", "AppCore"],
            swiftSettings: strictSettings
        ),

        // MARK: Executable
        .executableTarget(
            name: "plo",
            dependencies: [
                "AppCore", "PLOExchange", "PLOServeHTTP", "PLORules", "XMLCore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        // MARK: Tests
        .target(name: "TestSupport", dependencies: ["XMLCore"], path: "Tests/TestSupport", swiftSettings: strictSettings),
        // Synthetic stays (FlowMessage values, no XML) for tests and for Benchmarks/flow.sh's flow-synthetic; in no product.
        .target(
            name: "SyntheticFlow", dependencies: ["PLOModel", "PLOCalendar"], path: "Benchmarks/Sources/SyntheticFlow",
            swiftSettings: strictSettings),
        .testTarget(name: "XMLCoreTests", dependencies: ["XMLCore", "PLOModel", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PLOModelTests", dependencies: ["PLOModel", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PLOCalendarTests", dependencies: ["PLOCalendar"], swiftSettings: strictSettings),
        .testTarget(
            name: "PLORulesTests", dependencies: ["PLORules", "PLOCalendar", "AppCore", "SyntheticFlow", "TestSupport"], swiftSettings: strictSettings
        ),
        .testTarget(name: "PLOSimulatorTests", dependencies: ["PLOSimulator", "AppCore", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "PLOExchangeTests",
            dependencies: [
                "PLOExchange", "PLOSimulator", "PLORules", "AppCore", "plo", "PLOServeHTTP", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CLITests", dependencies: ["AppCore", "PLORules", "XMLCore", "plo", "TestSupport"], exclude: ["Goldens"],
            swiftSettings: strictSettings),
        .testTarget(name: "PLOKitTests", dependencies: ["PLOKit", "TestSupport"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
