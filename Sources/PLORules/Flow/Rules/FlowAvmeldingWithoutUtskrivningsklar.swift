import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-AVMELDING-WITHOUT-UTSKRIVNINGSKLAR: an avmelding cancels an active utskrivningsklar.
public struct FlowAvmeldingWithoutUtskrivningsklar: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-AVMELDING-WITHOUT-UTSKRIVNINGSKLAR", severity: .error, kind: .flow,
        summary: "Avmelding only cancels an active utskrivningsklar.", source: "HIS 1149 3.4",
        explanation: """
            LOG_AVMELDING (Avmelding av utskrivningsklar pasient) tells the municipality that a patient \
            declared ready for discharge is no longer ready. It needs an active utskrivningsklar: one sent \
            earlier in the stay, not cancelled and not already avmeldt. A new utskrivningsklar after an \
            avmelding makes the patient ready again.
            """,
        passingExample: "Wed 11:00 LOG_UTSKRIVNINGSKLAR → · Thu 09:00 LOG_AVMELDING →",
        failingExample: "Tue 10:00 LOG_AVMELDING → (no utskrivningsklar before it)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        var active = false
        var findings: [Finding] = []
        for position in stay.items.indices where stay.isPresent(position) {
            let item = stay.items[position]
            switch (item.type, item.status) {
            case (.utskrivningsklar, .new): active = true
            case (.avmelding, .new), (.avmelding, .addition):
                if !active {
                    findings.append(
                        finding(
                            "Avmelding sent \(item.time.iso) when no utskrivningsklar is active (none sent, or already avmeldt or cancelled)",
                            files: [item.file]))
                }
                active = false
            default: break
            }
        }
        return findings
    }
}
