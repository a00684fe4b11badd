import Dispatch
import PLOCalendar
import PLOModel
import PLORules
import XMLCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `plo flow --bench-synthetic N`: checks N generated stays (no XML) and reports the time, the
/// most stays held at once and the process's peak memory.
public enum FlowBenchmark {
    /// How the synthetic messages reach the checker.
    public enum Input: String, Sendable, CaseIterable {
        /// Generated lazily in time order and streamed (``FlowChecker/check(sorted:sink:)``).
        case stream
        /// Generated stay by stay into one array, not in time order (``FlowChecker/check(_:sink:)``).
        case array
    }

    public static func run(stays count: Int, input: Input = .stream) -> String {
        let started = DispatchTime.now().uptimeNanoseconds
        var findings = 0
        var byRule: [String: Int] = [:]
        let sink: (StayResult) -> Void = { stay in
            findings += stay.findings.count
            for finding in stay.findings { byRule[finding.rule, default: 0] += 1 }
        }
        let outcome: FlowOutcome
        switch input {
        case .stream: outcome = FlowChecker().check(sorted: { SyntheticStays.timeOrdered(stays: count) }, sink: sink)
        case .array: outcome = FlowChecker().check(SyntheticStays.messages(stays: count), sink: sink)
        }
        let done = DispatchTime.now().uptimeNanoseconds
        let millis = (done - started) / 1_000_000
        var out = "stays: \(outcome.stays), messages: \(outcome.messages), findings: \(findings)\n"
        for (rule, n) in byRule.sorted(by: { $0.key < $1.key }) { out += "  \(rule): \(n)\n" }
        out += "input: \(input.rawValue)\n"
        out += "max open stays: \(outcome.maxOpenStays) (at most \(SyntheticStays.maxOverlap) overlap)\n"
        out += "time: \(millis / 1000).\(String(millis % 1000 + 1000).dropFirst()) s (generation included)\n"
        out += "peak RSS: \(peakResidentKilobytes() / 1024) MB\n"
        return out
    }

    /// The process's peak resident set size so far, in KiB.
    static func peakResidentKilobytes() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) / 1024
        #else
        guard getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss)
        #endif
    }
}
