import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-RESEND: a message sent again with a new MsgId — a second LOG_INNLAGT in an open stay, or a
/// message sent again after an AppRec rejected it (HIS 80415 3.2).
public struct FlowResend: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-RESEND", severity: .info, kind: .flow,
        summary: "A message was sent again with a new MsgId (e.g. LOG_INNLAGT resent); the stay keeps the first one's time.",
        source: "HIS 80415 3.2",
        explanation: """
            A message sent again with a new MsgId stays in its stay: a second LOG_INNLAGT (N) while the \
            stay is open (before Melding om utskrevet pasient) does not open a new stay, and the deadlines \
            keep running from the first one. A message rejected by an AppRec (status 2) and sent again — \
            the same type from the same side, later, with status N and a new MsgId, as HIS 80415 3.2 requires — is \
            reported too. Both are info: resending is allowed; the report shows it so the timeline reads \
            right.
            """,
        passingExample: "Mon 09:45 LOG_INNLAGT → · Mon 11:00 ← INNLEGGELSESRAPPORT",
        failingExample: "Mon 09:45 LOG_INNLAGT → · Mon 10:30 LOG_INNLAGT → (new MsgId: a resend, info)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        var findings: [Finding] = []
        let admissions = stay.positions(.innlagt, newOnly: true)
        if let first = admissions.first {
            for position in admissions.dropFirst() {
                let item = stay.items[position]
                findings.append(
                    finding(
                        "Melding om innlagt pasient sent again at \(item.time.iso) with a new MsgId; the stay keeps the first one's time (\(stay.items[first].time.iso))",
                        files: [item.file, stay.items[first].file]))
            }
        }
        for (position, item) in stay.items.enumerated() where item.type != .innlagt && item.receipts.contains(where: \.isRejection) {
            guard let rejection = item.receipts.first(where: \.isRejection),
                let again = stay.items[(position + 1)...].first(where: {
                    $0.type == item.type && $0.side == item.side && $0.status == .new && $0.msgId != item.msgId
                        && $0.instant >= rejection.instant
                })
            else { continue }
            findings.append(
                finding(
                    "\(item.type.rawValue) rejected by AppRec (\(rejection.file)) was sent again at \(again.time.iso) with a new MsgId",
                    files: [again.file, item.file]))
        }
        return findings
    }
}
