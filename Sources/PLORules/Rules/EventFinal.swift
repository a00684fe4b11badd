import PLOModel
import XMLCore

/// PLO-EVENT-FINAL: the event time is final (`Anslag` false) where the standard requires it —
/// the admission (code 1) in Melding om innlagt pasient, the discharge (code 2) in Melding om
/// utskrevet pasient and the death (code 13) in Orientering om dødsfall.
///
/// HIS 1149 3.2.2, 3.5.2 and 3.6.2 write `Anslag: Verdi "true" (tidspunktet er endelig)`, but
/// HIS 80704 13.2.7 defines `Anslag` as "true" for an estimate and "false" for a final time, and
/// every official example uses `false`: PLOKit follows the definition (the intent, "endelig").
public struct EventFinal: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-EVENT-FINAL", severity: .error, kind: .message,
        summary: "Anslag says the time is final (not an estimate) for innlagt 1, utskrevet 2 and dødsfall 13.",
        source: "HIS 1149 3.2.2, 3.5.2, 3.6.2; HIS 80704 13.2.7",
        explanation: """
            The admission time in Melding om innlagt pasient, the discharge date in Melding om utskrevet \
            pasient and the date of death in Orientering om dødsfall are facts, not estimates: "tidspunktet \
            er endelig". HIS 80704 13.2.7 defines Anslag as true when the time is only an estimate and \
            false when it is final or has happened, so these events must carry <Anslag>false</Anslag>. \
            (HIS 1149 writes 'Verdi "true" (tidspunktet er endelig)'; that contradicts the element's \
            definition and the official examples, which all use false.)
            """,
        passingExample: """
            <TidsfestetHendelse><Hendelsekode V="1" DN="Pasient innlagt" …/><TidspunktForHendelse V="2026-03-02T09:40:00"/><Anslag>false</Anslag></TidsfestetHendelse>
            """,
        failingExample: """
            <TidsfestetHendelse><Hendelsekode V="1" DN="Pasient innlagt" …/><TidspunktForHendelse V="2026-03-02T09:40:00"/><Anslag>true</Anslag></TidsfestetHendelse>
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let logistics = context.facts(message).logistics, let kind = logistics.kind else { return [] }
        let code: EventCode
        switch kind {
        case .innlagt: code = .innlagt
        case .utskrevet: code = .utskrevet
        case .dod: code = .dod
        case .utskrivningsklar, .avmelding: return []
        }
        var findings: [Finding] = []
        for event in logistics.events(code) where event.isEstimate == true {
            findings.append(
                finding(
                    "the time of event \(code.rawValue) (\(code.displayName)) must be final: Anslag must be false (true marks an estimate), HIS 1149 \(kind.section)",
                    at: event.estimate?.node ?? event.node))
        }
        return findings
    }
}
