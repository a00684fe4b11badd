import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR: Helseopplysninger – oppdatert (TypeInnhold 2)
/// reached the municipality before Melding om utskrivningsklar pasient.
public struct FlowOrderHelseopplBeforeUtskrivningsklar: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR", severity: .error, kind: .flow,
        summary:
            "Helseopplysninger – oppdatert (TypeInnhold 2) reached the municipality before Melding om utskrivningsklar pasient; the admission-day varsel alone does not count.",
        source: "HIS 1149 3.3; HNT 3.1.1 b",
        explanation: """
            Before the hospital declares the patient ready for discharge (LOG_UTSKRIVNINGSKLAR), the \
            municipality's Saksbehandlertjeneste must have "Helseopplysninger – oppdatert" (HNT 3.1.1 b i): \
            a Helseopplysninger (HELSEOPPL_SOKNAD) from the hospital with TypeInnhold 2 "Oppdaterte \
            opplysninger" (HIS 1144 4.3), sent strictly earlier in the stay. The varsel sent at admission \
            (TypeInnhold 1) does not count. Each utskrivningsklar with status N without one before it gets a \
            finding.
            """,
        passingExample: "Mon 12:00 HELSEOPPL_SOKNAD (1 varsel) → · Wed 10:30 HELSEOPPL_SOKNAD (2 oppdatert) → · Wed 11:00 LOG_UTSKRIVNINGSKLAR →",
        failingExample: "Mon 12:00 HELSEOPPL_SOKNAD (1 varsel) → · Wed 11:00 LOG_UTSKRIVNINGSKLAR → (no oppdatert before it)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        let updated = stay.positions(.helseopplysninger, from: .hospital)
            .filter { stay.items[$0].message.contentType == "2" }.map { stay.items[$0].instant }
        return stay.positions(.utskrivningsklar, newOnly: true).compactMap { position in
            let item = stay.items[position]
            guard !updated.contains(where: { $0 < item.instant }) else { return nil }
            return finding(
                "Melding om utskrivningsklar pasient sent \(item.time.iso) with no Helseopplysninger – oppdatert (TypeInnhold 2) from the hospital before it",
                files: [item.file])
        }
    }
}
