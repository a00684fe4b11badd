import PLOModel
import XMLCore

/// PLO-HER-ID: sender and receiver are addressed with HER-ids — an `Ident` with `TypeId V="HER"`
/// in code system 2.16.578.1.12.4.1.1.9051 and a numeric `Id` — on the organisation and on any
/// department that carries a HER-typed `Ident`.
public struct HerID: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-HER-ID", severity: .error, kind: .message,
        summary: "Sender and receiver carry HER-ids (TypeId V=\"HER\", OID 2.16.578.1.12.4.1.1.9051, numeric Id).",
        source: "HIS 80704; HITS 1174; HIS 1153",
        explanation: """
            PLO messages are addressed through Adresseregisteret: MsgInfo/Sender/Organisation and \
            MsgInfo/Receiver/Organisation each need an Ident whose TypeId is V="HER" with \
            S="2.16.578.1.12.4.1.1.9051" and whose Id is the numeric HER-id. A department \
            (Organisation/Organisation) Ident typed HER must be numeric too.
            """,
        passingExample: """
            <Ident><Id>81234</Id><TypeId V="HER" DN="HER-id" S="2.16.578.1.12.4.1.1.9051"/></Ident>
            """,
        failingExample: """
            <Ident><Id>974795787</Id><TypeId V="ENH" DN="Organisasjonsnummeret i Enhetsregister" S="2.16.578.1.12.4.1.1.9051"/></Ident>   (the only Ident: no HER-id)
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let envelope = message.envelope else { return [] }
        var findings: [Finding] = []
        check(envelope.sender, role: "Sender", into: &findings)
        check(envelope.receiver, role: "Receiver", into: &findings)
        return findings
    }

    private func check(_ party: Party?, role: StaticString, into findings: inout [Finding]) {
        guard let party else { return }
        var hasHER = false
        var unit: XMLNode?
        party.node.forEachChild { child in
            if child.matches("Ident") {
                let ident = Ident(child)
                guard ident.isHER else { return }
                hasHER = true
                checkHER(ident, role: role, path: "/Organisation", into: &findings)
            } else if unit == nil, child.matches("Organisation") {
                unit = child
            }
        }
        if !hasHER {
            findings.append(finding("\(role)/Organisation has no HER-id (Ident with TypeId V=\"HER\")", at: party.node))
        }
        unit?.forEachChild { child in
            guard child.matches("Ident") else { return }
            let ident = Ident(child)
            if ident.isHER { checkHER(ident, role: role, path: "/Organisation/Organisation", into: &findings) }
        }
    }

    /// `role` + `path` name the element in a finding; the text is only built when there is one.
    private func checkHER(_ ident: Ident, role: StaticString, path: StaticString, into findings: inout [Finding]) {
        if let type = ident.typeNode, !type.attribute("S", is: herIdSystem) {
            findings.append(
                finding(
                    "\(role)\(path) HER-id TypeId S=\"\(type.attribute("S") ?? "")\" must be \(herIdSystem) (Adresseregisteret)", at: type))
        }
        if let id = ident.idNode, !id.trimmedTextIsDigits {
            findings.append(finding("\(role)\(path) HER-id \"\(id.trimmedText)\" is not a number", at: id))
        }
    }
}
