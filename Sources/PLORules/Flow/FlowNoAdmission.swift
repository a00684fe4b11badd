import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-NO-ADMISSION: the stay has no (uncancelled) Melding om innlagt pasient.
public struct FlowNoAdmission: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-NO-ADMISSION", severity: .warning, kind: .flow,
        summary: "The stay has no Melding om innlagt pasient.", source: "HIS 1149 3.2",
        explanation: """
            Every stay starts with LOG_INNLAGT (Melding om innlagt pasient), sent by the hospital when the \
            patient is admitted: it tells the municipality that its patient is in hospital and starts the \
            deadlines (4 h Innleggelsesrapport, 24 h information). Messages for a patient, hospital and \
            municipality with no admission before them (or whose admission was cancelled) form a stay \
            without admission; the deadline rules cannot be checked for it.
            """,
        passingExample: "09:40 LOG_INNLAGT → · 11:05 ← INNLEGGELSESRAPPORT · …",
        failingExample: "11:05 ← INNLEGGELSESRAPPORT · 13:00 HELSEOPPL_SOKNAD → (no LOG_INNLAGT)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [FlowFinding] {
        guard stay.admission == nil, let first = stay.items.first else { return [] }
        let cancelled = stay.items.contains { $0.type == .innlagt }
        let reason = cancelled ? "its Melding om innlagt pasient was cancelled" : "no Melding om innlagt pasient (LOG_INNLAGT) was sent"
        return [finding("stay without admission: \(reason); deadlines are not checked", files: [first.file])]
    }
}
