import Foundation
import Testing
import TestSupport

/// `plo flow` on the fixture folders: exact findings per folder, formats and exit codes.
@Suite struct FlowCommandTests {
    static let cases: [String] = {
        let folder = TestPaths.fixture("flows")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/expected.json").path) }.sorted()
    }()

    struct Expected: Decodable, Hashable {
        struct Item: Decodable, Hashable {
            var rule: String
            var severity: String
            var files: [String]
        }
        var findings: [Item]
        /// The stay's FLOW-* info findings, compared exactly when given.
        var flowInfo: [Item]?
        /// How many messages are not stay traffic (e.g. LOG_DOD to the GP).
        var unassigned: Int?
        /// `--profile` to run with (hnt when absent).
        var profile: String?
    }

    @Test(arguments: cases)
    func fixtureFindingsAreExact(name: String) throws {
        let folder = TestPaths.fixture("flows/\(name)")
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        let result = try CLI.run(["flow", "--format", "json", "--profile", expected.profile ?? "hnt", folder.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let stays = try #require(json["stays"] as? [[String: Any]])
        var found: [Expected.Item] = []
        var info: [Expected.Item] = []
        for stay in stays {
            for finding in stay["findings"] as? [[String: Any]] ?? [] {
                guard let severity = finding["severity"] as? String else { continue }
                let rule = finding["rule"] as? String ?? ""
                let files = (finding["files"] as? [String] ?? []).map { URL(fileURLWithPath: $0).lastPathComponent }
                if severity != "info" {
                    found.append(.init(rule: rule, severity: severity, files: files))
                } else if rule.hasPrefix("FLOW-") {
                    info.append(.init(rule: rule, severity: severity, files: files))
                }
            }
        }
        #expect(Set(found) == Set(expected.findings))
        #expect(found.count == expected.findings.count)
        if let flowInfo = expected.flowInfo {
            #expect(Set(info) == Set(flowInfo))
            #expect(info.count == flowInfo.count)
        }
        #expect(stays.count == 1)
        #expect((json["unassigned"] as? [Any])?.count == expected.unassigned ?? 0)
        #expect(result.exitCode == (expected.findings.contains { $0.severity == "error" } ? 1 : 0))
    }

    /// Every flow rule has a fixture folder that fails it (its finding in expected.json, or in
    /// flowInfo for an info rule); clean-discharge and apprec-clean pass them all.
    @Test func everyFlowRuleHasAFailingFixture() throws {
        var listed = Set<String>()
        for name in Self.cases {
            let url = TestPaths.fixture("flows/\(name)/expected.json")
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: url))
            for item in expected.findings + (expected.flowInfo ?? []) { listed.insert(item.rule) }
        }
        let rules = try CLI.run(["rules", "--format", "json"])
        let ids = (rules.stdout.components(separatedBy: "\"id\"").dropFirst()).compactMap { part -> String? in
            guard let start = part.firstIndex(of: "\""), let end = part[part.index(after: start)...].firstIndex(of: "\"") else { return nil }
            return String(part[part.index(after: start)..<end])
        }.filter { $0.hasPrefix("FLOW-") }
        #expect(ids.count >= 20)
        for id in ids {
            #expect(listed.contains(id), "\(id) has no failing fixture in Fixtures/flows")
        }
        for clean in ["clean-discharge", "apprec-clean"] {
            let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: TestPaths.fixture("flows/\(clean)/expected.json")))
            #expect(expected.findings.isEmpty && (expected.flowInfo ?? []).isEmpty, "\(clean)")
        }
    }

    @Test func textTimelineAndFormats() throws {
        let folder = TestPaths.fixture("flows/late-innleggelsesrapport").path
        let text = try CLI.run(["flow", folder])
        #expect(text.stdout.contains("4 h deadline"))
        #expect(text.stdout.contains("25 min late"))
        #expect(!text.stdout.contains("\u{1B}["))
        let junit = try CLI.run(["flow", "--format", "junit", folder])
        #expect(junit.stdout.contains("<testcase name=\"8100001-8200001-"))
        let sarif = try CLI.run(["flow", "--format", "sarif", folder])
        #expect(sarif.stdout.contains("FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H"))
        let html = try CLI.run(["flow", "--format", "html", folder])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.stdout.contains("<script"))
        #expect(!html.stdout.contains("http://") || !html.stdout.contains("<link"))
    }

    /// A synthetic fødselsnummer gives the same info finding on every message of a test stay;
    /// the timelines show it once, saying how many more messages carry it, while json keeps all.
    @Test func repeatedInfoFindingsAreShownOnceInTheTimeline() throws {
        let folder = TestPaths.fixture("flows/clean-discharge").path
        let text = try CLI.run(["flow", folder]).stdout
        #expect(text.components(separatedBy: "[PLO-PATIENT-ID]").count - 1 == 1)
        #expect(text.contains("the same on 7 more messages of this stay"))
        let html = try CLI.run(["flow", "--format", "html", folder]).stdout
        #expect(html.contains("the same on 7 more messages of this stay"))
        let json = try CLI.run(["flow", "--format", "json", folder]).stdout
        #expect(json.components(separatedBy: "\"PLO-PATIENT-ID\"").count - 1 == 8)
    }

    @Test func explainOrderNeedsNoInput() throws {
        let text = try CLI.run(["flow", "--explain-order"])
        #expect(text.exitCode == 0)
        #expect(text.stdout.contains("LOG_INNLAGT"))
        #expect(text.stdout.contains("within 4 h"))
        let html = try CLI.run(["flow", "--explain-order", "--format", "html"])
        #expect(html.stdout.contains("<svg"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["flow"]).exitCode == 2)
        #expect(try CLI.run(["flow", "/nonexistent/folder"]).exitCode == 2)
    }

    @Test func screenshotIsNotBlank() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else {
            print("skip: chromium not installed; run scripts/screenshot-flow.sh after apt-get install -y chromium")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let png = FileManager.default.temporaryDirectory.appendingPathComponent("plo-flow-\(getpid()).png").path
        process.arguments = [TestPaths.root.appendingPathComponent("scripts/screenshot-flow.sh").path, TestPaths.fixture("flows/clean-discharge").path, png]
        var env = ProcessInfo.processInfo.environment
        env["PLO"] = CLI.executable.path
        process.environment = env
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
