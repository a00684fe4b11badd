import PLOModel
import XMLCore

/// PLO-TYPE-MISMATCH: `MsgInfo/Type/@V` agrees with the content — its namespace, its root
/// element and, for Pasientlogistikk, the message element under it — and `@DN` is the code's
/// display name in kodeverk 8279.
///
/// HIS 1149 3.x.1 and HIS 1143–1148 4.1 fix both `@V` and `@DN` for each message
/// (e.g. `LOG_UTSKRIVNINGSKLAR` / "Melding om utskrivningsklar pasient"), and 3.1/4.2 fix the
/// content's schema and namespace.
public struct TypeMismatch: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-TYPE-MISMATCH", severity: .error, kind: .message,
        summary: "MsgInfo/Type/@V agrees with the content (namespace, root, Pasientlogistikk child) and @DN is the code's display name.",
        source: "HIS 1149 3.1, 3.x.1; HIS 1143–1148 4.1–4.2",
        explanation: """
            Each PLO 1.6 message type has one content schema: LOG_* → Pasientlogistikk, with \
            LOG_INNLAGT ↔ MeldingInnlagtPasient, LOG_UTSKRIVNINGSKLAR ↔ MeldingUtskrivningsklarPasient, \
            LOG_AVMELDING ↔ AvmeldingUtskrivningsklarPasient, LOG_UTSKREVET ↔ MeldingOmUtskrevetPasient, \
            LOG_DOD ↔ OrienteringOmDod; HELSEOPPL_SOKNAD → HelseopplysningerVedSoknad; INNLEGGELSESRAPPORT → \
            Innleggelsesrapport; UTSKRIVNINGSRAPPORT → TverrfagligEpikrise; HELSEOPPLYSNINGER_LEGE → Konsultasjon; \
            MEDISINSKE_OPPLYSNINGER → OverforingMedisinskeOpplysninger; ORIENTERING_TJENESTETILBUD → \
            OrienteringOmTjenestetilbud; APPREC → AppRec. The display name @DN must be the code's text, \
            e.g. "Melding om innlagt pasient".
            """,
        passingExample: """
            <Type V="LOG_INNLAGT" DN="Melding om innlagt pasient"/> … <p1:Pasientlogistikk …><p1:MeldingInnlagtPasient>…
            """,
        failingExample: """
            <Type V="LOG_INNLAGT" DN="Melding om innlagt pasient"/> … <p1:Pasientlogistikk …><p1:MeldingUtskrivningsklarPasient>…
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let type = message.type, let content = message.content,
            message.standard == .plo16 || message.standard == .appRec11
        else { return [] }
        var findings: [Finding] = []
        let expected = Self.expectedContent(type)
        if !content.matches(expected.root, namespace: expected.namespace) {
            findings.append(
                finding(
                    "MsgInfo/Type \(type.rawValue) calls for content {\(expected.namespace)}\(expected.root), but the content is {\(content.namespaceURI ?? "")}\(content.localName)",
                    at: content))
        } else if let kind = LogisticsKind(type), let logistics = context.facts(message).logistics, logistics.kind != kind {
            findings.append(
                finding(
                    "MsgInfo/Type \(type.rawValue) calls for p1:\(kind.elementName), but the message carries p1:\(logistics.node.localName)",
                    at: logistics.node))
        }
        if let typeNode = message.envelope?.typeNode {
            // Compared in place first: the display name is almost always exactly right.
            if !typeNode.attribute("DN", is: type.displayName) {
                let shown = (typeNode.attribute("DN") ?? "").trimmingSpaces
                if shown != type.displayName {
                    findings.append(
                        finding("MsgInfo/Type/@DN is \"\(shown)\"; for \(type.rawValue) it must be \"\(type.displayName)\"", at: typeNode))
                }
            }
        } else if let appRec = context.facts(message).appRec, let msgType = appRec.msgType, msgType.value.code != "APPREC" {
            findings.append(finding("AppRec MsgType/@V must be APPREC", at: msgType.node))
        }
        return findings
    }

    static func expectedContent(_ type: MessageType) -> (namespace: String, root: String) {
        switch type {
        case .innlagt, .utskrivningsklar, .avmelding, .utskrevet, .dod: (PLONamespace.pasientlogistikk, "Pasientlogistikk")
        case .helseopplysninger: (PLONamespace.helseopplysninger, "HelseopplysningerVedSoknad")
        case .innleggelsesrapport: (PLONamespace.innleggelsesrapport, "Innleggelsesrapport")
        case .utskrivningsrapport: (PLONamespace.tverrfagligEpikrise, "TverrfagligEpikrise")
        case .helseopplysningerLege: (PLONamespace.helseopplysningerLege, "Konsultasjon")
        case .medisinskeOpplysninger: (PLONamespace.medisinskeOpplysninger, "OverforingMedisinskeOpplysninger")
        case .orienteringTjenestetilbud: (PLONamespace.orienteringTjenestetilbud, "OrienteringOmTjenestetilbud")
        case .appRec: (PLONamespace.appRec, "AppRec")
        case .dialogmelding: (PLONamespace.dialogmelding, "Dialogmelding")
        }
    }
}
