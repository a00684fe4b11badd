import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-DEADLINE-INNLEGGELSESRAPPORT-1D: the municipality's first Innleggelsesrapport (N) within
/// one døgn (24 h) of the admission (HIS 1143 §1; national and hnt).
public struct FlowDeadlineInnleggelsesrapport1D: FlowRule {
    /// The deadline in hours after admission.
    public static let hours = 24

    public static let info = RuleInfo(
        id: "FLOW-DEADLINE-INNLEGGELSESRAPPORT-1D", severity: .error, kind: .flow,
        summary: "The Innleggelsesrapport was sent within one døgn (24 h) of the admission (national; hnt too).",
        source: "HIS 1143 §1",
        explanation: """
            The Innleggelsesrapport answers Melding om innlagt pasient and "skal sendes så snart som mulig, \
            og senest innen ett døgn etter innleggelsen" (HIS 1143 §1). The døgn runs from the admission \
            itself (TidspunktForHendelse of Hendelsekode 1 in LOG_INNLAGT, else its GenDate), in real time \
            through nights, weekends and DST changes. The first Innleggelsesrapport with status N counts; a \
            stay with LOG_INNLAGT and none at all fails too. Stays opened by the Helseopplysninger varsel \
            alone are not judged: the municipality had no services to report. The regional profile adds the \
            stricter 4 h deadline (FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H).
            """,
        passingExample: "Mon 09:30 admitted · Mon 09:45 LOG_INNLAGT → · Tue 08:00 ← INNLEGGELSESRAPPORT (22 t 30 min)",
        failingExample: "Mon 09:30 admitted · Mon 09:45 LOG_INNLAGT → · Tue 10:00 ← INNLEGGELSESRAPPORT (deadline Tue 09:30, 30 min late)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        guard let admission = stay.admission, let admitted = stay.admittedAt else { return [] }
        let deadline = Deadline.adding(hours: Self.hours, to: admitted)
        guard let position = stay.positions(.innleggelsesrapport, newOnly: true).first else {
            return [
                finding(
                    "no Innleggelsesrapport in the stay; admitted \(admitted.iso), deadline (one døgn) \(FlowText.time(deadline, near: admitted))",
                    files: [admission.file], deadline: deadline)
            ]
        }
        let report = stay.items[position]
        guard let late = Deadline.lateness(sent: report.time, start: admitted, hours: Self.hours) else { return [] }
        return [
            finding(
                "Innleggelsesrapport " + FlowText.late(sent: report.time, admission: admitted, deadline: deadline, late: late),
                files: [admission.file, report.file], deadline: deadline, late: late)
        ]
    }
}
