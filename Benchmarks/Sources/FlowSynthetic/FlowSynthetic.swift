import Dispatch
import PLOCalendar
import PLOModel
import PLORules

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `flow-synthetic N [stream|array]`: checks N generated stays (no XML) and prints the time, the
/// most stays held at once and the process's peak memory (read by Benchmarks/flow.sh).
@main
struct FlowSynthetic {
    /// How the synthetic messages reach the checker.
    enum Input: String {
        /// Generated lazily in time order and streamed (``FlowChecker/check(sorted:sink:)``).
        case stream
        /// Generated stay by stay into one array, not in time order (``FlowChecker/check(_:sink:)``).
        case array
    }

    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let count = arguments.first.flatMap({ Int($0) }), count >= 0,
            let input = Input(rawValue: arguments.dropFirst().first ?? "stream")
        else {
            Usage.fail("usage: flow-synthetic STAYS [stream|array]")
        }
        print(run(stays: count, input: input), terminator: "")
    }

    static func run(stays count: Int, input: Input) -> String {
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

/// A one-line reason on stderr and exit status 2.
enum Usage {
    static func fail(_ reason: String) -> Never {
        let line = Array((reason + "\n").utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        exit(2)
    }
}
