import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-UTSKREVET-WITHOUT-REPORT: Melding om utskrevet pasient comes with an Utskrivningsrapport
/// on the discharge day (national) or sent before the patient leaves (hnt); not for death.
public struct FlowUtskrevetWithoutReport: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-UTSKREVET-WITHOUT-REPORT", severity: .warning, kind: .flow,
        summary:
            "Melding om utskrevet pasient comes with an Utskrivningsrapport on the discharge day (national) and sent before the patient leaves (hnt); not for death in hospital.",
        source: "HIS 1149 3.5; HNT 3.1.2 e–g",
        explanation: """
            LOG_UTSKREVET "sendes utskrivningsdagen i tillegg til utskrivningsrapport" (HIS 1149 3.5): \
            nationally, an Utskrivningsrapport (UTSKRIVNINGSRAPPORT) dated the same calendar day as the \
            LOG_UTSKREVET must be in the stay. Under the regional agreement the patient is utreiseklar only \
            once the Utskrivningsrapport has been sent (HNT 3.1.2 e), and LOG_UTSKREVET is sent when the \
            patient leaves (3.1.2 g): with --profile hnt an Utskrivningsrapport must have been sent no later \
            than the LOG_UTSKREVET (on any day of the stay). Death in hospital — LOG_UTSKREVET with \
            Uttilstand 2 "Død" (kodeverk 8431) — is sent without an Utskrivningsrapport and is exempt.
            """,
        passingExample: "Fri 10:15 UTSKRIVNINGSRAPPORT → · Fri 10:20 LOG_UTSKREVET →",
        failingExample: "Fri 10:20 LOG_UTSKREVET → · Fri 11:00 UTSKRIVNINGSRAPPORT → (hnt: the report came after the patient left)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        let reports = stay.positions(.utskrivningsrapport).map { stay.items[$0] }
        return stay.positions(.utskrevet, newOnly: true).compactMap { position in
            let item = stay.items[position]
            guard !FlowStay.isDeath(item) else { return nil }
            switch context.profile {
            case .national:
                guard !reports.contains(where: { $0.time.date == item.time.date }) else { return nil }
                return finding(
                    "Melding om utskrevet pasient sent \(item.time.iso) with no Utskrivningsrapport dated \(item.time.date.iso)",
                    files: [item.file])
            case .hnt:
                guard !reports.contains(where: { $0.instant <= item.instant }) else { return nil }
                let after = reports.first { $0.instant > item.instant }
                let tail = after.map { " (the Utskrivningsrapport came after, at \(FlowText.time($0.time, near: item.time)))" } ?? ""
                return finding(
                    "Melding om utskrevet pasient sent \(item.time.iso) with no Utskrivningsrapport sent before the patient left\(tail)",
                    files: [item.file] + (after.map { [$0.file] } ?? []))
            }
        }
    }
}
