import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR: Helseopplysninger reached the municipality before
/// Melding om utskrivningsklar pasient.
public struct FlowOrderHelseopplBeforeUtskrivningsklar: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR", severity: .error, kind: .flow,
        summary: "Updated Helseopplysninger reached the municipality before Melding om utskrivningsklar pasient.",
        source: "HIS 1149 3.3; HNT 3.1.1 b",
        explanation: """
            Before the hospital declares the patient ready for discharge (LOG_UTSKRIVNINGSKLAR), the \
            municipality must have the health information it needs to decide on services: at least one \
            Helseopplysninger (HELSEOPPL_SOKNAD) from the hospital sent strictly earlier in the stay. Each \
            utskrivningsklar with status N without one before it gets a finding.
            """,
        passingExample: "Wed 10:30 HELSEOPPL_SOKNAD → · Wed 11:00 LOG_UTSKRIVNINGSKLAR →",
        failingExample: "Wed 11:00 LOG_UTSKRIVNINGSKLAR → (no Helseopplysninger before it)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [FlowFinding] {
        let info = stay.positions(.helseopplysninger, from: .hospital).map { stay.items[$0].instant }
        return stay.positions(.utskrivningsklar, newOnly: true).compactMap { position in
            let item = stay.items[position]
            guard !info.contains(where: { $0 < item.instant }) else { return nil }
            return finding(
                "Melding om utskrivningsklar pasient sent \(item.time.iso) with no Helseopplysninger from the hospital before it",
                files: [item.file])
        }
    }
}
