import Foundation
import TestSupport
import Testing
import XMLCore

@Suite(.serialized) struct ValidateCommandTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func validFixtureExitsZeroWithJSONContract() throws {
        let result = try CLI.run(["validate", "--format", "json", "Fixtures/messages/innlagt.xml"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["tool"] as? String == "plo")
        #expect(object["version"] as? String == "0.1.0")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 1, "valid": 1, "invalid": 0, "errors": 0, "warnings": 0])
        let results = try #require(object["results"] as? [[String: Any]])
        let message = try #require(results.first?["message"] as? [String: Any])
        #expect(message["type"] as? String == "LOG_INNLAGT")
        #expect(message["standard"] as? String == "PLO 1.6")
        #expect(message["genDate"] as? String == "2026-03-02T09:40:00")
        #expect(message["contentNamespace"] as? String == "http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01")
        #expect(result.stdout.range(of: "\"tool\"")!.lowerBound < result.stdout.range(of: "\"results\"")!.lowerBound)
    }

    @Test func schemaErrorExitsOneWithLineAndXPath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: TestPaths.fixture("messages/innlagt.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "<MIGversion>v1.2 2006-05-24</MIGversion>", with: "")
        let file = folder.appendingPathComponent("broken.xml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", "--format", "json", "--no-profile", file.path])
        #expect(result.exitCode == 1)
        let results = try #require(try json(result.stdout)["results"] as? [[String: Any]])
        #expect(results.first?["valid"] as? Bool == false)
        let finding = try #require((results.first?["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "XSD")
        #expect(finding["severity"] as? String == "error")
        #expect(finding["line"] as? Int == 7)
        #expect(finding["xpath"] as? String == "/MsgHead/MsgInfo/GenDate")
    }

    @Test func readsStandardInput() throws {
        let data = try Data(contentsOf: TestPaths.fixture("messages/innlagt.xml"))
        let result = try CLI.run(["validate", "-"], stdin: data)
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("1 file: 1 valid"))
    }

    /// `plo validate … | head`: the reader goes away; plo stops early and exits 2 with a reason,
    /// never dies by SIGPIPE (the signal is reset to its default for plo, as in a login shell).
    @Test func closedStandardOutputIsAReasonNotASignal() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let simulated = try CLI.run(["simulate", "--stays", "100", "--seed", "5", "--no-apprec", "--out", folder.path])
        #expect(simulated.exitCode == 0)
        let script = "env --default-signal=PIPE \"$0\" validate --verbose --jobs 2 \"$1\" | head -c 1 >/dev/null; exit ${PIPESTATUS[0]}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, CLI.executable.path, folder.appendingPathComponent("messages").path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 2, "exit \(process.terminationStatus), stderr: \(stderr)")
        #expect(stderr.contains("Broken pipe"))
        #expect(stderr.split(separator: "\n").count == 1)
    }

    @Test func hostileInputsGiveFindingsNotCrashes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, [UInt8])] = [
            ("xxe-file.xml", Array("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a SYSTEM \"file:///etc/passwd\">]>\n<x>&a;</x>".utf8)),
            ("xxe-http.xml", Array("<!DOCTYPE x [<!ENTITY a SYSTEM \"http://127.0.0.1:9/x\">]><x>&a;</x>".utf8)),
            ("external-dtd.xml", Array("<!DOCTYPE MsgHead SYSTEM \"http://127.0.0.1:9/m.dtd\"><MsgHead/>".utf8)),
            (
                "laughs.xml",
                Array(
                    ("<!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                        + (1...9).map { "<!ENTITY a\($0) \"" + String(repeating: "&a\($0 == 1 ? "" : String($0 - 1));", count: 10) + "\">" }.joined()
                        + "]><l>&a9;</l>").utf8)
            ),
            ("deep.xml", Array((String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)).utf8)),
            ("bad-utf8.xml", Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>".utf8) + [0xC3, 0x28] + Array("</a>".utf8)),
            ("empty.xml", []),
            ("garbage.xml", (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }),
        ]
        for (name, bytes) in cases {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        let big = folder.appendingPathComponent("huge.xml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 200 * 1024 * 1024)
        try handle.close()

        let result = try CLI.run(["validate", "--format", "json", folder.path], timeout: 60)
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(!result.stdout.contains("root:x:0"), "a local file leaked into the output")
        let results = try #require(try json(result.stdout)["results"] as? [[String: Any]])
        #expect(results.count == cases.count + 1)
        var rules: [String: String] = [:]
        for item in results {
            let file = URL(fileURLWithPath: item["file"] as? String ?? "").lastPathComponent
            #expect(item["valid"] as? Bool == false, "\(file)")
            rules[file] = (item["findings"] as? [[String: Any]])?.first?["rule"] as? String
        }
        for name in ["xxe-file.xml", "xxe-http.xml", "external-dtd.xml", "laughs.xml", "deep.xml", "huge.xml"] {
            #expect(rules[name] == CoreRule.limit, "\(name): \(rules[name] ?? "none")")
        }
        for name in ["bad-utf8.xml", "empty.xml", "garbage.xml"] {
            #expect(rules[name] == CoreRule.wellFormed, "\(name): \(rules[name] ?? "none")")
        }
    }

    @Test func isoLatin1MessagePasses() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: TestPaths.fixture("messages/innlagt.xml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
        let data = try #require(text.data(using: .isoLatin1))
        #expect(data.count < text.utf8.count, "the fixture has Norwegian letters, so Latin-1 is shorter")
        let file = folder.appendingPathComponent("latin1.xml")
        try data.write(to: file)
        let result = try CLI.run(["validate", file.path])
        #expect(result.exitCode == 0, "\(result.stdout)")
    }

    @Test func unreadableInputsExitTwoWithAReason() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestPaths.fixture("messages/innlagt.xml"), to: folder.appendingPathComponent("ok.xml"))
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("gone.xml").path, withDestinationPath: "/nonexistent/gone.xml")
        let result = try CLI.run(["validate", folder.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("gone.xml"))
        #expect(result.stdout.isEmpty)

        let missing = try CLI.run(["validate", "/nonexistent/file.xml"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("/nonexistent/file.xml"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLI.run(["validate"]).exitCode == 2)
        #expect(try CLI.run(["validate", "--bogus", "x.xml"]).exitCode == 2)
        #expect(try CLI.run(["validate", "--jobs", "0", "Fixtures/messages"]).exitCode == 2)
        #expect(try CLI.run(["validate", "--disable", "XSD", "Fixtures/messages"]).exitCode == 2)
        #expect(try CLI.run(["validate", "--disable", "NO-SUCH-RULE", "Fixtures/messages"]).exitCode == 2)
        let schemas = try CLI.run(["validate", "--schemas", "Fixtures/messages", "Fixtures/messages"])
        #expect(schemas.exitCode == 2)
        #expect(schemas.stderr.contains("catalog"))
        #expect(try CLI.run(["--help"]).exitCode == 0)
    }

    @Test func junitAndSarifAreWellFormed() throws {
        let junit = try CLI.run(["validate", "--format", "junit", "Fixtures/messages", "/dev/null"])
        #expect(junit.exitCode == 2)  // /dev/null is not a regular file

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.xml"))
        try FileManager.default.copyItem(at: TestPaths.fixture("messages/innlagt.xml"), to: folder.appendingPathComponent("ok.xml"))
        let report = folder.appendingPathComponent("report.xml").path
        let result = try CLI.run(["validate", "--format", "junit", "--out", report, folder.path])
        #expect(result.exitCode == 1)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: report)))
        let root = try #require(XMLParser.parse(bytes, name: "junit").document?.root)
        let suite = try #require(root.child("testsuite"))
        #expect(suite.attribute("tests") == "2")
        #expect(suite.attribute("failures") == "1")
        #expect(suite.children("testcase").compactMap { $0.child("failure") }.count == 1)

        let sarif = try CLI.run(["validate", "--format", "sarif", folder.path])
        let object = try json(sarif.stdout)
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.first?["ruleId"] as? String == "XML-WELLFORMED")
        #expect(results.first?["level"] as? String == "error")
    }

    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func validatesOfficialExamplesAgainstOfficialSchemas() throws {
        let result = try CLI.run([
            "validate", "--format", "json", "--schemas", TestPaths.officialSchemas.path,
            TestPaths.ehelse.appendingPathComponent("examples/plo-1.6").path,
        ])
        #expect(result.exitCode == 0, "\(result.stdout.prefix(2000))")
        let summary = try #require(try json(result.stdout)["summary"] as? [String: Int])
        #expect(summary["files"] == 22)
        #expect(summary["errors"] == 0)
    }
}
