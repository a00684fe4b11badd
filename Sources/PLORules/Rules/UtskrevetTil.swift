import PLOModel
import XMLCore

/// PLO-UTSKREVET-TIL: Melding om utskrevet pasient says where the patient is discharged to —
/// `UtskrevetTil/UtTil` with a code from kodeverk 8408 Sted.
///
/// HIS 1149 3.5.2 ("Sted pasienten skrives ut til"; the PLO 1.6 schema names the element `UtTil`,
/// HIS 80704 13.2.8).
public struct UtskrevetTil: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-UTSKREVET-TIL", severity: .error, kind: .message,
        summary: "Melding om utskrevet pasient names where the patient is discharged to (UtskrevetTil/UtTil, kodeverk 8408).",
        source: "HIS 1149 3.5.2; HIS 80704 13.2.8",
        explanation: """
            "Sted pasienten skrives ut til" is mandatory content of Melding om utskrevet pasient. It is \
            written as UtskrevetTil/UtTil with a code V from kodeverk 8408 Sted (S="2.16.578.1.12.4.1.1.8408"); \
            HIS 1149 calls it UtskrevetTil/Sted. The schema requires the element but not its code, so an \
            empty <UtTil/> passes the schema and fails this rule.
            """,
        passingExample: """
            <UtskrevetTil><UtTil V="1" DN="Bosted/arbeidssted" S="2.16.578.1.12.4.1.1.8408"/></UtskrevetTil>
            """,
        failingExample: """
            <UtskrevetTil><UtTil DN="Bosted/arbeidssted" S="2.16.578.1.12.4.1.1.8408"/></UtskrevetTil>   (no code V)
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let logistics = context.facts(message).logistics, logistics.kind == .utskrevet else { return [] }
        guard let destination = logistics.dischargedTo else {
            return [
                finding(
                    "Melding om utskrevet pasient must name where the patient is discharged to (UtskrevetTil/UtTil, kodeverk 8408)",
                    at: logistics.node)
            ]
        }
        guard let place = destination.destination else {
            return [finding("UtskrevetTil has no UtTil: where the patient is discharged to is missing (kodeverk 8408)", at: destination.node)]
        }
        if (place.value.code ?? "").trimmingSpaces.isEmpty {
            return [finding("UtskrevetTil/UtTil has no code V: where the patient is discharged to is missing (kodeverk 8408)", at: place.node)]
        }
        return []
    }
}
