import PLOCalendar
import PLOModel
import XMLCore

/// PLO-EVENT-TIME: every event time in a Pasientlogistikk message is a real date or date-time;
/// the admission time in Melding om innlagt pasient has a clock time; and events that have
/// happened (admission 1, discharge 2, avmelding 4, death 13) are not after the message's GenDate.
public struct EventTime: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-EVENT-TIME", severity: .error, kind: .message,
        summary: "Event times are real dates or date-times (innlagt needs date and clock time), not after GenDate for events that have happened.",
        source: "HIS 1149 3.2.2–3.6.2; HIS 80704 13.2.7",
        explanation: """
            TidspunktForHendelse/@V must name at least a calendar date (a year, a month or a bare time \
            is not enough, and 2026-02-30 is no date). Melding om innlagt pasient gives the admission with \
            date and clock time (HIS 1149 3.2: "dato og klokkeslett"). An admission, discharge, avmelding \
            or death cannot lie after the moment the message was generated (MsgInfo/GenDate); a date-only \
            time counts as that whole day. Planned times (3 utskrivningsklar, 5 forventet utskrivningsklar) \
            may lie in the future.
            """,
        passingExample: """
            <GenDate>2026-03-02T10:05:00</GenDate> … <Hendelsekode V="1" …/><TidspunktForHendelse V="2026-03-02T09:40:00"/>
            """,
        failingExample: """
            <GenDate>2026-03-02T10:05:00</GenDate> … <Hendelsekode V="1" …/><TidspunktForHendelse V="2026-03-02"/>   (no clock time)
            """)

    public init() {}

    static let happened: Set<String> = [
        EventCode.innlagt.rawValue, EventCode.utskrevet.rawValue, EventCode.avmelding.rawValue, EventCode.dod.rawValue,
    ]

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let logistics = context.facts(message).logistics else { return [] }
        let generated = message.genDate.flatMap(LocalDateTime.init(iso:))
        var findings: [Finding] = []
        for event in logistics.events {
            guard let located = event.time else { continue }
            guard let text = located.value, !text.isEmpty else {
                findings.append(finding("TidspunktForHendelse has no time (attribute V is missing or empty)", at: located.node))
                continue
            }
            let time = EventTimeValue(text)
            let code = event.code?.value.code ?? ""
            switch time {
            case .invalid:
                findings.append(finding("TidspunktForHendelse V=\"\(text)\" is not a real date or date-time", at: located.node))
                continue
            case .partial:
                findings.append(finding("TidspunktForHendelse V=\"\(text)\" names less than a calendar date", at: located.node))
                continue
            case .date:
                if logistics.kind == .innlagt, code == EventCode.innlagt.rawValue {
                    findings.append(
                        finding(
                            "the admission time V=\"\(text)\" needs date and clock time (HIS 1149 3.2: \"dato og klokkeslett\")",
                            at: located.node))
                }
            case .dateTime:
                break
            }
            if let generated, Self.happened.contains(code), time.isAfter(generated) {
                findings.append(
                    finding(
                        "event \(code) happened at \(text), after the message was generated (GenDate \(generated.iso)): it cannot have happened yet",
                        at: located.node))
            }
        }
        return findings
    }
}
