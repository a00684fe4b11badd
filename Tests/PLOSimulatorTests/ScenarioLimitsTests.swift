import Testing

@testable import PLOSimulator

/// Scenario numbers are checked before a run (issue 14: `.inf`, `.nan`, `1e300`, `sigma: 1e10`
/// and `arrivalsPerDay: 1e-300` trapped in Double → Int conversions), and every conversion
/// that remains is checked too.
@Suite struct ScenarioLimitsTests {
    private func reason(_ yaml: String) -> String? {
        do {
            _ = try Scenario.decode(yaml, name: "s.yaml")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        ("stays: 3\ntiming:\n  lengthOfStay: {kind: fixed, value: .inf}\n", "s.yaml: line 3: timing.lengthOfStay.value: must be a finite number"),
        ("timing:\n  transport: {kind: uniform, min: 1, max: .nan}\n", "line 2: timing.transport.max: must be a finite number"),
        ("timing: {transport: {kind: exponential, mean: 1e300}}", "timing.transport.mean: must lie in 0…5270400"),
        ("timing: {transport: {kind: lognormal, median: 5, sigma: 1e10}}", "timing.transport.sigma: must lie in 0…10"),
        ("timing: {transport: {kind: uniform, min: -1, max: 3}}", "timing.transport.min: negative durations are not allowed"),
        ("arrivalsPerDay: 1e-300", "arrivalsPerDay: must be a finite number in 0.001…100000"),
        ("events: {avmelding: 2}", "events.avmelding: probability must be in 0…1"),
        ("faults: {lateSupplement: .nan}", "faults.lateSupplement: probability must be in 0…1"),
        ("stays: -2", "stays: must lie in 0…1000000"),
        ("name: x\nmunicipalitys: []\n", "line 2: municipalitys: unknown field 'municipalitys'"),
        ("events: {deaths: 0.1}", "events.deaths: unknown field"),
        ("stays: ten", "stays: expected a whole number"),
        ("timing: {transport: 3}", "timing.transport: expected a mapping of fields"),
        ("  \n", "s.yaml: the file is empty"),
        ("just text", "a scenario is a mapping of fields"),
        ("a: &a [*a, *a]\nb: [&b [*a, *a], *b, *b]", "s.yaml:"),
    ])
    func badValuesAreNamedWithFileLineAndKey(_ yaml: String, _ expected: String) {
        let text = reason(yaml)
        #expect(text?.contains(expected) == true, "\(text ?? "accepted")")
    }

    @Test func jsonIsCheckedTheSameWay() {
        #expect(throws: SimulationError.self) { try Scenario.decode(#"{"stays": 3, "extra": 1}"#, isJSON: true) }
        #expect(throws: SimulationError.self) { try Scenario.decode(#"{"arrivalsPerDay": 1e-300}"#, isJSON: true) }
    }

    @Test func validScenariosStillDecode() throws {
        let s = try Scenario.decode("stays: 2\ntiming: {lengthOfStay: {kind: lognormal, median: 4320, sigma: 10, max: 5270400}}\n")
        #expect(s.stays == 2)
        #expect(s.issues().isEmpty)
    }

    @Test func conversionsAreChecked() {
        #expect(Math.wholeSeconds(.infinity) == 1 << 40)
        #expect(Math.wholeSeconds(-.infinity) == 0)
        #expect(Math.wholeSeconds(.nan) == 0)
        #expect(Math.wholeSeconds(1e300) == 1 << 40)
        #expect(Math.wholeSeconds(59.5) == 60)
        var rng = SplitMix64(seed: 7)
        // Built in code (skipping validation): sampling still never traps and stays in range.
        for dist in [
            Distribution(kind: .lognormal, median: 1e300, sigma: 1e10), Distribution(kind: .fixed, value: .nan),
            Distribution(kind: .exponential, mean: .infinity), Distribution(kind: .uniform, min: -.infinity, max: .infinity),
        ] {
            for _ in 0..<100 {
                let seconds = dist.sampleSeconds(&rng)
                #expect(seconds >= 0 && seconds <= Int64(Distribution.longestMinutes * 60))
            }
        }
    }

    @Test func runsStopBeforeYear9999() throws {
        let late = Scenario(start: "9998-12-30T00:00", stays: 50, arrivalsPerDay: 0.01)
        #expect(throws: SimulationError.self) { _ = try RecordingOutput.run(late, seed: 1) }
        #expect(throws: SimulationError.self) { _ = try Simulator(scenario: Scenario(start: "9999-06-01T00:00"), seed: 1) }
        let (out, _) = try RecordingOutput.run(Scenario(start: "9990-01-01T00:00", stays: 3), seed: 1)
        #expect(!out.records.isEmpty)
    }
}
