import Foundation
import TestSupport
import Testing

/// Simulate a scenario with injected faults, then check its output with `plo flow` and
/// `plo validate`: the findings must be exactly the injected ones — none missed, none extra.
@Suite(.serialized) struct SimulationRoundTripTests {
    struct Key: Hashable, Comparable, CustomStringConvertible {
        let rule: String
        let severity: String
        let files: [String]

        init(_ rule: String, _ severity: String, _ files: [String]) {
            self.rule = rule
            self.severity = severity
            self.files = files.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted()
        }

        static func < (a: Key, b: Key) -> Bool { a.description < b.description }
        var description: String { "\(rule) \(severity) \(files.joined(separator: ","))" }
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func simulate(_ arguments: [String]) throws -> (folder: URL, injected: [Key]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-roundtrip-\(UUID().uuidString)")
        let run = try CLI.run(["simulate"] + arguments + ["--out", folder.path])
        #expect(run.exitCode == 0, "\(run.stderr)")
        let manifest = try object(String(decoding: try Data(contentsOf: folder.appendingPathComponent("manifest.json")), as: UTF8.self))
        let injected = try #require(manifest["injected"] as? [[String: Any]]).map { entry in
            Key(entry["rule"] as? String ?? "", entry["severity"] as? String ?? "", entry["files"] as? [String] ?? [])
        }
        return (folder, injected)
    }

    /// The faults of issue 11 (answers, self-discharge, new patients, resends, AppRecs): FLOW-* info
    /// findings are predicted too and compared as well.
    @Test func fidelityFaultsAreReportedExactly() throws {
        try roundTrip(["--scenario", "Fixtures/scenarios/fidelity-faults.yaml", "--stays", "200", "--seed", "4"], minimumRules: 10)
    }

    @Test func flowAndValidateReportExactlyTheInjectedFaults() throws {
        try roundTrip(["--scenario", "Fixtures/scenarios/winter-month.yaml", "--stays", "150", "--seed", "3"], minimumRules: 6)
    }

    private func roundTrip(_ arguments: [String], minimumRules: Int) throws {
        let (folder, injected) = try simulate(arguments)
        defer { try? FileManager.default.removeItem(at: folder) }
        let messages = folder.appendingPathComponent("messages").path
        let faultRules = Set(injected.map(\.rule))
        #expect(faultRules.count >= minimumRules, "the scenario should exercise many fault kinds: \(faultRules.sorted())")

        let flow = try CLI.run(["flow", "--format", "json", messages], timeout: 300)
        #expect(flow.exitCode == (injected.contains { $0.severity == "error" } ? 1 : 0))
        let report = try object(flow.stdout)
        var found: [Key] = []
        for stay in report["stays"] as? [[String: Any]] ?? [] {
            // Warnings and errors, and the flow checker's own info findings (FLOW-NO-ADMISSION for a new
            // patient, FLOW-RESEND, FLOW-SELF-DISCHARGE): the simulator predicts those too.
            for finding in stay["findings"] as? [[String: Any]] ?? []
            where finding["severity"] as? String != "info" || (finding["rule"] as? String ?? "").hasPrefix("FLOW-") {
                found.append(Key(finding["rule"] as? String ?? "", finding["severity"] as? String ?? "", finding["files"] as? [String] ?? []))
            }
        }
        for entry in report["unassigned"] as? [[String: Any]] ?? [] {
            for finding in entry["findings"] as? [[String: Any]] ?? [] where finding["severity"] as? String != "info" {
                found.append(Key(finding["rule"] as? String ?? "", finding["severity"] as? String ?? "", [entry["file"] as? String ?? ""]))
            }
        }
        #expect(found.sorted() == injected.sorted())

        // The single-message findings among them come out of `plo validate` too, and nothing else.
        let validate = try CLI.run(["validate", "--format", "json", messages], timeout: 300)
        var perMessage: [Key] = []
        for result in try object(validate.stdout)["results"] as? [[String: Any]] ?? [] {
            for finding in result["findings"] as? [[String: Any]] ?? [] where finding["severity"] as? String != "info" {
                perMessage.append(Key(finding["rule"] as? String ?? "", finding["severity"] as? String ?? "", [result["file"] as? String ?? ""]))
            }
        }
        #expect(perMessage.sorted() == injected.filter { !$0.rule.hasPrefix("FLOW-") }.sorted())
        #expect(flow.exitCode == (injected.contains { $0.severity == "error" } ? 1 : 0))
    }

    /// `--out` makes missing parent folders (like `mkdir -p`); a path through a file is a
    /// one-line reason and exit 2.
    @Test func outputFolderParentsAreCreated() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("plo-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let nested = base.appendingPathComponent("a/b")
        let run = try CLI.run(["simulate", "--stays", "2", "--seed", "1", "--out", nested.path])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: nested.appendingPathComponent("manifest.json").path))
        let file = base.appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        let blocked = try CLI.run(["simulate", "--stays", "2", "--out", file.appendingPathComponent("sub").path])
        #expect(blocked.exitCode == 2)
        #expect(blocked.stderr.contains("Not a directory"))
        #expect(blocked.stderr.split(separator: "\n").count == 1)
    }

    @Test func faultFreeScenarioHasNoFindings() throws {
        let (folder, injected) = try simulate(["--scenario", "Fixtures/scenarios/calm-week.yaml", "--seed", "11"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(injected.isEmpty)
        let flow = try CLI.run(["flow", "--format", "json", folder.appendingPathComponent("messages").path], timeout: 300)
        #expect(flow.exitCode == 0, "\(flow.stdout.prefix(3000))")
        let summary = try #require(try object(flow.stdout)["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 0)
        #expect(summary["warnings"] as? Int == 0)
    }

    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func generatedMessagesAreValidUnderTheOfficialSchemas() throws {
        let (folder, _) = try simulate(["--scenario", "Fixtures/scenarios/easter-week.yaml", "--seed", "5", "--stays", "20"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run([
            "validate", "--no-profile", "--format", "json", "--schemas", TestPaths.officialSchemas.path,
            folder.appendingPathComponent("messages").path,
        ])
        let summary = try #require(try object(result.stdout)["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 0, "\(result.stdout.prefix(3000))")
        #expect((summary["files"] as? Int ?? 0) > 100)
        // The sample includes corrections (MsgInfo/ConversationRef, Forsendelsesstatus M).
        let manifest = try object(String(decoding: try Data(contentsOf: folder.appendingPathComponent("manifest.json")), as: UTF8.self))
        let corrections = (manifest["messages"] as? [[String: Any]] ?? []).filter { $0["corrects"] != nil }
        #expect(!corrections.isEmpty)
    }
}
