import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-DEADLINE-HOSPITAL-INFO-24H: the hospital sends Helseopplysninger within 24 hours of
/// admission.
public struct FlowDeadlineHospitalInfo24H: FlowRule {
    /// The deadline in hours after admission.
    public static let hours = 24

    public static let info = RuleInfo(
        id: "FLOW-DEADLINE-HOSPITAL-INFO-24H", severity: .error, kind: .flow,
        summary: "The hospital informed the municipality (status, expected course, expected discharge) within 24 hours of admission.",
        source: "HNT 1.2 k", profiles: [.hnt],
        explanation: """
            Within 24 hours of the admission itself (TidspunktForHendelse of Hendelsekode 1 in LOG_INNLAGT \
            or the varsel, not the GenDate of LOG_INNLAGT: a late LOG_INNLAGT must not hide a late report) the \
            hospital sends Helseopplysninger (HELSEOPPL_SOKNAD): the patient's status, the expected course \
            and the expected discharge date, so the municipality can plan. At least one hospital \
            Helseopplysninger must be sent no later than 24 hours after admission; none at all fails too.
            """,
        passingExample: "Mon 09:45 LOG_INNLAGT → · Mon 15:20 HELSEOPPL_SOKNAD →",
        failingExample: "Mon 09:45 LOG_INNLAGT → · Tue 10:00 HELSEOPPL_SOKNAD → (deadline Tue 09:45, 15 min late)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        guard let opener = stay.admission ?? stay.varsel, let admitted = stay.admittedAt else { return [] }
        let admission = opener
        let deadline = Deadline.adding(hours: Self.hours, to: admitted)
        let sent = stay.positions(.helseopplysninger, from: .hospital).map { stay.items[$0] }
        if sent.contains(where: { Deadline.lateness(sent: $0.time, start: admitted, hours: Self.hours) == nil }) { return [] }
        let head = "no Helseopplysninger from the hospital within \(Self.hours) h of admission at \(admitted.iso); deadline \(deadline.iso)"
        guard let first = sent.first, let late = Deadline.lateness(sent: first.time, start: admitted, hours: Self.hours) else {
            return [finding(head + "; none was sent", files: [admission.file], deadline: deadline)]
        }
        return [
            finding(
                head + "; the first was sent \(first.time.iso) (\(first.file)), \(formatDuration(seconds: late)) late",
                files: [admission.file], deadline: deadline, late: late)
        ]
    }
}
