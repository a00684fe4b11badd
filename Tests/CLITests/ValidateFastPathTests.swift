import Foundation
import TestSupport
import Testing

/// `plo validate PATH…` without options skips the argument parser (start-up time, issue 13); it
/// must behave exactly as the parsed command with the same defaults spelled out.
@Suite(.serialized) struct ValidateFastPathTests {
    /// Input sets covering a clean run, findings (exit 1), no input (exit 2) and an unreadable path.
    static let cases: [[String]] = [
        ["Fixtures/messages/innlagt.xml"],
        ["Fixtures/messages", "Fixtures/rules/PLO-MSGID-UUID"],
        ["Fixtures/rules/PLO-EVENT-REQUIRED/fail-no-admission.xml"],
        ["Fixtures/scenarios"],
        ["no/such/file.xml"],
    ]

    @Test(arguments: cases)
    func fastPathMatchesTheParsedCommand(paths: [String]) throws {
        let fast = try CLI.run(["validate"] + paths)
        // Any option sends the call through the parser; these restate the defaults.
        let parsed = try CLI.run(["validate", "--fail-on", "error", "--format", "text"] + paths)
        #expect(fast.exitCode == parsed.exitCode)
        #expect(fast.stdout == parsed.stdout)
        #expect(fast.stderr == parsed.stderr)
        #expect(!(fast.stdout + fast.stderr).isEmpty)
    }

    @Test func exitCodesOfTheFastPath() throws {
        #expect(try CLI.run(["validate", "Fixtures/messages/innlagt.xml"]).exitCode == 0)
        #expect(try CLI.run(["validate", "Fixtures/rules/PLO-EVENT-REQUIRED/fail-no-admission.xml"]).exitCode == 1)
        let empty = try CLI.run(["validate", "Fixtures/scenarios"])
        #expect(empty.exitCode == 2)
        #expect(empty.stderr.hasPrefix("plo: no input message found in Fixtures/scenarios"))
    }
}
