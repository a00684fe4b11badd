import PLOModel
import XMLCore

/// PLO-CODE: coded values name the code system their element requires and, where the PLO 1.6
/// texts establish the list, a code that belongs to it.
///
/// - `Hendelsekode`: S = 9121; V one of 1, 2, 3, 4, 5, 13 (other codes: warning, as the texts do
///   not list the whole code list).
/// - `UtskrevetTil/UtTil`: S = 8408; `UtskrevetTil/Uttilstand`: S = 8431.
/// - `TypeInnholdIMelding/TypeInnhold`: S = 9140 with V 1 or 2 in Helseopplysninger; S = 9139 in
///   Utskrivningsrapport; S = 9138 in Medisinske opplysninger.
/// - Forsendelsesstatus (7309) is checked by PLO-STATUS, AppRec codes by the APPREC rules.
public struct CodeRule: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-CODE", severity: .error, kind: .message,
        summary: "Coded values (V/S) belong to their code list (9121 Hendelsekode, 8408 UtTil, 8431 Uttilstand, 9138/9139/9140 TypeInnhold).",
        source: "HIS 80704 13.2.7–13.2.8; HIS 1144 4.3; HIS 1148 4.3; HIS 80415 6.1.1",
        explanation: """
            A coded value (type CV) names its code list in S by OID ("2.16.578.1.12.4.1.1." + the list's \
            number, HIS 80415 6.1.1). PLOKit checks S for Hendelsekode (9121), UtTil (8408), Uttilstand (8431) \
            and TypeInnhold (9140 Helseopplysninger, 9139 Utskrivningsrapport, 9138 Medisinske opplysninger), \
            and checks V where the texts list the codes: Hendelsekode 1, 2, 3, 4, 5, 13 (another code is \
            reported as a warning: the list on Volven may have more), TypeInnhold in Helseopplysninger 1 or 2.
            """,
        passingExample: """
            <Hendelsekode V="1" DN="Pasient innlagt" S="2.16.578.1.12.4.1.1.9121"/>
            """,
        failingExample: """
            <Hendelsekode V="1" DN="Pasient innlagt" S="2.16.578.1.12.4.1.1.8408"/>   (wrong code system)
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard message.standard == .plo16, message.envelope != nil else { return [] }
        var findings: [Finding] = []
        if let logistics = context.facts(message).logistics {
            for event in logistics.events {
                guard let code = event.code else { continue }
                expectSystem(code, EventCode.system, name: "Hendelsekode", list: "9121", into: &findings)
                if let value = code.value.code, !value.isEmpty, EventCode(rawValue: value) == nil {
                    findings.append(
                        finding(
                            "Hendelsekode V=\"\(value)\" is not one of the codes the PLO 1.6 texts define for kodeverk 9121 (1, 2, 3, 4, 5, 13); check it against Volven",
                            at: code.node, severity: .warning))
                }
            }
            if let destination = logistics.dischargedTo {
                if let place = destination.destination {
                    expectSystem(place, DischargeDestination.placeSystem, name: "UtTil", list: "8408 Sted", into: &findings)
                }
                if let condition = destination.condition {
                    expectSystem(condition, DischargeDestination.conditionSystem, name: "Uttilstand", list: "8431 Uttilstand", into: &findings)
                }
            }
        } else if let contentType = message.contentType {
            switch message.type {
            case .helseopplysninger:
                expectSystem(contentType, CodeLists.helseopplysningerContentSystem, name: "TypeInnhold", list: "9140", into: &findings)
                if let value = contentType.value.code, CodeLists.helseopplysningerContent[value] == nil {
                    findings.append(
                        finding(
                            "TypeInnhold V=\"\(value)\" is not in kodeverk 9140 (1 Varsel om innlagt pasient, 2 Oppdaterte opplysninger)",
                            at: contentType.node))
                }
            case .utskrivningsrapport:
                expectSystem(contentType, CodeLists.utskrivningsrapportContentSystem, name: "TypeInnhold", list: "9139", into: &findings)
            case .medisinskeOpplysninger:
                expectSystem(contentType, CodeLists.medisinskeOpplysningerContentSystem, name: "TypeInnhold", list: "9138", into: &findings)
            default:
                break
            }
        }
        return findings
    }

    private func expectSystem(_ value: Located<CodedValue>, _ system: String, name: String, list: String, into findings: inout [Finding]) {
        guard let written = value.value.system else {
            findings.append(finding("\(name) has no code system S; it must be \(system) (kodeverk \(list))", at: value.node))
            return
        }
        if written != system {
            findings.append(finding("\(name) S=\"\(written)\" is the wrong code system; it must be \(system) (kodeverk \(list))", at: value.node))
        }
    }
}
