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
        public var findings: [Finding]
    }

    /// Groups and checks `inputs`; each message's own findings join its stay's findings.
    ///
    /// The inputs are consumed, so the checker can free each message once its stay is done.
    public init(inputs: consuming [FlowInput], context: FlowContext) {
        var split = FlowInputSplit(inputs)
        let messages = split.messages
        split.messages = []
        let (checked, outcome) = FlowChecker(context: context).checkAll(consume messages)
        stays = checked.map(split.attachingOwnFindings)
        unassigned = split.unassigned(outcome)
        messageCount = outcome.messages + split.unreadable.count
    }

    /// Every finding: the stays' and the unassigned messages'.
    public var allFindings: [Finding] { stays.flatMap(\.findings) + unassigned.flatMap(\.findings) }

    public var errorCount: Int { allFindings.filter { $0.severity == .error }.count }
    public var warningCount: Int { allFindings.filter { $0.severity == .warning }.count }
    public var infoCount: Int { allFindings.filter { $0.severity == .info }.count }

    /// 1 when any error finding exists, else 0.
    public var exitCode: Int32 { errorCount > 0 ? 1 : 0 }

    /// 1 when any finding of `failOn` or worse exists (`--fail-on warning`: warnings too), else 0.
    public func exitCode(failOn: Severity) -> Int32 {
        failOn == .error ? exitCode : (errorCount + warningCount + (failOn == .info ? infoCount : 0) > 0 ? 1 : 0)
    }

    public func render(_ format: OutputFormat, style: TextStyle = TextStyle(color: false)) -> String {
        switch format {
        case .text: text(style: style)
        case .json: json().serialized(pretty: true) + "\n"
        case .junit: junit()
        case .sarif:
            SARIF.document(findings: allFindings.map { (file: $0.files.first ?? "-", finding: $0, related: Array($0.files.dropFirst())) })
                .serialized(pretty: true) + "\n"
        case .html: FlowHTML(report: self).page()
        }
    }
}
