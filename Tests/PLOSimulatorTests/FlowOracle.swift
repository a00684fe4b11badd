import PLOCalendar
import PLOModel
import PLOSimulator

/// An independent, test-only reading of `docs/flow-rules.md` over what the simulator wrote:
/// the findings `plo flow` should report, computed from records and bytes, not from the
/// simulator's own bookkeeping.
struct FlowOracle {
    struct Finding: Hashable, CustomStringConvertible {
        let rule: String
        let severity: String
        let stay: String
        let files: [String]
        var description: String { "\(rule) \(severity) \(stay) \(files)" }
    }

    static func findings(_ out: RecordingOutput) -> Set<Finding> {
        var result = Set<Finding>()
        let docs = out.records.filter { $0.record.type != "APPREC" }
        // Duplicates: same MsgId, different bytes.
        var byId: [String: [(MessageRecord, [UInt8])]] = [:]
        for (r, b) in docs { byId[r.msgId, default: []].append((r, b)) }
        for (_, list) in byId where list.count > 1 && Set(list.map { $0.1 }).count > 1 {
            result.insert(Finding(rule: "FLOW-DUPLICATE-MSGID", severity: "error", stay: list[0].0.stay, files: list.map { $0.0.file }.sorted()))
        }
        // Type display names.
        for (r, b) in docs {
            guard let type = MessageType(rawValue: r.type) else { continue }
            let expected = Array("<Type V=\"\(type.rawValue)\" DN=\"\(type.displayName)\"/>".utf8)
            if !contains(b, expected) {
                result.insert(Finding(rule: "PLO-TYPE-MISMATCH", severity: "error", stay: r.stay, files: [r.file]))
            }
        }
        // Per stay.
        var stays: [String: [MessageRecord]] = [:]
        for (r, _) in docs { stays[r.stay, default: []].append(r) }
        let window = WorkingWindow.standard
        for (id, unsorted) in stays {
            let msgs = unsorted.sorted { ($0.time, $0.msgId) < ($1.time, $1.msgId) }
            guard let innlagt = msgs.first(where: { $0.type == "LOG_INNLAGT" }) else {
                result.insert(Finding(rule: "FLOW-NO-ADMISSION", severity: "warning", stay: id, files: [msgs[0].file]))
                continue
            }
            let a = innlagt.time
            let hospital = innlagt.sender
            func f(_ rule: String, _ sev: String, _ files: [String]) {
                result.insert(Finding(rule: rule, severity: sev, stay: id, files: files))
            }
            let fromMunicipality = msgs.filter { $0.sender != hospital }
            let reports = fromMunicipality.filter { $0.type == "INNLEGGELSESRAPPORT" }
            if let first = reports.first {
                if first.time - a > 4 * 3600 { f("FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H", "error", [innlagt.file, first.file]) }
            } else {
                f("FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H", "error", [innlagt.file])
            }
            for m in fromMunicipality where m.file != reports.first?.file && m.time - a > 24 * 3600 {
                f("FLOW-DEADLINE-SUPPLEMENT-24H", "warning", [m.file])
            }
            let hospitalInfo = msgs.filter { $0.sender == hospital && $0.type == "HELSEOPPL_SOKNAD" }
            if !hospitalInfo.contains(where: { $0.time - a <= 24 * 3600 }) {
                f("FLOW-DEADLINE-HOSPITAL-INFO-24H", "error", [innlagt.file])
            }
            var active = false
            var utskrevet: MessageRecord?
            let died = msgs.contains { $0.type == "LOG_DOD" }
            let ids = Set(msgs.map(\.msgId))
            for m in msgs {
                // A correction (M): only FLOW-CORRECTION-TARGET looks at it; the rules below count N.
                if let target = m.corrects {
                    if !ids.contains(target) { f("FLOW-CORRECTION-TARGET", "warning", [m.file]) }
                    continue
                }
                if let u = utskrevet, m.type != "UTSKRIVNINGSRAPPORT", m.time > u.time {
                    f("FLOW-AFTER-UTSKREVET", "warning", [m.file])
                }
                switch m.type {
                case "LOG_UTSKRIVNINGSKLAR":
                    if !hospitalInfo.contains(where: { $0.time < m.time }) {
                        f("FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR", "error", [m.file])
                    }
                    if !window.contains(Oslo.local(m.time)) { f("FLOW-WINDOW-UTSKRIVNINGSKLAR", "warning", [m.file]) }
                    active = true
                case "LOG_AVMELDING":
                    if !active { f("FLOW-AVMELDING-WITHOUT-UTSKRIVNINGSKLAR", "error", [m.file]) }
                    active = false
                case "LOG_UTSKREVET":
                    utskrevet = m
                    let day = Oslo.local(m.time).date
                    let hasReport = msgs.contains { $0.type == "UTSKRIVNINGSRAPPORT" && Oslo.local($0.time).date == day }
                    if !hasReport && !died { f("FLOW-UTSKREVET-WITHOUT-REPORT", "warning", [m.file]) }
                default: break
                }
            }
        }
        return result
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
