import PLOModel
import XMLCore

/// PLO-EVENT-REQUIRED: a Pasientlogistikk message carries the `TidsfestetHendelse` entries its
/// type requires, with the required `Hendelsekode` (kodeverk 9121).
///
/// Melding om innlagt pasient → 1 (HIS 1149 3.2.2); utskrivningsklar → 1 and 3 (3.3.2);
/// avmelding → 4 (3.4.2); utskrevet → 2 (3.5.2); Orientering om dødsfall → 13 (3.6.2).
public struct EventRequired: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-EVENT-REQUIRED", severity: .error, kind: .message,
        summary: "The TidsfestetHendelse entries the message type requires are present with the required Hendelsekode (kodeverk 9121).",
        source: "HIS 1149 3.2–3.6",
        explanation: """
            Each Pasientlogistikk message must carry dated events with these codes from kodeverk 9121 \
            (Hendelseskode for logistikkopplysninger): Melding om innlagt pasient: 1 Pasient innlagt; \
            Melding om utskrivningsklar pasient: 1 Pasient innlagt and 3 Pasient utskrivningsklar; \
            Avmelding av utskrivningsklar pasient: 4 Avmelding av utskrivningsklar pasient; \
            Melding om utskrevet pasient: 2 Pasient utskrevet; Orientering om dødsfall: 13 Pasienten er død.
            """,
        passingExample: """
            <p1:MeldingUtskrivningsklarPasient>
              <TidsfestetHendelse><Hendelsekode V="1" …/>…</TidsfestetHendelse>
              <TidsfestetHendelse><Hendelsekode V="3" …/>…</TidsfestetHendelse>
            """,
        failingExample: """
            <p1:MeldingUtskrivningsklarPasient>
              <TidsfestetHendelse><Hendelsekode V="3" …/>…</TidsfestetHendelse>   (no event 1 Pasient innlagt)
            """)

    public init() {}

    /// The codes each message requires.
    static func required(_ kind: LogisticsKind) -> [EventCode] {
        switch kind {
        case .innlagt: [.innlagt]
        case .utskrivningsklar: [.innlagt, .utskrivningsklar]
        case .avmelding: [.avmelding]
        case .utskrevet: [.utskrevet]
        case .dod: [.dod]
        }
    }

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let logistics = context.facts(message).logistics, let kind = logistics.kind else { return [] }
        var findings: [Finding] = []
        for code in Self.required(kind) where !logistics.events.contains(where: { $0.code?.value.code == code.rawValue }) {
            findings.append(
                finding(
                    "\(kind.messageType.displayName) needs a TidsfestetHendelse with Hendelsekode \(code.rawValue) (\(code.displayName)), HIS 1149 \(kind.section)",
                    at: logistics.node))
        }
        return findings
    }
}
