import Foundation
import PloCommands
import TestSupport
import Testing

/// `plo-lean` (installed as `plo`) against the full `plo`: the commands it runs itself answer
/// byte for byte as the full one does, every other command line reaches the full one, and it
/// links none of what it was split off to avoid.
@Suite struct LeanExecutableTests {
    /// Command lines of every command `plo-lean` runs itself: reports in each format, help,
    /// usage errors, a missing input.
    static let ownCommandLines: [[String]] = [
        ["validate", "Fixtures/messages"],
        ["validate", "Fixtures/messages/innlagt.xml"],
        ["validate", "--format", "json", "--verbose", "Fixtures/messages"],
        ["validate", "--format", "sarif", "Fixtures/flows/late-supplement"],
        ["validate", "--format", "junit", "--fail-on", "warning", "Fixtures/flows/death"],
        ["validate", "--help"],
        ["validate"],
        ["validate", "--format", "html", "Fixtures/messages"],
        ["validate", "no-such-file.xml"],
        ["flow", "Fixtures/flows/clean-discharge"],
        ["flow", "--format", "json", "--stats", "Fixtures/flows"],
        ["flow", "--format", "html", "Fixtures/flows/late-supplement"],
        ["flow", "--explain-order"],
        ["flow", "--help"],
        ["rules"],
        ["rules", "--format", "json"],
        ["explain", "PLO-EVENT-REQUIRED"],
        ["explain", "NO-SUCH-RULE"],
        ["schema-driver"],
    ]

    /// Command lines `plo-lean` hands to the full `plo`.
    static let handedOver: [[String]] = [
        [], ["--help"], ["--version"], ["help", "validate"], ["simulate", "--help"], ["serve", "--help"], ["no-such-command"],
        ["--generate-completion-script", "bash"],
    ]

    /// A copy of `plo-lean` alone in a folder of its own: no full `plo` anywhere it looks, so a
    /// command line it handed over would fail ("needs the full plo", exit 2).
    private static func loneLean() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-lean-alone-\(UUID().uuidString)/bin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("plo")
        try FileManager.default.copyItem(at: CLI.executable, to: copy)
        return copy
    }

    /// The commands it runs itself, run by a `plo-lean` with no full `plo` to hand them to, answer
    /// byte for byte as the full `plo` does.
    @Test(arguments: ownCommandLines)
    func runsItsOwnCommandsAsTheFullPloDoes(_ arguments: [String]) throws {
        let lean = try Self.loneLean()
        defer { try? FileManager.default.removeItem(at: lean.deletingLastPathComponent().deletingLastPathComponent()) }
        // Away from the build folder it finds the schemas only through the environment.
        let environment = ["PLOKIT_SCHEMAS": TestPaths.schemas.path]
        let alone = try CLI.run(arguments, environment: environment, binary: lean)
        let full = try CLI.run(arguments, environment: environment, binary: CLI.fullExecutable)
        #expect(alone.exitCode == full.exitCode)
        #expect(alone.stdout == full.stdout)
        #expect(alone.stderr == full.stderr)
        #expect(!alone.stderr.contains("needs the full plo"))
        #expect(!(alone.stdout + alone.stderr).isEmpty)
    }

    /// Every other command line reaches the full `plo`, which answers as if run directly.
    @Test(arguments: handedOver)
    func handsEveryOtherCommandLineOver(_ arguments: [String]) throws {
        let lean = try CLI.run(arguments)
        let full = try CLI.run(arguments, binary: CLI.fullExecutable)
        #expect(lean.exitCode == full.exitCode)
        #expect(lean.stdout == full.stdout)
        #expect(lean.stderr == full.stderr)
        #expect(!(lean.stdout + lean.stderr).isEmpty)
        // Without a full plo it says so instead.
        let alone = try Self.loneLean()
        defer { try? FileManager.default.removeItem(at: alone.deletingLastPathComponent().deletingLastPathComponent()) }
        let refused = try CLI.run(arguments, binary: alone)
        #expect(refused.exitCode == 2)
        #expect(refused.stderr.contains("needs the full plo, which was not found at "), "\(refused.stderr)")
    }

    @Test func runsItsOwnCommandsItself() {
        #expect(PloRoot.leanCommandNames == ["validate", "flow", "rules", "explain", "schema-driver"])
    }

    /// The point of the split: none of Foundation (FoundationEssentials, which ArgumentParser
    /// uses, is allowed), NIO, Hummingbird, GRDB or SQLite in the lean executable. The debug build
    /// links Foundation and SQLite as shared libraries (`ldd` shows them) and the packages
    /// statically (their Swift symbols show in `nm`); the full one is the control.
    @Test func linksNoFoundationNIOOrSQLite() throws {
        let lean = try InstallLayoutTests.linkedLibraries(CLI.executable)
        let full = try InstallLayoutTests.linkedLibraries(CLI.fullExecutable)
        #expect(lean.contains("libxml2"), "\(lean)")
        for library in ["libFoundation.so", "libsqlite3"] {
            #expect(!lean.contains(library), "\(lean)")
            #expect(full.contains(library), "\(full)")
        }
        // Swift symbols of those modules: `$s` + the module name's length and name.
        let modules = ["10Foundation", "7NIOCore", "11Hummingbird", "4GRDB", "4Yams"]
        let leanModules = try Self.swiftModules(in: CLI.executable, among: modules)
        let fullModules = try Self.swiftModules(in: CLI.fullExecutable, among: modules)
        #expect(leanModules.isEmpty, "\(leanModules)")
        #expect(fullModules == Set(modules), "\(fullModules)")
    }

    /// Which of `modules` (length-prefixed module names) have symbols defined in `binary`.
    private static func swiftModules(in binary: URL, among modules: [String]) throws -> Set<String> {
        let symbols = try toolOutput("/usr/bin/nm", ["--defined-only", binary.path])
        var found: Set<String> = []
        for line in symbols.split(separator: "\n") {
            guard let name = line.split(separator: " ").last, name.hasPrefix("$s") else { continue }
            for module in modules where name.dropFirst(2).hasPrefix(module) { found.insert(module) }
        }
        return found
    }

    @Test func looksInLibexecFirstThenBesideItself() {
        #expect(FullPlo.candidates(executable: "/opt/plokit/bin/plo") == ["/opt/plokit/libexec/plokit/plo", "/opt/plokit/bin/plo"])
        #expect(FullPlo.candidates(executable: "/src/.build/debug/plo-lean") == ["/src/.build/libexec/plokit/plo", "/src/.build/debug/plo"])
    }

    /// A stay the full plo simulates (handed over), then the flow the lean one checks itself: both
    /// ends in one run, with the same report as the full plo's.
    @Test func simulateThroughTheLeanPlo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-lean-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let simulate = try CLI.run(["simulate", "--stays", "2", "--seed", "7", "--out", folder.path])
        #expect(simulate.exitCode == 0, "\(simulate.stderr)")
        let lean = try CLI.run(["flow", "--format", "json", folder.path])
        let full = try CLI.run(["flow", "--format", "json", folder.path], binary: CLI.fullExecutable)
        #expect(lean.stdout == full.stdout)
        #expect(lean.stdout.contains("\"stays\""))
    }
}
