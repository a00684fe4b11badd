import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-HELSEOPPL-SEQUENCE: the first Helseopplysninger of a stay has TypeInnhold 1, every
/// later one TypeInnhold 2 (HIS 1144 4.3).
public struct FlowHelseopplSequence: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-HELSEOPPL-SEQUENCE", severity: .error, kind: .flow,
        summary: "In a stay, the first Helseopplysninger has TypeInnhold 1 and every later one TypeInnhold 2.",
        source: "HIS 1144 4.3",
        explanation: """
            "Første innsending av meldingen skal ha kodeverdi 1 Varsel om innlagt pasient; påfølgende \
            innsendinger skal ha kodeverdi 2 Oppdaterte opplysninger" (HIS 1144 4.3, kodeverk 9140). Among \
            the hospital's Helseopplysninger with status N in a stay, in time order, the first must carry \
            TypeInnhold 1 and each later one TypeInnhold 2. Corrections (M) and additions (A) repeat the \
            content type of what they change and are not judged; nor are a repeat of an earlier MsgId and a \
            message an AppRec rejected; a message without TypeInnhold is left to the single-message rules.
            """,
        passingExample: "Mon 12:00 HELSEOPPL_SOKNAD (1) → · Wed 10:30 HELSEOPPL_SOKNAD (2) →",
        failingExample: "Mon 12:00 HELSEOPPL_SOKNAD (2) → (the first sending must be 1) · Wed 10:30 HELSEOPPL_SOKNAD (1) → (a later one must be 2)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        var findings: [Finding] = []
        // A message sent again with its MsgId (FLOW-DUPLICATE-MSGID's business) or rejected by an
        // AppRec (as if never received, HIS 80415) is no sending of its own.
        var seen = Set<String>()
        let sendings = stay.positions(.helseopplysninger, newOnly: true, from: .hospital).filter { position in
            let item = stay.items[position]
            guard !item.receipts.contains(where: \.isRejection) else { return false }
            return item.msgId.isEmpty || seen.insert(item.msgId).inserted
        }
        for (index, position) in sendings.enumerated() {
            let item = stay.items[position]
            guard let type = item.message.contentType else { continue }
            if index == 0, type != "1" {
                findings.append(
                    finding(
                        "the stay's first Helseopplysninger (\(item.time.iso)) has TypeInnhold \(type); the first sending must be 1 Varsel om innlagt pasient",
                        files: [item.file]))
            } else if index > 0, type != "2" {
                findings.append(
                    finding(
                        "Helseopplysninger sent \(item.time.iso) has TypeInnhold \(type) after an earlier sending; later sendings must be 2 Oppdaterte opplysninger",
                        files: [item.file]))
            }
        }
        return findings
    }
}
