import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// The result of `plo flow`: stays with their flow findings and their messages' own findings,
/// and the messages that belong to no stay. Renders in every ``OutputFormat``.
public struct FlowReport: Sendable {
    public let stays: [StayResult]
    public let unassigned: [Unassigned]
    /// Distinct messages read (identical resends counted once).
    public let messageCount: Int

    /// An unassigned message with its own findings.
    public struct Unassigned: Sendable {
        public var file: String
        public var reason: String
        public var findings: [FlowFinding]
    }

    /// Groups and checks `inputs`; each message's own findings join its stay's findings.
    ///
    /// The inputs are consumed, so the checker can free each message once its stay is done.
    public init(inputs: consuming [FlowInput], context: FlowContext) {
        var own: [String: [Finding]] = [:]
        var unreadable: [Unassigned] = []
        var messages: [FlowMessage] = []
        messages.reserveCapacity(inputs.count)
        for input in consume inputs {
            if !input.result.findings.isEmpty { own[input.result.file, default: []] += input.result.findings }
            if let message = input.message {
                messages.append(message)
            } else {
                let reason = input.result.findings.first.map { "could not be read: [\($0.rule)] \($0.message)" } ?? "could not be read"
                unreadable.append(Unassigned(file: input.result.file, reason: reason, findings: []))
            }
        }
        let (checked, outcome) = FlowChecker(context: context).checkAll(consume messages)
        stays = checked.map { stay in
            var stay = stay
            let ownFindings = stay.messages.flatMap { message in
                (own[message.file] ?? []).map { FlowFinding($0, file: message.file) }
            }
            stay.findings = ownFindings + stay.findings
            return stay
        }
        let assignedLater = outcome.unassigned.map { Unassigned(file: $0.file, reason: $0.reason, findings: []) }
        unassigned = (unreadable + assignedLater).map { entry in
            var entry = entry
            entry.findings = (own[entry.file] ?? []).map { FlowFinding($0, file: entry.file) }
            return entry
        }.sorted { $0.file < $1.file }
        messageCount = outcome.messages + unreadable.count
    }

    /// Every finding: the stays' and the unassigned messages'.
    public var allFindings: [FlowFinding] { stays.flatMap(\.findings) + unassigned.flatMap(\.findings) }

    public var errorCount: Int { allFindings.filter { $0.severity == .error }.count }
    public var warningCount: Int { allFindings.filter { $0.severity == .warning }.count }

    /// 1 when any error finding exists, else 0.
    public var exitCode: Int32 { errorCount > 0 ? 1 : 0 }

    public func render(_ format: OutputFormat, style: TextStyle = TextStyle(color: false)) -> String {
        switch format {
        case .text: text(style: style)
        case .json: json().serialized(pretty: true) + "\n"
        case .junit: junit()
        case .sarif: SARIF.document(findings: allFindings.map { ($0.files.first ?? "-", $0.finding) }).serialized(pretty: true) + "\n"
        case .html: FlowHTML(report: self).page()
        }
    }
}

extension FlowFinding {
    /// As a plain ``Finding`` (for SARIF and JUnit).
    var finding: Finding {
        Finding(rule: rule, severity: severity, message: message, line: line, column: column, xpath: xpath)
    }
}
