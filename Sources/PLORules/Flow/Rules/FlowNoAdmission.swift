import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-NO-ADMISSION: the stay has neither Melding om innlagt pasient nor a Helseopplysninger
/// varsel (TypeInnhold 1) that opens it; a stay opened by the varsel alone gets it as info.
public struct FlowNoAdmission: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-NO-ADMISSION", severity: .warning, kind: .flow,
        summary:
            "The stay has neither Melding om innlagt pasient nor a Helseopplysninger varsel (TypeInnhold 1) that opens it; opened by the varsel alone: info.",
        source: "HIS 1149 3.2; HIS 1144 §1",
        explanation: """
            A stay starts with LOG_INNLAGT (Melding om innlagt pasient), which the hospital sends when the \
            municipality already serves the patient (HIS 1149 3.2). For a patient new to municipal services \
            the hospital instead opens the stay with Helseopplysninger, TypeInnhold 1 "Varsel om innlagt \
            pasient" (HIS 1144 §1): such a stay gets this rule as info only, and its 24 h deadlines run \
            from the admission time the varsel names. Messages with neither before them (or whose admission \
            was cancelled) form a stay without admission (warning); its deadlines cannot be checked.
            """,
        passingExample: "09:40 LOG_INNLAGT → · 11:05 ← INNLEGGELSESRAPPORT · …",
        failingExample: "11:05 ← INNLEGGELSESRAPPORT · 13:00 LOG_UTSKRIVNINGSKLAR → (no LOG_INNLAGT, no varsel)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        guard stay.admission == nil, let first = stay.items.first else { return [] }
        if let varsel = stay.varsel {
            return [
                Finding(
                    rule: Self.info.id, severity: .info,
                    message:
                        "stay opened by the Helseopplysninger varsel (TypeInnhold 1) at \(varsel.time.iso) with no Melding om innlagt pasient: a patient new to municipal services (HIS 1144 §1); deadlines run from the admission it names",
                    files: [varsel.file])
            ]
        }
        let cancelled = stay.items.contains { $0.type == .innlagt }
        let reason =
            cancelled
            ? "its Melding om innlagt pasient was cancelled"
            : "no Melding om innlagt pasient (LOG_INNLAGT) and no Helseopplysninger varsel (TypeInnhold 1) was sent"
        return [finding("stay without admission: \(reason); deadlines are not checked", files: [first.file])]
    }
}
