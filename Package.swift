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
        .library(
            name: "PLOKit", targets: ["PLOKit", "XMLCore", "PLOModel", "PLOCalendar", "PLORules", "PLOSimulator", "AppCore", "AppSimulate"]),
        // Every command; what `swift run plo` runs.
        .executable(name: "plo", targets: ["plo"]),
        // validate, flow, rules, explain and schema-driver without Foundation (only the
        // FoundationEssentials ArgumentParser uses), NIO or SQLite: a quicker start for the
        // one-file CI call; runs the full `plo` for everything else.
        // scripts/install.sh installs it as PREFIX/bin/plo, the full one as PREFIX/libexec/plokit/plo.
        .executable(name: "plo-lean", targets: ["plo-lean"]),
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
        // libxml2's allocator: a per-thread cache of freed small blocks (plain malloc blocks).
        .target(name: "CAllocCache"),

        // MARK: Libraries, bottom-up
        .target(name: "PLOCalendar", swiftSettings: strictSettings),
        .target(name: "XMLCore", dependencies: ["CLibXML2", "CAllocCache", "PLOCalendar"], swiftSettings: strictSettings),
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
        // Validate, flow, reports: no Foundation, so `plo-lean` links none.
        .target(
            name: "AppCore",
            dependencies: ["XMLCore", "PLOModel", "PLOCalendar", "PLORules"],
            swiftSettings: strictSettings
        ),
        // `plo simulate`'s run: the simulator (Yams, Foundation) writing to folders or paced.
        .target(
            name: "AppSimulate",
            dependencies: ["XMLCore", "PLOCalendar", "PLOSimulator"],
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
            dependencies: ["XMLCore", "PLOModel", "PLOCalendar", "PLORules", "PLOSimulator", "AppCore", "AppSimulate"],
            swiftSettings: strictSettings
        ),

        // MARK: Executables
        // The commands both executables share (no Foundation): validate, flow, rules, explain, schema-driver.
        .target(
            name: "PloCommands",
            dependencies: ["AppCore", "PLORules", "XMLCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "plo",
            dependencies: [
                "PloCommands", "AppCore", "AppSimulate", "PLOExchange", "PLOServeHTTP", "PLORules", "XMLCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "plo-lean",
            dependencies: ["PloCommands", "AppCore", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings
        ),

        // MARK: Tests
        .target(name: "TestSupport", dependencies: ["XMLCore"], path: "Tests/TestSupport", swiftSettings: strictSettings),
        // Synthetic stays (FlowMessage values, no XML) for tests and for Benchmarks/flow.sh's flow-synthetic; in no product.
        .target(
            name: "SyntheticFlow", dependencies: ["PLOModel", "PLOCalendar"], path: "Benchmarks/Sources/SyntheticFlow",
            swiftSettings: strictSettings),
        .testTarget(name: "XMLCoreTests", dependencies: ["XMLCore", "CAllocCache", "PLOModel", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PLOModelTests", dependencies: ["PLOModel", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PLOCalendarTests", dependencies: ["PLOCalendar"], swiftSettings: strictSettings),
        .testTarget(
            name: "PLORulesTests", dependencies: ["PLORules", "PLOCalendar", "AppCore", "SyntheticFlow", "TestSupport"], swiftSettings: strictSettings
        ),
        .testTarget(name: "PLOSimulatorTests", dependencies: ["PLOSimulator", "AppCore", "TestSupport"], swiftSettings: strictSettings),
        .testTarget(
            name: "PLOExchangeTests",
            dependencies: [
                "PLOExchange", "PLOSimulator", "PLORules", "AppCore", "plo", "plo-lean", "PLOServeHTTP", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "CLITests", dependencies: ["AppCore", "CAllocCache", "PLORules", "PloCommands", "XMLCore", "plo", "plo-lean", "TestSupport"],
            exclude: ["Goldens"],
            swiftSettings: strictSettings),
        .testTarget(name: "PLOKitTests", dependencies: ["PLOKit", "TestSupport"], swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
