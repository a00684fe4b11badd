import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// A stay laid out in time order for the timeline views: its messages with the findings pinned
/// to them, and the deadlines that start at admission.
struct FlowTimeline {
    /// A deadline line: when, how many hours after what (``basis``), and what is due.
    struct DeadlineMark {
        var time: LocalDateTime
        var hours: Int
        var label: String
        /// What the hours count from: "Melding om innlagt pasient" (4 h) or "admission" (24 h).
        var basis: String
    }

    enum Row {
        case message(StayMessage, findings: [Finding])
        case deadline(DeadlineMark)

        var instant: Int64 {
            switch self {
            case .message(let message, _): Oslo.instant(message.time)
            case .deadline(let mark): Oslo.instant(mark.time)
            }
        }
    }

    let rows: [Row]
    let deadlines: [DeadlineMark]
    /// Findings naming no message of the stay.
    let unpinned: [Finding]

    init(_ stay: StayResult) {
        var deadlines: [DeadlineMark] = []
        // 4 h from LOG_INNLAGT's GenDate (HNT 1.1 g); 24 h from the admission itself.
        if let informed = stay.informed {
            deadlines.append(
                DeadlineMark(
                    time: Deadline.adding(hours: FlowDeadlineInnleggelsesrapport4H.hours, to: informed),
                    hours: FlowDeadlineInnleggelsesrapport4H.hours, label: "Innleggelsesrapport due", basis: "Melding om innlagt pasient"))
        }
        if let admission = stay.admission {
            deadlines.append(
                DeadlineMark(
                    time: Deadline.adding(hours: FlowDeadlineHospitalInfo24H.hours, to: admission),
                    hours: FlowDeadlineHospitalInfo24H.hours, label: "Helseopplysninger and supplements due", basis: "admission"))
        }
        var position: [String: Int] = [:]
        for (index, message) in stay.messages.enumerated() { position[message.file] = index }
        var pinned = Array(repeating: [Finding](), count: stay.messages.count)
        var unpinned: [Finding] = []
        for finding in Self.collapsingRepeatedInfo(stay.findings) {
            if let last = finding.files.compactMap({ position[$0] }).max() {
                pinned[last].append(finding)
            } else {
                unpinned.append(finding)
            }
        }
        var rows: [Row] = stay.messages.enumerated().map { .message($1, findings: pinned[$0]) }
        deadlines.sort { Oslo.instant($0.time) < Oslo.instant($1.time) }
        for mark in deadlines {
            let at = rows.firstIndex { $0.instant > Oslo.instant(mark.time) } ?? rows.count
            rows.insert(.deadline(mark), at: at)
        }
        self.rows = rows
        self.deadlines = deadlines
        self.unpinned = unpinned
    }
}

extension FlowTimeline {
    /// The stay's findings with each `info` finding that repeats word for word on several
    /// messages (a synthetic test fødselsnummer on every message of a test stay) kept once, on
    /// its first message, saying how many more carry it: the timeline stays readable.
    static func collapsingRepeatedInfo(_ findings: [Finding]) -> [Finding] {
        struct Key: Hashable {
            var rule: String
            var message: String
        }
        var repeats: [Key: Int] = [:]
        for finding in findings where finding.severity == .info {
            repeats[Key(rule: finding.rule, message: finding.message), default: 0] += 1
        }
        guard repeats.values.contains(where: { $0 > 1 }) else { return findings }
        var shown: Set<Key> = []
        var result: [Finding] = []
        for var finding in findings {
            guard finding.severity == .info else {
                result.append(finding)
                continue
            }
            let key = Key(rule: finding.rule, message: finding.message)
            guard shown.insert(key).inserted else { continue }
            let more = (repeats[key] ?? 1) - 1
            if more > 0 { finding.message += " (the same on \(more) more message\(more == 1 ? "" : "s") of this stay)" }
            result.append(finding)
        }
        return result
    }
}

extension StayMessage {
    /// The file name without its folders.
    var fileName: String { file.split(separator: "/").last.map(String.init) ?? file }

    /// What the message is in the stay, when its type alone does not say: the varsel or the
    /// oppdatert Helseopplysninger, the municipality's answer, death in hospital.
    var role: String? {
        if isAnswer { return "answer to utskrivningsklar" }
        if isDeath { return "death in hospital" }
        if type == .helseopplysninger {
            switch contentType {
            case "1": return "varsel"
            case "2": return "oppdatert"
            default: return nil
            }
        }
        return nil
    }
}

extension FlowReceipt {
    /// `AppRec 1 OK` or `AppRec 2 Avvist E35`.
    var label: String {
        let name = AppRecCodes.statuses[status] ?? "?"
        return "AppRec \(status) \(name)" + (errors.isEmpty ? "" : " " + errors.joined(separator: ", "))
    }

    /// The file name without its folders.
    var fileName: String { file.split(separator: "/").last.map(String.init) ?? file }
}
