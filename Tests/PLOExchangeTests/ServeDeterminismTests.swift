import Foundation
import TestSupport
import Testing

/// Same seed, same inputs, virtual clock: byte-identical journal exports.
@Suite(.serialized) struct ServeDeterminismTests {
    func export(seed: UInt64) throws -> String {
        let epj = try StandInEPJ("determinism")
        defer { epj.remove() }
        for message in try ServeFixtures.hospitalMessages(seed: 4, stays: 3) { try epj.send(message.bytes, as: message.name) }
        let result = try epj.serve([
            "--scenario", ServeFixtures.scenarioPath, "--seed", String(seed), "--clock", "virtual", "--until-idle", "--export",
        ])
        #expect(result.exitCode == 0 || result.exitCode == 1, "\(result.stderr)")
        return result.stdout
    }

    @Test func sameSeedSameInputsSameJournal() throws {
        let a = try export(seed: 9)
        let b = try export(seed: 9)
        #expect(a.split(separator: "\n").count > 30)
        #expect(a == b)
        // The seed matters (the counterpart's MsgIds and delays), so the comparison can fail.
        #expect(try export(seed: 10) != a)
    }
}
