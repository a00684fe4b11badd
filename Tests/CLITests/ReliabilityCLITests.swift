import Foundation
import TestSupport
import Testing
import XMLCore

/// Issue 14: inputs that used to crash, hang or exhaust `plo`, each run through the real binary.
/// Every one must end with exit 0, 1 or 2 and a reason, quickly.
@Suite(.serialized) struct ReliabilityCLITests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-rel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: Event times with multibyte characters (SIGILL before the fix)

    @Test func multibyteEventTimesAreFindingsNotCrashes() throws {
        let folder = "Fixtures/robustness/multibyte-event-time"
        let count = TestPaths.xmlFiles(in: TestPaths.fixture("robustness/multibyte-event-time")).count
        #expect(count == 8)
        for command in ["validate", "flow"] {
            let result = try CLI.run([command, "--format", "json", folder])
            #expect(result.exitCode == 1, "\(command): \(result.stderr)")
            let object = try json(result.stdout)
            if command == "validate" {
                let results = try #require(object["results"] as? [[String: Any]])
                #expect(results.count == count)
                for entry in results {
                    let rules = (entry["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
                    #expect(rules.contains("PLO-EVENT-TIME"), "\(entry["file"] ?? "?"): \(rules)")
                }
            } else {
                let summary = try #require(object["summary"] as? [String: Int])
                #expect(summary["messages"] == count)
            }
        }
    }

    // MARK: Found by fuzzing (FuzzFlow)

    /// A stay with one GenDate in year 9020 spans 7,000 years: the HTML timeline shaded it day
    /// by day (millions of days, a hang). Now the page is written at once, with the stay drawn.
    @Test func aStaySpanningMillenniaDrawsQuickly() throws {
        let started = Date()
        let result = try CLI.run(["flow", "--format", "html", "Fixtures/robustness/year-9020-stay"], timeout: 120)
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(result.exitCode == 0 || result.exitCode == 1, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("</html>\n") || result.stdout.hasSuffix("</html>"), "\(result.stdout.suffix(200))")
        #expect(result.stdout.utf8.count < 5_000_000)
        #expect(result.stdout.contains("class=\"lanes\""))
    }

    // MARK: Folder loops

    @Test func symbolicLinkLoopsAreWalkedOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestPaths.fixture("messages/innlagt.xml"), to: folder.appendingPathComponent("innlagt.xml"))
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("a").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("twin").path, withDestinationPath: "sub")
        for command in ["validate", "flow"] {
            let result = try CLI.run([command, "--format", "json", folder.path], timeout: 60)
            // One LOG_INNLAGT alone is valid, and a stay without its report (flow: exit 1).
            #expect(result.exitCode == (command == "validate" ? 0 : 1), "\(command): \(result.stderr)")
            let object = try json(result.stdout)
            let summary = try #require(object["summary"] as? [String: Int])
            #expect(summary[command == "validate" ? "files" : "messages"] == 1, "\(summary)")
            #expect(result.stderr.contains("/a: skipped, a link back to"), "\(result.stderr)")
            #expect(result.stderr.contains("/up: skipped, a link back to"), "\(result.stderr)")
            #expect(result.stderr.contains("the same folder as"), "\(result.stderr)")
        }
    }

    // MARK: Size limits

    @Test func maxSizeIsCappedAtWhatTheParserTakes() throws {
        // (No standard input is sent here: plo refuses the option before reading, and a write
        // to its closed pipe would stop the test process.)
        let result = try CLI.run(["validate", "--max-size", "9223372036854775807", "Fixtures/messages/innlagt.xml"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--max-size must lie in 1…2147483647"), "\(result.stderr)")
        // The largest accepted limit reads more than 64 KiB of standard input without overflow.
        var text = try String(contentsOf: TestPaths.fixture("messages/innlagt.xml"), encoding: .utf8)
        text += String(repeating: "<!-- padding -->\n", count: 5000)
        let big = try CLI.run(["validate", "--max-size", "2147483647", "--format", "json", "-"], stdin: Data(text.utf8))
        #expect(big.exitCode == 0, "\(big.stderr)")
        for option in [["--jobs", "0"], ["--jobs", "100000"], ["--max-size", "0"]] {
            let bad = try CLI.run(["validate"] + option + ["Fixtures/messages/innlagt.xml"])
            #expect(bad.exitCode == 2, "\(option)")
            #expect(bad.stderr.contains(option[0]), "\(bad.stderr)")
        }
    }

    // MARK: Quadratic attributes, encodings and the time budget

    @Test func crowdedElementsAreRefusedQuickly() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let attributes = (0..<200_000).map { "a\($0)=\"1\"" }.joined(separator: " ")
        try Data("<a \(attributes)/>".utf8).write(to: folder.appendingPathComponent("crowded.xml"))
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(
            ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a " + (0..<5000).map { "b\($0)='2'" }.joined(separator: " ") + "/>").data(
                using: .utf16LittleEndian) ?? Data())
        try utf16.write(to: folder.appendingPathComponent("crowded-utf16.xml"))
        try Data("<?xml version=\"1.0\" encoding=\"UTF-7\"?><a/>".utf8).write(to: folder.appendingPathComponent("utf7.xml"))
        let start = Date()
        let result = try CLI.run(["validate", "--format", "json", folder.path], timeout: 60)
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(result.exitCode == 1, "\(result.stderr)")
        let results = try #require(try json(result.stdout)["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for entry in results {
            let findings = entry["findings"] as? [[String: Any]] ?? []
            #expect(findings.first?["rule"] as? String == "XML-LIMIT", "\(entry)")
        }
    }

    // MARK: plo simulate

    private func simulate(_ scenario: String, _ extra: [String] = []) throws -> (CLIResult, URL) {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("scenario.yaml")
        try Data(scenario.utf8).write(to: file)
        let result = try CLI.run(["simulate", "--scenario", file.path, "--out", folder.appendingPathComponent("out").path] + extra)
        return (result, folder)
    }

    @Test(arguments: [
        ("timing: {lengthOfStay: {kind: fixed, value: .inf}}", "timing.lengthOfStay.value"),
        ("timing: {transport: {kind: uniform, min: 1, max: .nan}}", "timing.transport.max"),
        ("timing: {transport: {kind: exponential, mean: 1e300}}", "timing.transport.mean"),
        ("timing: {appRecDelay: {kind: lognormal, median: 1e300, sigma: 1}}", "timing.appRecDelay.median"),
        ("timing: {lengthOfStay: {kind: lognormal, median: 4320, sigma: 1e10}}", "timing.lengthOfStay.sigma"),
        ("timing: {transport: {kind: fixed, value: -3}}", "timing.transport.value"),
        ("arrivalsPerDay: 1e-300", "arrivalsPerDay"),
        ("arrivalsPerDay: .inf", "arrivalsPerDay"),
        ("events: {death: .nan}", "events.death"),
        ("faults: {duplicateMsgId: -0.5}", "faults.duplicateMsgId"),
        ("stays: 3\nstay: 4", "stay"),
        ("stays: 1.5", "stays"),
        ("stays: 99999999999", "stays"),
        ("timing: {transport: {kind: fixed, value: 2, mean: 3, extra: 1}}", "timing.transport.extra"),
        ("hospitals: [{name: H, her: '1', ward: {name: W, her: '2', floor: 3}}]", "hospitals.0.ward.floor"),
        ("start: 9999-12-31T23:59", "start"),
        ("", "empty"),
        ("- 1\n- 2", "mapping"),
    ])
    func scenarioNumbersOutOfRangeAreNamed(_ scenario: String, _ key: String) throws {
        let (result, folder) = try simulate(scenario)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.exitCode == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("scenario.yaml"), "\(result.stderr)")
        #expect(result.stderr.contains(key), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/manifest.json").path))
    }

    @Test func scenarioErrorsNameTheLine() throws {
        let (result, folder) = try simulate("name: x\nstays: 3\ntiming:\n  transport: {kind: fixed, value: .inf}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("line 4: timing.transport.value"), "\(result.stderr)")
    }

    @Test(arguments: [
        (["--speed", "1e-300"], "--speed"), (["--speed", "nan"], "--speed"), (["--stays", "-1"], "--stays"),
        (["--stays", "100000000"], "--stays"), (["--messages", "0"], "--messages"), (["--start", "9999-12-31T23:59"], "--start"),
    ])
    func numericOptionsHaveRanges(_ options: [String], _ name: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["simulate", "--out", folder.appendingPathComponent("out").path] + options)
        #expect(result.exitCode == 2, "\(result.stdout)")
        #expect(result.stderr.contains(name), "\(result.stderr)")
    }

    @Test func aRunThatCannotFinishLeavesANoteAndNoManifest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        // Starts in range, but 400 stays at one arrival every thousand days run past year 9999.
        let (result, scenarioFolder) = try simulate("start: 9990-01-01T00:00\nstays: 400\narrivalsPerDay: 0.001\n")
        defer { try? FileManager.default.removeItem(at: scenarioFolder) }
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("9999-01-01"), "\(result.stderr)")
        let partial = scenarioFolder.appendingPathComponent("out")
        #expect(FileManager.default.fileExists(atPath: partial.appendingPathComponent("INCOMPLETE.txt").path))
        #expect(!FileManager.default.fileExists(atPath: partial.appendingPathComponent("manifest.json").path))
        #expect(!FileManager.default.fileExists(atPath: partial.appendingPathComponent(".manifest.json.partial").path))
        let again = try CLI.run(["simulate", "--stays", "1", "--out", partial.path])
        #expect(again.exitCode == 2)
        #expect(again.stderr.contains("did not finish"), "\(again.stderr)")
        // A finished run leaves the manifest and no note.
        let ok = try CLI.run(["simulate", "--stays", "2", "--out", out.path])
        #expect(ok.exitCode == 0, "\(ok.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["manifest.json", "messages"])
        let forced = try CLI.run(["simulate", "--stays", "1", "--force", "--out", partial.path])
        #expect(forced.exitCode == 0, "\(forced.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: partial.path).sorted() == ["manifest.json", "messages"])
    }
}
