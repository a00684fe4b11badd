import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H: the municipality's first Innleggelsesrapport (N) within
/// 4 hours of admission.
public struct FlowDeadlineInnleggelsesrapport4H: FlowRule {
    /// The deadline in hours after admission.
    public static let hours = 4

    public static let info = RuleInfo(
        id: "FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H", severity: .error, kind: .flow,
        summary: "The municipality's Innleggelsesrapport was sent within 4 hours of Melding om innlagt pasient.",
        source: "HNT 1.1 g", profiles: [.hnt],
        explanation: """
            When the hospital reports an admission (LOG_INNLAGT), the municipality sends its \
            Innleggelsesrapport (what services the patient had at home, medication, contacts) within 4 hours \
            of that message: "etter mottatt informasjon om innleggelsen", so the clock starts at the GenDate \
            of LOG_INNLAGT, not at the admission itself. The clock runs in real time through nights, weekends and DST changes. The first \
            Innleggelsesrapport with status N counts; a later correction keeps the original's time. A stay \
            with no Innleggelsesrapport at all fails too.
            """,
        passingExample: "Mon 09:45 LOG_INNLAGT → · Mon 12:30 ← INNLEGGELSESRAPPORT (2 t 45 min)",
        failingExample: "Mon 09:45 LOG_INNLAGT → · Mon 14:10 ← INNLEGGELSESRAPPORT (deadline 13:45, 25 min late)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        guard let admission = stay.admission else { return [] }
        let deadline = Deadline.adding(hours: Self.hours, to: admission.time)
        guard let position = stay.positions(.innleggelsesrapport, newOnly: true).first else {
            return [
                finding(
                    "no Innleggelsesrapport in the stay; Melding om innlagt pasient at \(admission.time.iso), deadline \(FlowText.time(deadline, near: admission.time))",
                    files: [admission.file], deadline: deadline)
            ]
        }
        let report = stay.items[position]
        guard let late = Deadline.lateness(sent: report.time, start: admission.time, hours: Self.hours) else { return [] }
        return [
            finding(
                "Innleggelsesrapport "
                    + FlowText.late(
                        sent: report.time, admission: admission.time, deadline: deadline, late: late, basis: "Melding om innlagt pasient"),
                files: [admission.file, report.file], deadline: deadline, late: late)
        ]
    }
}
