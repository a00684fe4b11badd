import PLOModel
import XMLCore

/// PLO-HELSEOPPL-CONTENT-TYPE: a Helseopplysninger message sent as a correction or supplement
/// (Forsendelsesstatus M or A) is a later sending and so carries TypeInnhold 2 Oppdaterte
/// opplysninger, not 1 Varsel om innlagt pasient.
///
/// HIS 1144 4.3: "Første innsending av meldingen skal ha kodeverdi 1 …; påfølgende innsendinger
/// skal ha kodeverdi 2".
public struct HelseopplysningerContentType: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-HELSEOPPL-CONTENT-TYPE", severity: .error, kind: .message,
        summary: "Helseopplysninger sent as M (endring) or A (tillegg) carry TypeInnhold 2 Oppdaterte opplysninger, not 1 Varsel.",
        source: "HIS 1144 4.3",
        explanation: """
            Helseopplysninger states in TypeInnholdIMelding/TypeInnhold (kodeverk 9140) whether it is the \
            first sending (1 Varsel om innlagt pasient) or a later one (2 Oppdaterte opplysninger). A message \
            with Forsendelsesstatus M (endring) or A (tillegg) follows an earlier one, so it cannot be the \
            first sending: it must carry 2. (Whether an N message is really the first sending can only be \
            judged across the stay.)
            """,
        passingExample: """
            <Forsendelsesstatus V="M" DN="Endring"/> … <TypeInnhold V="2" DN="Oppdaterte opplysninger" S="2.16.578.1.12.4.1.1.9140"/>
            """,
        failingExample: """
            <Forsendelsesstatus V="M" DN="Endring"/> … <TypeInnhold V="1" DN="Varsel om innlagt pasient" S="2.16.578.1.12.4.1.1.9140"/>
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard message.type == .helseopplysninger, message.standard == .plo16,
            let status = message.forsendelsesstatus?.value.code, status == "M" || status == "A",
            let contentType = message.contentType, contentType.value.code == "1"
        else { return [] }
        return [
            finding(
                "Helseopplysninger with Forsendelsesstatus \(status) is a later sending: TypeInnhold must be 2 (Oppdaterte opplysninger), not 1 (Varsel om innlagt pasient)",
                at: contentType.node)
        ]
    }
}
