import PLOCalendar
import PLOModel
import PLORules
import PLOSimulator
import XMLCore

/// What the checkers find in what the simulator wrote — computed from the written bytes by the
/// real profile and flow checkers, not from the simulator's own bookkeeping.
struct FlowOracle {
    struct Finding: Hashable, CustomStringConvertible {
        let rule: String
        let severity: String
        let stay: String
        let files: [String]
        var description: String { "\(rule) \(severity) \(stay) \(files)" }
    }

    /// The findings of the real checkers over the written bytes: the profile rules per message
    /// and the flow checker over all of them (AppRecs included), as `plo validate` and `plo flow`
    /// would report them — errors, warnings and the flow checker's own info findings. Each finding
    /// is tagged with the simulator's stay of its first file.
    static func findings(_ out: RecordingOutput) -> Set<Finding> {
        var stayOf: [String: String] = [:]
        for (record, _) in out.records where stayOf[record.file] == nil { stayOf[record.file] = record.stay }
        var result = Set<Finding>()
        var messages: [FlowMessage] = []
        let profile = ProfileChecker(profile: .hnt)
        for (record, bytes) in out.records {
            guard let document = XMLParser.parse(bytes, name: record.file).document else {
                result.insert(Finding(rule: "XML-WELLFORMED", severity: "error", stay: record.stay, files: [record.file]))
                continue
            }
            let message = PLOMessage(document: document)
            for finding in profile.check(message) where finding.severity != .info {
                result.insert(Finding(rule: finding.rule, severity: finding.severity.rawValue, stay: record.stay, files: [record.file]))
            }
            messages.append(FlowMessage(message, file: record.file, contentHash: fnv(bytes)))
        }
        let (stays, _) = FlowChecker().checkAll(messages)
        for stay in stays {
            for finding in stay.findings where finding.severity != .info || finding.rule.hasPrefix("FLOW-") {
                result.insert(
                    Finding(
                        rule: finding.rule, severity: finding.severity.rawValue, stay: stayOf[finding.files.first ?? ""] ?? "",
                        files: finding.files.sorted()))
            }
        }
        return result
    }

    /// FNV-1a 64 of the bytes (what `plo flow` uses to tell identical copies).
    static func fnv(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func predicted(_ summary: Simulator.Summary) -> Set<Finding> {
        Set(summary.injected.map { Finding(rule: $0.rule, severity: $0.severity, stay: $0.stay, files: $0.files.sorted()) })
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        outer: for i in 0...(haystack.count - needle.count) {
            for j in 0..<needle.count where haystack[i + j] != needle[j] { continue outer }
            return true
        }
        return false
    }
}
