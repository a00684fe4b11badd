import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-DEADLINE-SUPPLEMENT-24H: further information from the municipality within 24 hours of
/// admission.
public struct FlowDeadlineSupplement24H: FlowRule {
    /// The deadline in hours after admission.
    public static let hours = 24

    public static let info = RuleInfo(
        id: "FLOW-DEADLINE-SUPPLEMENT-24H", severity: .warning, kind: .flow,
        summary: "Supplementary information from the municipality within 24 hours of admission.",
        source: "HNT 1.1 g", profiles: [.hnt],
        explanation: """
            Information the municipality adds after its first Innleggelsesrapport (an Innleggelsesrapport \
            with status M or A, a second one with status N, or a Dialogmelding that is not its answer to \
            Melding om utskrivningsklar pasient) should reach the hospital within 24 hours of the admission \
            itself (TidspunktForHendelse of Hendelsekode 1). Helseopplysninger go hospital → municipality \
            only (HIS 1144) and are never the municipality's supplement. Each message sent later gets a \
            finding with the deadline and how late it was.
            """,
        passingExample: "Mon 09:45 LOG_INNLAGT → · Mon 11:00 ← INNLEGGELSESRAPPORT · Tue 08:30 ← INNLEGGELSESRAPPORT (A)",
        failingExample: "Mon 09:45 LOG_INNLAGT → · Mon 11:00 ← INNLEGGELSESRAPPORT · Tue 10:15 ← INNLEGGELSESRAPPORT (A) (30 min late)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        guard let admitted = stay.admittedAt else { return [] }
        let deadline = Deadline.adding(hours: Self.hours, to: admitted)
        let firstReport = stay.positions(.innleggelsesrapport, newOnly: true).first
        var findings: [Finding] = []
        for position in stay.items.indices where stay.isPresent(position) && position != firstReport {
            let item = stay.items[position]
            let supplement =
                item.type == .innleggelsesrapport || (item.type == .dialogmelding && item.side == .municipality && !stay.isAnswer(item))
            guard supplement,
                let late = Deadline.lateness(sent: item.time, start: admitted, hours: Self.hours)
            else { continue }
            findings.append(
                finding(
                    "supplementary \(item.type.rawValue) (\(item.status.rawValue)) from the municipality "
                        + FlowText.late(sent: item.time, admission: admitted, deadline: deadline, late: late),
                    files: [item.file], deadline: deadline, late: late))
        }
        return findings
    }
}
