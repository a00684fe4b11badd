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

    @Test(arguments: ownCommandLines + handedOver)
    func answersAsTheFullPloDoes(_ arguments: [String]) throws {
        let lean = try CLI.run(arguments)
        let full = try CLI.run(arguments, binary: CLI.fullExecutable)
        #expect(lean.exitCode == full.exitCode)
        #expect(lean.stdout == full.stdout)
        #expect(lean.stderr == full.stderr)
        #expect(!(lean.stdout + lean.stderr).isEmpty)
    }

    @Test func runsItsOwnCommandsItself() {
        #expect(PloRoot.leanCommandNames == ["validate", "flow", "rules", "explain", "schema-driver"])
    }

    /// The point of the split: no Foundation, NIO or SQLite in the lean executable (its debug build
    /// links them as shared libraries, so `ldd` shows them; the full one is the control).
    @Test func linksNoFoundationNIOOrSQLite() throws {
        let lean = try InstallLayoutTests.linkedLibraries(CLI.executable)
        let full = try InstallLayoutTests.linkedLibraries(CLI.fullExecutable)
        #expect(lean.contains("libxml2"), "\(lean)")
        for library in ["libFoundation.so", "libsqlite3"] {
            #expect(!lean.contains(library), "\(lean)")
        }
        #expect(full.contains("libFoundation.so"), "\(full)")
        #expect(full.contains("libsqlite3"), "\(full)")
    }

    @Test func looksInLibexecFirstThenBesideItself() {
        #expect(FullPlo.candidates(executable: "/opt/plokit/bin/plo") == ["/opt/plokit/libexec/plokit/plo", "/opt/plokit/bin/plo"])
        #expect(FullPlo.candidates(executable: "/src/.build/debug/plo-lean") == ["/src/.build/libexec/plokit/plo", "/src/.build/debug/plo"])
    }

    /// A message of the stay the full plo simulates, then the flow the lean one checks: both
    /// ends of the hand-over in one run, with the process of `plo serve` keeping its id.
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
