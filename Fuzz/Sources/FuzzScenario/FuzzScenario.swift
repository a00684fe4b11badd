import Foundation
import FuzzSupport
import PLOSimulator

/// One input = a scenario file (YAML, or JSON when it starts with `{`): decoded and checked;
/// a scenario that decodes is also run for at most two stays into memory.
@main
enum FuzzScenario {
    static func main() {
        exit(runFuzzer { data, size in
            let text = String(decoding: bytes(data, size), as: UTF8.self)
            let isJSON = text.utf8.first == UInt8(ascii: "{")
            guard var scenario = try? Scenario.decode(text, isJSON: isJSON, name: "fuzz.yaml") else { return 0 }
            scenario.stays = min(scenario.stays, 2)
            guard let simulator = try? Simulator(scenario: scenario, seed: 1) else { return 0 }
            simulator.messageLimit = 60
            var output = InMemoryOutput()
            _ = try? simulator.run(into: &output)
            return 0
        })
    }
}
