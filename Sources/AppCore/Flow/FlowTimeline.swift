import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// A stay laid out in time order for the timeline views: its messages with the findings pinned
/// to them, and the deadlines that start at admission.
struct FlowTimeline {
    /// A deadline line: when, how many hours after admission, and what is due.
    struct DeadlineMark {
        var time: LocalDateTime
        var hours: Int
        var label: String
    }

    enum Row {
        case message(StayMessage, findings: [FlowFinding])
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
    let unpinned: [FlowFinding]

    init(_ stay: StayResult) {
        var deadlines: [DeadlineMark] = []
        if let admission = stay.admission {
            deadlines.append(
                DeadlineMark(
                    time: Deadline.adding(hours: FlowDeadlineInnleggelsesrapport4H.hours, to: admission),
                    hours: FlowDeadlineInnleggelsesrapport4H.hours, label: "Innleggelsesrapport due"))
            deadlines.append(
                DeadlineMark(
                    time: Deadline.adding(hours: FlowDeadlineHospitalInfo24H.hours, to: admission),
                    hours: FlowDeadlineHospitalInfo24H.hours, label: "Helseopplysninger and supplements due"))
        }
        var position: [String: Int] = [:]
        for (index, message) in stay.messages.enumerated() { position[message.file] = index }
        var pinned = Array(repeating: [FlowFinding](), count: stay.messages.count)
        var unpinned: [FlowFinding] = []
        for finding in stay.findings {
            if let last = finding.files.compactMap({ position[$0] }).max() {
                pinned[last].append(finding)
            } else {
                unpinned.append(finding)
            }
        }
        var rows: [Row] = stay.messages.enumerated().map { .message($1, findings: pinned[$0]) }
        for mark in deadlines {
            let at = rows.firstIndex { $0.instant > Oslo.instant(mark.time) } ?? rows.count
            rows.insert(.deadline(mark), at: at)
        }
        self.rows = rows
        self.deadlines = deadlines
        self.unpinned = unpinned
    }
}

extension StayMessage {
    /// The file name without its folders.
    var fileName: String { file.split(separator: "/").last.map(String.init) ?? file }
}
