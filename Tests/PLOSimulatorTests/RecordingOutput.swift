import PLOSimulator

/// Keeps every record with its bytes, for the tests' own flow oracle.
final class RecordingOutput: SimulationOutput {
    var records: [(record: MessageRecord, bytes: [UInt8])] = []
    var manifest: [UInt8] = []

    func write(_ bytes: [UInt8], for record: MessageRecord) throws {
        records.append((record, bytes))
    }

    func appendManifest(_ bytes: [UInt8]) throws {
        manifest.append(contentsOf: bytes)
    }

    static func run(_ scenario: Scenario, seed: UInt64) throws -> (RecordingOutput, Simulator.Summary) {
        var out = RecordingOutput()
        let sim = try Simulator(scenario: scenario, seed: seed)
        let summary = try sim.run(into: &out)
        return (out, summary)
    }
}
