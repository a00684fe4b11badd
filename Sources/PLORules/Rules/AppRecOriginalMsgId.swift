import PLOCalendar
import PLOModel
import XMLCore

/// APPREC-ORIGINAL-MSGID: `OriginalMsgId` points at the received message — its `Id` (the
/// received MsgId) is given and is not the receipt's own `Id`, its `MsgType` is the received
/// message's type (never APPREC: receipts are not receipted), and its `IssueDate` (the received
/// GenDate) is not after the receipt's own `GenDate`.
public struct AppRecOriginalMsgId: MessageRule {
    public static let info = RuleInfo(
        id: "APPREC-ORIGINAL-MSGID", severity: .error, kind: .message,
        summary: "AppRec OriginalMsgId names the received message (its MsgId, type and GenDate), not the receipt itself.",
        source: "HIS 80415 3.1, 4.3.2",
        explanation: """
            The receipt is tied to the message it answers by OriginalMsgId: Id is the received message's \
            MsgId, IssueDate its GenDate and MsgType its type from kodeverk 8279 (HIS 80415 4.3.2). The Id \
            cannot be empty or the receipt's own Id, the type cannot be APPREC (receipts are never receipted), \
            and the received message cannot have been issued after the receipt was generated.
            """,
        passingExample: """
            <OriginalMsgId><MsgType V="LOG_INNLAGT" DN="Melding om innlagt pasient"/><IssueDate>2026-03-02T10:05:00</IssueDate><Id>(MsgId of the received message)</Id></OriginalMsgId>
            """,
        failingExample: """
            <Id>7c1e…</Id> … <OriginalMsgId>…<Id>7c1e…</Id></OriginalMsgId>   (points at the receipt itself)
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let appRec = context.facts(message).appRec, let original = appRec.original else { return [] }
        var findings: [Finding] = []
        if let id = original.id {
            if id.value.isEmpty {
                findings.append(finding("OriginalMsgId/Id is empty: it must hold the MsgId of the received message", at: id.node))
            } else if id.value == appRec.id?.value {
                findings.append(finding("OriginalMsgId/Id is the receipt's own Id; it must hold the MsgId of the received message", at: id.node))
            }
        }
        if let type = original.msgType {
            let code = type.value.code ?? ""
            if code.isEmpty {
                findings.append(
                    finding("OriginalMsgId/MsgType has no code V: it must name the received message's type (kodeverk 8279)", at: type.node))
            } else if code == "APPREC" {
                findings.append(finding("OriginalMsgId/MsgType is APPREC: application receipts are never receipted", at: type.node))
            }
        }
        if let issued = original.issueDate, let issuedAt = LocalDateTime(iso: issued.value),
            let generated = appRec.genDate.flatMap({ LocalDateTime(iso: $0.value) }), issuedAt > generated
        {
            findings.append(
                finding(
                    "OriginalMsgId/IssueDate \(issued.value) is after the receipt's GenDate \(generated.iso): the received message cannot be newer than its receipt",
                    at: issued.node))
        }
        return findings
    }
}
