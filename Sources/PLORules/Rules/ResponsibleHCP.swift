import PLOModel
import XMLCore

/// PLO-RESPONSIBLE-HCP: Melding om utskrivningsklar pasient and Avmelding av utskrivningsklar
/// pasient name the health professional responsible for the decision.
///
/// HIS 1149 3.3.2 and 3.4.2: "Navn på beslutningsansvarlig helsepersonell skal oppgis" as HITS
/// 1174 describes — PLOKit accepts a named `AnsvarForRapport/AnsvarligRapport` in the content, or
/// a named `HealthcareProfessional` of the MsgHead sender.
public struct ResponsibleHCP: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-RESPONSIBLE-HCP", severity: .error, kind: .message,
        summary: "Utskrivningsklar and avmelding name the responsible health professional.",
        source: "HIS 1149 3.3, 3.4; HITS 1174",
        explanation: """
            The decision that a patient is (or is no longer) ready for discharge is made by a health \
            professional, whose name is mandatory content (HIS 1149 3.3 and 3.4: "Navn på \
            beslutningsansvarlig helsepersonell"). PLOKit looks for a family or given name in \
            AnsvarForRapport/AnsvarligRapport, or in a HealthcareProfessional of MsgInfo/Sender.
            """,
        passingExample: """
            <AnsvarForRapport><AnsvarligRapport><fk1:FamilyName>Lindqvist</fk1:FamilyName><fk1:GivenName>Maren</fk1:GivenName><fk1:Ident>…</fk1:Ident></AnsvarligRapport></AnsvarForRapport>
            """,
        failingExample: """
            <AnsvarForRapport><AnsvarligRapport><fk1:Ident><fk1:Id>…</fk1:Id>…</fk1:Ident></AnsvarligRapport></AnsvarForRapport>   (no name)
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let logistics = context.facts(message).logistics, let kind = logistics.kind, kind == .utskrivningsklar || kind == .avmelding,
            let content = message.content
        else { return [] }
        let responsible = message.responsibleProfessionals
        if responsible.contains(where: \.isNamed) || message.senderProfessionals.contains(where: \.isNamed) { return [] }
        let text = "\(kind.messageType.displayName) must name the responsible health professional (HIS 1149 \(kind.section))"
        if let unnamed = responsible.first {
            return [finding(text + ": AnsvarligRapport has no FamilyName or GivenName", at: unnamed.node)]
        }
        return [finding(text + ": there is no AnsvarForRapport/AnsvarligRapport", at: content)]
    }
}
