import Foundation
import Testing

@testable import PLOSimulator

@Suite struct ScenarioTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/scenarios")

    @Test(arguments: ["calm-week", "easter-week", "winter-month", "teaching-one-patient"])
    func exampleScenariosLoadAndRun(name: String) throws {
        let scenario = try Scenario.load(path: Self.fixtures.appendingPathComponent("\(name).yaml").path)
        #expect(scenario.name == name)
        #expect(scenario.problems().isEmpty)
        var small = scenario
        small.stays = min(scenario.stays, 60)
        let (out, summary) = try RecordingOutput.run(small, seed: 1)
        #expect(FlowOracle.predicted(summary) == FlowOracle.findings(out))
        if scenario.faults.isEmpty { #expect(summary.injected.isEmpty) }
    }

    @Test func missingFieldsTakeDefaults() throws {
        let s = try Scenario.decode("name: tiny\nstays: 3\n")
        #expect(s.stays == 3)
        #expect(s.appRec)
        #expect(s.timing == .standard)
        #expect(s.hospitals == Scenario.defaultHospitals)
    }

    @Test func jsonWorksToo() throws {
        let s = try Scenario.decode(#"{"name": "j", "faults": {"duplicateMsgId": 0.5}}"#, isJSON: true)
        #expect(s.faults[.duplicateMsgId] == 0.5)
    }

    @Test func unknownFaultKindIsRejected() {
        #expect(throws: SimulationError.self) { try Scenario.decode("faults:\n  lateEverything: 0.1\n") }
    }

    @Test func faultProbabilitiesAboveOneAreRejected() {
        let s = Scenario(faults: [.duplicateMsgId: 0.7, .lateSupplement: 0.6])
        #expect(!s.problems().isEmpty)
        #expect(throws: SimulationError.self) { try Simulator(scenario: s, seed: 1) }
    }

    @Test func withoutAppRecNoReceipts() throws {
        let (out, _) = try RecordingOutput.run(Scenario(stays: 5, appRec: false), seed: 1)
        #expect(!out.records.contains { $0.record.type == "APPREC" })
    }

    @Test func xmlEscaping() {
        var b = ByteBuffer()
        // The one XML escaper (XMLCore's XMLText): characters XML 1.0 cannot carry become U+FFFD.
        b.appendEscaped("Rød & <blå> \"x\" 'y'\u{1}\u{FFFE}")
        #expect(String(decoding: b.bytes, as: UTF8.self) == "Rød &amp; &lt;blå&gt; &quot;x&quot; &apos;y&apos;\u{FFFD}\u{FFFD}")
        var j = ByteBuffer()
        j.appendJSONString("a\"b\\c\nd")
        #expect(String(decoding: j.bytes, as: UTF8.self) == #""a\"b\\c\nd""#)
    }
}
