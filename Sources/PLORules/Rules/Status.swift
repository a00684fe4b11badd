import PLOModel
import XMLCore

/// PLO-STATUS: `InformasjonOmForsendelsen/Forsendelsesstatus` is one of kodeverk 7309's codes —
/// N (ny), M (endring), A (tillegg), C (kansellering) — and an M or C message names the message
/// it corrects or cancels in `MsgInfo/ConversationRef/RefToParent` (not itself).
///
/// The rule catalog once named these codes N/E/K; HIS 80704 5.2.2 and the official examples use
/// N/M/A/C, and so does PLOKit. E and K are reported with the code they probably mean.
public struct Status: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-STATUS", severity: .error, kind: .message,
        summary: "Forsendelsesstatus is N (ny), M (endring), A (tillegg) or C (kansellering); M/C refer to the message they correct (RefToParent).",
        source: "HIS 80704 5.2.2 (kodeverk 7309)",
        explanation: """
            Every PLO 1.6 message states its dispatch status in InformasjonOmForsendelsen/Forsendelsesstatus, \
            from kodeverk 7309: N Ny, M Endring, A Tillegg, C Kansellering (HIS 80704 5.2.2). A correction (M) \
            or cancellation (C) replaces or withdraws an earlier message and must name it in \
            MsgInfo/ConversationRef/RefToParent; a message cannot correct itself. (The codes E and K sometimes \
            written for endring and kansellering are not in the code list.)
            """,
        passingExample: """
            <ConversationRef><RefToParent>(MsgId of the original)</RefToParent>…</ConversationRef> … <Forsendelsesstatus V="C" DN="Kansellering"/>
            """,
        failingExample: """
            (no ConversationRef) … <Forsendelsesstatus V="C" DN="Kansellering"/>
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard message.standard == .plo16, let envelope = message.envelope, let content = message.content else { return [] }
        guard let status = message.forsendelsesstatus else {
            return [finding("InformasjonOmForsendelsen/Forsendelsesstatus is missing", at: content)]
        }
        let code = status.value.code ?? ""
        guard CodeLists.forsendelsesstatus[code] != nil else {
            var hint = ""
            if code == "E" { hint = " (for endring use M)" }
            if code == "K" { hint = " (for kansellering use C)" }
            return [
                finding(
                    "Forsendelsesstatus V=\"\(code)\" is not in kodeverk 7309: use N (ny), M (endring), A (tillegg) or C (kansellering)\(hint)",
                    at: status.node)
            ]
        }
        guard code == "M" || code == "C" else { return [] }
        let what = code == "M" ? "a correction (M, endring)" : "a cancellation (C, kansellering)"
        guard let parent = envelope.refToParent, !parent.value.isEmpty else {
            return [finding("the message is \(what) but names no message in MsgInfo/ConversationRef/RefToParent", at: status.node)]
        }
        if let msgId = envelope.msgId?.value, parent.value == msgId {
            return [finding("RefToParent names the message itself (\(msgId)); \(what) must name the message it corrects", at: parent.node)]
        }
        return []
    }
}
