import Foundation
import TestSupport
import Testing

/// What people gate on: text prints warnings and errors (info only counted) unless `--verbose`,
/// errors only with `--quiet`; `--fail-on` chooses what exits 1; machine formats keep every
/// finding; no input message is exit 2 unless `--allow-empty`.
@Suite(.serialized) struct GateOptionsTests {
    /// A message whose only finding is an info (a synthetic test fødselsnummer).
    private let infoOnly = "Fixtures/rules/PLO-PATIENT-ID/info-synthetic.xml"
    /// A stay with one warning (a supplement sent 35 min after its deadline) and info findings.
    private let warningStay = "Fixtures/flows/late-supplement"

    private func lines(_ text: String, containing needle: String) -> [Substring] {
        text.split(separator: "\n").filter { $0.contains(needle) }
    }

    @Test func validateTextHidesInfoButCountsIt() throws {
        let result = try CLI.run(["validate", infoOnly])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(lines(result.stdout, containing: "[PLO-PATIENT-ID]").isEmpty, "\(result.stdout)")
        #expect(result.stdout == "1 file: 1 valid, 0 invalid; 0 errors, 0 warnings; 1 info not shown (--verbose shows them)\n")
    }

    @Test func validateVerboseShowsInfo() throws {
        for flag in ["--verbose", "-v"] {
            let result = try CLI.run(["validate", flag, infoOnly])
            #expect(result.exitCode == 0)
            #expect(lines(result.stdout, containing: ": info: [PLO-PATIENT-ID]").count == 1, "\(result.stdout)")
            #expect(result.stdout.hasSuffix("1 file: 1 valid, 0 invalid; 0 errors, 0 warnings\n"))
        }
    }

    @Test func machineFormatsKeepEveryFinding() throws {
        let json = try CLI.run(["validate", "--format", "json", infoOnly])
        #expect(json.stdout.contains("\"severity\": \"info\""))
        let sarif = try CLI.run(["validate", "--format", "sarif", "--quiet", infoOnly])
        #expect(sarif.stdout.contains("\"level\": \"note\""))
        let junit = try CLI.run(["validate", "--format", "junit", infoOnly])
        #expect(junit.stdout.contains("info: [PLO-PATIENT-ID]"))
        let flow = try CLI.run(["flow", "--format", "json", "--quiet", warningStay])
        #expect(flow.stdout.contains("\"severity\": \"warning\""))
        #expect(flow.stdout.contains("\"severity\": \"info\""))
    }

    /// The stay's message count and its warning and info findings, from the JSON report.
    private func counts(_ folder: String) throws -> (messages: Int, warnings: Int, infos: Int) {
        let json = try CLI.run(["flow", "--format", "json", folder])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        let findings = (object["stays"] as? [[String: Any]] ?? []).flatMap { $0["findings"] as? [[String: Any]] ?? [] }
        return (summary["messages"] ?? -1, summary["warnings"] ?? -1, findings.filter { $0["severity"] as? String == "info" }.count)
    }

    @Test func flowTextShowsWarningsHidesInfo() throws {
        let (messages, warnings, infos) = try counts(warningStay)
        #expect(warnings == 1 && infos > 0)
        let result = try CLI.run(["flow", warningStay])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(lines(result.stdout, containing: "warning [FLOW-DEADLINE-SUPPLEMENT-24H]").count == 1, "\(result.stdout)")
        #expect(lines(result.stdout, containing: "info [").isEmpty, "\(result.stdout)")
        #expect(
            result.stdout.hasSuffix(
                "\(messages) messages, 1 stay, 0 unassigned; 0 errors, 1 warning; \(infos) info not shown (--verbose shows them)\n"),
            "\(result.stdout)")
        let verbose = try CLI.run(["flow", "--verbose", warningStay])
        #expect(!lines(verbose.stdout, containing: "info [PLO-PATIENT-ID]").isEmpty, "\(verbose.stdout)")
        #expect(verbose.stdout.hasSuffix("0 errors, 1 warning\n"))
    }

    @Test func quietPrintsErrorsOnly() throws {
        let infos = try counts(warningStay).infos
        let result = try CLI.run(["flow", "--quiet", warningStay])
        #expect(result.exitCode == 0)
        #expect(lines(result.stdout, containing: "warning [").isEmpty, "\(result.stdout)")
        #expect(lines(result.stdout, containing: "✔ no errors (1 warning, \(infos) info not shown)").count == 1, "\(result.stdout)")
        #expect(result.stdout.hasSuffix("0 errors, 1 warning; 1 warning, \(infos) info not shown (--verbose shows them)\n"))
        let failing = try CLI.run(["flow", "-q", "Fixtures/flows/late-innleggelsesrapport"])
        #expect(failing.exitCode == 1)
        #expect(!lines(failing.stdout, containing: "error [FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H]").isEmpty, "\(failing.stdout)")
    }

    @Test func failOnWarningMakesWarningsFail() throws {
        #expect(try CLI.run(["flow", warningStay]).exitCode == 0)
        #expect(try CLI.run(["flow", "--fail-on", "warning", warningStay]).exitCode == 1)
        #expect(try CLI.run(["flow", "--fail-on", "error", warningStay]).exitCode == 0)
        #expect(try CLI.run(["flow", "--format", "sarif", "--fail-on", "warning", warningStay]).exitCode == 1)
        // Info never fails a run, whatever --fail-on says.
        #expect(try CLI.run(["validate", "--fail-on", "warning", infoOnly]).exitCode == 0)
        let wrong = try CLI.run(["validate", "--fail-on", "info", infoOnly])
        #expect(wrong.exitCode == 2)
        let both = try CLI.run(["validate", "--verbose", "--quiet", infoOnly])
        #expect(both.exitCode == 2)
        #expect(both.stderr.contains("--verbose and --quiet"))
    }

    @Test(arguments: ["validate", "flow"])
    func emptyInputIsAUsageErrorUnlessAllowed(command: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("not xml".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = try CLI.run([command, folder.path])
        #expect(refused.exitCode == 2)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "plo: no input message found in \(folder.path) (no *.xml files); --allow-empty makes this exit 0\n")
        for format in ["text", "json"] {
            let allowed = try CLI.run([command, "--allow-empty", "--format", format, folder.path])
            #expect(allowed.exitCode == 0, "\(allowed.stderr)")
            #expect(allowed.stderr.isEmpty)
            if format == "json" {
                let object = try JSONSerialization.jsonObject(with: Data(allowed.stdout.utf8)) as? [String: Any]
                #expect(object?["summary"] != nil)
            }
        }
    }
}
