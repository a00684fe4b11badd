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
    }

    @Test(arguments: cases)
    func fixtureFindingsAreExact(name: String) throws {
        let folder = TestPaths.fixture("flows/\(name)")
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
        let result = try CLI.run(["flow", "--format", "json", folder.path])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let stays = try #require(json["stays"] as? [[String: Any]])
        var found: [Expected.Item] = []
        for stay in stays {
            for finding in stay["findings"] as? [[String: Any]] ?? [] {
                guard let severity = finding["severity"] as? String, severity != "info" else { continue }
                let files = (finding["files"] as? [String] ?? []).map { URL(fileURLWithPath: $0).lastPathComponent }
                found.append(.init(rule: finding["rule"] as? String ?? "", severity: severity, files: files))
            }
        }
        #expect(Set(found) == Set(expected.findings))
        #expect(found.count == expected.findings.count)
        #expect(stays.count == 1)
        #expect((json["unassigned"] as? [Any])?.isEmpty == true)
        #expect(result.exitCode == (expected.findings.contains { $0.severity == "error" } ? 1 : 0))
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
        #expect(text.contains("the same on 6 more messages of this stay"))
        let html = try CLI.run(["flow", "--format", "html", folder]).stdout
        #expect(html.contains("the same on 6 more messages of this stay"))
        let json = try CLI.run(["flow", "--format", "json", folder]).stdout
        #expect(json.components(separatedBy: "\"PLO-PATIENT-ID\"").count - 1 == 7)
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

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
            "chromium not installed; run scripts/screenshot-flow.sh after apt-get install -y chromium"
        )
    )
    func screenshotIsNotBlank() throws {
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
