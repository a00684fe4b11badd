import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-AFTER-UTSKREVET: no new stay messages after Melding om utskrevet pasient.
public struct FlowAfterUtskrevet: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-AFTER-UTSKREVET", severity: .warning, kind: .flow,
        summary: "No new stay messages after Melding om utskrevet pasient (corrections/cancellations excepted).",
        source: "HIS 1149",
        explanation: """
            LOG_UTSKREVET ends the stay. Afterwards only the Utskrivningsrapport, corrections (M) and \
            cancellations (C) may follow; any other new message (status N) with a later time, from either \
            side, belongs to no stay and gets a finding. A new admission starts a new stay.
            """,
        passingExample: "Fri 10:20 LOG_UTSKREVET → · Fri 11:00 UTSKRIVNINGSRAPPORT →",
        failingExample: "Fri 10:20 LOG_UTSKREVET → · Fri 12:00 HELSEOPPL_SOKNAD →")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        guard let end = stay.positions(.utskrevet, newOnly: true).first.map({ stay.items[$0] }) else { return [] }
        return stay.items.indices.compactMap { position in
            let item = stay.items[position]
            guard stay.isPresent(position), item.status == .new, item.type != .utskrivningsrapport, item.instant > end.instant
            else { return nil }
            return finding(
                "\(item.type.rawValue) sent \(item.time.iso), after Melding om utskrevet pasient at \(FlowText.time(end.time, near: item.time)) (\(end.file))",
                files: [item.file])
        }
    }
}
