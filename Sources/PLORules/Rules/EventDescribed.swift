import PLOModel
import XMLCore

/// PLO-EVENT-DESCRIBED: every `TidsfestetHendelse` in a Pasientlogistikk message has an event
/// code (`Hendelsekode`) or a description (`BeskrivelseAvHendelse`).
///
/// HIS 80704 13.2.7: "Hendelseskode eller beskrivelse av hendelsen må være fylt ut." The schema
/// makes both optional, so only this rule catches an event that says nothing about what happened.
public struct EventDescribed: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-EVENT-DESCRIBED", severity: .error, kind: .message,
        summary: "Every TidsfestetHendelse has a Hendelsekode or a BeskrivelseAvHendelse.",
        source: "HIS 80704 13.2.7",
        explanation: """
            A dated event must say what happened: "Hendelseskode eller beskrivelse av hendelsen må være \
            fylt ut" (HIS 80704 13.2.7). Both elements are optional in the schema, so an event with only \
            a time and Anslag is schema-valid but meaningless to the receiver.
            """,
        passingExample: """
            <TidsfestetHendelse><BeskrivelseAvHendelse>Overflyttet til rehabilitering</BeskrivelseAvHendelse><TidspunktForHendelse V="2026-03-04"/><Anslag>true</Anslag></TidsfestetHendelse>
            """,
        failingExample: """
            <TidsfestetHendelse><TidspunktForHendelse V="2026-03-04"/><Anslag>true</Anslag></TidsfestetHendelse>
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let logistics = context.facts(message).logistics else { return [] }
        var findings: [Finding] = []
        for event in logistics.events {
            let hasCode = !(event.code?.value.code ?? "").isEmpty
            let hasText = !(event.description?.value ?? "").isEmpty
            if !hasCode && !hasText {
                findings.append(
                    finding("TidsfestetHendelse has neither Hendelsekode nor BeskrivelseAvHendelse: it does not say what happened", at: event.node))
            }
        }
        return findings
    }
}
