import Foundation
import PLOModel
import PLORules
import TestSupport
import Testing
import XMLCore

/// With `MEASURE_PROFILE=1`, prints what the profile costs next to parsing and XSD validation
/// (best of 20 batches, in µs per message). Run in release mode:
/// `MEASURE_PROFILE=1 swift test -c release -Xswiftc -enable-testing --filter ProfileCostTests`.
@Suite struct ProfileCostTests {
    static func best(_ body: () -> Int) -> Double {
        let clock = ContinuousClock()
        var best = Duration.seconds(1000)
        var sink = 0
        for _ in 0..<20 {
            let elapsed = clock.measure { for _ in 0..<200 { sink &+= body() } }
            best = min(best, elapsed)
        }
        precondition(sink >= 0)
        let (seconds, attoseconds) = best.components
        return (Double(seconds) * 1e6 + Double(attoseconds) / 1e12) / 200
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["MEASURE_PROFILE"] == "1"))
    func profileCostsLittleNextToSchemaValidation() throws {
        let files =
            [
                RuleHarness.folder("PLO-RESPONSIBLE-HCP").appendingPathComponent("pass-utskrivningsklar.xml"),
                RuleHarness.folder("PLO-CODE").appendingPathComponent("pass-utskrevet.xml"),
                RuleHarness.folder("APPREC-STATUS").appendingPathComponent("pass-ok.xml"),
            ] + (TestPaths.hasReference ? TestPaths.officialExamples.prefix(3) : [])
        let validator = try #require(RuleHarness.schemas?.makeValidator())
        let checker = ProfileChecker()
        for url in files {
            let bytes = try [UInt8](Data(contentsOf: url))
            let document = try #require(XMLParser.parse(bytes, name: "x").document)
            let message = PLOMessage(document: document)
            let parse = Self.best { XMLParser.parse(bytes, name: "x").findings.count }
            let xsd = Self.best { validator.validate(document).count }
            let model = Self.best { PLOMessage(document: document).msgId?.count ?? 0 }
            let facts = Self.best { MessageFacts(message).logistics?.events.count ?? 0 }
            let rules = Self.best { checker.check(message).count }
            let share = (model + rules) / (parse + xsd) * 100
            print(
                "\(url.lastPathComponent) (\(bytes.count) B): parse \(Int(parse)) µs, xsd \(Int(xsd)) µs | model \(Int(model)) µs, "
                    + "facts \(Int(facts)) µs, rules incl. facts \(Int(rules)) µs => +\(Int(share))%")
        }
    }
}
