import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-CORRECTION-TARGET: an M/C message corrects a message that exists in the stay.
public struct FlowCorrectionTarget: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-CORRECTION-TARGET", severity: .warning, kind: .flow,
        summary: "An M/C message corrects a message that exists in the stay.", source: "HIS 80704",
        explanation: """
            A correction (Forsendelsesstatus M, endring) replaces, and a cancellation (C, kansellering) \
            withdraws, the message whose MsgId it names in MsgInfo/ConversationRef/RefToParent. That message \
            must be one of the stay's messages; otherwise the receiver cannot tell what is corrected.
            """,
        passingExample: "INNLEGGELSESRAPPORT N (MsgId a1) · INNLEGGELSESRAPPORT M (RefToParent a1)",
        failingExample: "INNLEGGELSESRAPPORT M (RefToParent ff, no such message in the stay)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        stay.orphanCorrections.map { position in
            let item = stay.items[position]
            let what = item.status == .cancel ? "cancellation (C)" : "correction (M)"
            let reason = item.message.refToParent.map { "its RefToParent \($0) names no message of the stay" } ?? "it has no RefToParent"
            return finding("\(item.type.rawValue) \(what) sent \(item.time.iso): \(reason)", files: [item.file])
        }
    }
}
