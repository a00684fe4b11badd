import Dispatch
import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// `plo flow --bench-synthetic N`: checks N generated stays (no XML) and reports the time.
public enum FlowBenchmark {
    public static func run(stays count: Int) -> String {
        let started = DispatchTime.now().uptimeNanoseconds
        let messages = SyntheticStays.messages(stays: count)
        let generated = DispatchTime.now().uptimeNanoseconds
        var findings = 0
        var byRule: [String: Int] = [:]
        let outcome = FlowChecker().check(consume messages) { stay in
            findings += stay.findings.count
            for finding in stay.findings { byRule[finding.rule, default: 0] += 1 }
        }
        let done = DispatchTime.now().uptimeNanoseconds
        func seconds(_ nanos: UInt64) -> String {
            let millis = nanos / 1_000_000
            return "\(millis / 1000).\(String(millis % 1000 + 1000).dropFirst()) s"
        }
        var out = "stays: \(outcome.stays), messages: \(outcome.messages), findings: \(findings)\n"
        for (rule, n) in byRule.sorted(by: { $0.key < $1.key }) { out += "  \(rule): \(n)\n" }
        out += "generate: \(seconds(generated - started)), check: \(seconds(done - generated))\n"
        return out
    }
}
