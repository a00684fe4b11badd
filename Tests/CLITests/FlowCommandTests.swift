import Foundation
import TestSupport
import Testing

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

    /// `plo flow --stats`: per hospital and municipality, in text, JSON (`"stats"` beside `stays`)
    /// and HTML; without the flag the reports are unchanged.
    @Test func statsPerHospitalAndMunicipality() throws {
        let late = TestPaths.fixture("flows/late-innleggelsesrapport").path
        let clean = TestPaths.fixture("flows/clean-discharge").path
        let result = try CLI.run(["flow", "--stats", "--format", "json", late, clean])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let stats = try #require(json["stats"] as? [String: Any])
        let hospitals = try #require(stats["hospitals"] as? [[String: Any]])
        let municipalities = try #require(stats["municipalities"] as? [[String: Any]])
        #expect(hospitals.map { $0["her"] as? String } == ["8100001"])
        #expect(municipalities.map { $0["her"] as? String } == ["8200001"])
        let hospital = try #require(hospitals.first)
        #expect(hospital["stays"] as? Int == 2)
        let deadlines = try #require(hospital["deadlines"] as? [[String: Any]])
        let fourHours = try #require(deadlines.first { $0["rule"] as? String == "FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H" })
        #expect(fourHours["judged"] as? Int == 2)
        #expect(fourHours["met"] as? Int == 1)
        #expect(fourHours["share"] as? String == "50.0%")
        // Admission 09:15 (the event), reports at 11:05 and 14:10: 110 and 295 minutes.
        let report = try #require(hospital["innleggelsesrapportMinutes"] as? [String: Any])
        #expect(report["count"] as? Int == 2)
        #expect(report["median"] as? Int == 110)
        #expect(report["p90"] as? Int == 295)
        // utskrivningsklar 11:00, answer 12:10; utskrivningsklar Wednesday, utskrevet Thursday.
        #expect((hospital["answerMinutes"] as? [String: Any])?["median"] as? Int == 70)
        #expect((hospital["waitingDays"] as? [String: Any])?["median"] as? Int == 1)
        #expect((hospital["findings"] as? [String: Any])?["FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H"] as? Int == 1)
        let text = try CLI.run(["flow", "--stats", late]).stdout
        #expect(text.contains("Statistics (plo flow --stats)"))
        #expect(text.contains("DEADLINE-INNLEGGELSESRAPPORT-4H 0.0% of 1"))
        let html = try CLI.run(["flow", "--stats", "--format", "html", late]).stdout
        #expect(html.contains("<h2>Statistics</h2>"))
        let plain = try CLI.run(["flow", "--format", "json", late]).stdout
        #expect(!plain.contains("\"stats\""))
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
        let text = try CLI.run(["flow", "--verbose", folder]).stdout
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
        // The municipality's answer and the AppRecs are part of the order.
        #expect(text.stdout.contains("municipality → hospital: Helsefaglig dialog (DIALOG_HELSEFAGLIG)"))
        #expect(text.stdout.contains("FLOW-UTSKREVET-BEFORE-ANSWER"))
        #expect(text.stdout.contains("AppRec (HIS 80415)"))
        #expect(html.stdout.contains("DIALOG_HELSEFAGLIG"))
    }

    /// The timeline shows the answer and each message's AppRecs under it (text and HTML).
    @Test func timelineShowsTheAnswerAndTheAppRecs() throws {
        let folder = TestPaths.fixture("flows/apprec-rejected-resent").path
        let text = try CLI.run(["flow", folder]).stdout
        #expect(text.contains("DIALOG_HELSEFAGLIG N (answer to utskrivningsklar)"))
        #expect(text.contains("↳ AppRec 1 OK from 8200001"))
        #expect(text.contains("↳ AppRec 2 Avvist E35 from 8200001"))
        #expect(text.contains("HELSEOPPL_SOKNAD N (varsel)"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(CLI.run(["flow", "--format", "json", folder]).stdout.utf8)) as? [String: Any])
        let messages = try #require((json["stays"] as? [[String: Any]])?.first?["messages"] as? [[String: Any]])
        let report = try #require(messages.first { ($0["file"] as? String ?? "").hasSuffix("/06-utskrivningsrapport.xml") })
        let receipts = try #require(report["receipts"] as? [[String: Any]])
        #expect(receipts.map { $0["status"] as? String } == ["2"])
        #expect(receipts.first?["errors"] as? [String] == ["E35"])
        #expect(messages.contains { $0["role"] as? String == "answer to utskrivningsklar" })
        let html = try CLI.run(["flow", "--format", "html", folder]).stdout
        #expect(html.contains("answer to utskrivningsklar"))
        #expect(html.contains("↳ AppRec 2 Avvist E35"))
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
        process.arguments = [
            TestPaths.root.appendingPathComponent("scripts/screenshot-flow.sh").path, TestPaths.fixture("flows/clean-discharge").path, png,
        ]
        var env = ProcessInfo.processInfo.environment
        env["PLO"] = CLI.executable.path
        process.environment = env
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
