import PLOModel
import XMLCore

/// PLO-EVENT-DATE-ONLY: the expected discharge-ready date (Hendelsekode 5, Forventet
/// utskrivningsklar dato) is given as a date, without clock time.
///
/// HIS 80704 13.2.7: "Forventet utskrivningsklar skal alltid oppgis som dato."
public struct EventDateOnly: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-EVENT-DATE-ONLY", severity: .error, kind: .message,
        summary: "Forventet utskrivningsklar dato (Hendelsekode 5) is a date without clock time.",
        source: "HIS 80704 13.2.7",
        explanation: """
            "Forventet utskrivningsklar skal alltid oppgis som dato" (HIS 80704 13.2.7): the expected date \
            a patient will be ready for discharge is a day, not a moment. An event with Hendelsekode 5 must \
            write TidspunktForHendelse/@V as YYYY-MM-DD.
            """,
        passingExample: """
            <Hendelsekode V="5" DN="Forventet utskrivningsklar dato" …/><TidspunktForHendelse V="2026-03-06"/>
            """,
        failingExample: """
            <Hendelsekode V="5" DN="Forventet utskrivningsklar dato" …/><TidspunktForHendelse V="2026-03-06T12:00:00"/>
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let logistics = context.facts(message).logistics else { return [] }
        var findings: [Finding] = []
        for event in logistics.events(.forventetUtskrivningsklar) {
            guard let located = event.time, let text = located.value else { continue }
            if case .dateTime = EventTimeValue(text) {
                findings.append(finding("Forventet utskrivningsklar dato must be a date without clock time, not \"\(text)\"", at: located.node))
            }
        }
        return findings
    }
}
