import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-UTSKREVET-WITHOUT-REPORT: Melding om utskrevet pasient comes with an Utskrivningsrapport
/// on the discharge day.
public struct FlowUtskrevetWithoutReport: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-UTSKREVET-WITHOUT-REPORT", severity: .warning, kind: .flow,
        summary: "On the discharge day, Melding om utskrevet pasient comes with an Utskrivningsrapport (not for death or non-health services).",
        source: "HIS 1149 3.5; HNT 3.1.2",
        explanation: """
            When the patient leaves, the hospital sends LOG_UTSKREVET and, the same calendar day, the \
            Utskrivningsrapport (UTSKRIVNINGSRAPPORT, nursing discharge report) so the municipality's nurses \
            know what to continue. Stays ending in death (LOG_DOD) are exempt.
            """,
        passingExample: "Fri 10:15 UTSKRIVNINGSRAPPORT → · Fri 10:20 LOG_UTSKREVET →",
        failingExample: "Fri 10:20 LOG_UTSKREVET → (no Utskrivningsrapport that day)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [FlowFinding] {
        guard !stay.endsInDeath else { return [] }
        let reportDays = Set(stay.positions(.utskrivningsrapport).map { stay.items[$0].time.date })
        return stay.positions(.utskrevet, newOnly: true).compactMap { position in
            let item = stay.items[position]
            guard !reportDays.contains(item.time.date) else { return nil }
            return finding(
                "Melding om utskrevet pasient sent \(item.time.iso) with no Utskrivningsrapport dated \(item.time.date.iso)",
                files: [item.file])
        }
    }
}
