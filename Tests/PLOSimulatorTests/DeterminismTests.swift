import Testing

@testable import PLOSimulator

@Suite struct DeterminismTests {
    static let scenario: Scenario = {
        var faults: [FaultKind: Double] = [:]
        for kind in FaultKind.allCases { faults[kind] = 0.6 / Double(FaultKind.allCases.count) }
        return Scenario(name: "determinism", stays: 40, faults: faults)
    }()

    @Test func sameSeedGivesIdenticalBytes() throws {
        let (a, _) = try RecordingOutput.run(Self.scenario, seed: 42)
        let (b, _) = try RecordingOutput.run(Self.scenario, seed: 42)
        #expect(a.manifest == b.manifest)
        #expect(a.records.count == b.records.count)
        #expect(a.records.map(\.record.file) == b.records.map(\.record.file))
        #expect(a.records.map(\.bytes) == b.records.map(\.bytes))
    }

    @Test func differentSeedDiffers() throws {
        let (a, _) = try RecordingOutput.run(Self.scenario, seed: 42)
        let (b, _) = try RecordingOutput.run(Self.scenario, seed: 43)
        #expect(a.manifest != b.manifest)
        #expect(a.records.first?.bytes != b.records.first?.bytes)
    }

    @Test func manifestIsValidJSONShape() throws {
        let (out, summary) = try RecordingOutput.run(Self.scenario, seed: 1)
        let text = String(decoding: out.manifest, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"tool\": \"plo\""))
        #expect(text.contains("\"seed\": 1,"))
        #expect(text.contains("\"injected\": ["))
        #expect(text.contains("\"summary\": {\"messages\": \(summary.messages), \"stays\": 40"))
        #expect(summary.messages == out.records.count)
    }

    @Test func messagesAreWrittenInTimeOrderWithUniqueIds() throws {
        let (out, _) = try RecordingOutput.run(Self.scenario, seed: 5)
        let times = out.records.map(\.record.time)
        #expect(times == times.sorted())
        let files = out.records.map(\.record.file)
        #expect(Set(files).count == files.count)
    }
}
