import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-WINDOW-UTSKRIVNINGSKLAR: Melding om utskrivningsklar pasient inside 08:00–15:00 on a
/// weekday that is not a public holiday.
public struct FlowWindowUtskrivningsklar: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-WINDOW-UTSKRIVNINGSKLAR", severity: .warning, kind: .flow,
        summary:
            "Melding om utskrivningsklar pasient was sent inside 08:00–15:00 Monday–Friday, Norwegian public holidays excluded; the finding names the next window opening.",
        source: "HNT 3.1 a, 3.2 b", profiles: [.hnt],
        explanation: """
            The municipality can only plan a discharge while its case office is staffed: the hospital sends \
            LOG_UTSKRIVNINGSKLAR between 08:00 (inclusive) and 15:00 (exclusive), Monday to Friday, not on \
            Norwegian public holidays (1 Jan, Maundy Thursday, Good Friday, Easter, 1 May, 17 May, Ascension, \
            Whitsun, 25–26 Dec). Sent inside the window, the patient can normally be received the same day \
            (day 0). Sent outside it, the message counts from the next opening, which the finding names.
            """,
        passingExample: "Fri 14:59:59 LOG_UTSKRIVNINGSKLAR →",
        failingExample: "Fri 15:00 LOG_UTSKRIVNINGSKLAR → (next window opens Mon 08:00)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        let window = context.window
        return stay.positions(.utskrivningsklar, newOnly: true).compactMap { position in
            let item = stay.items[position]
            guard !window.contains(item.time) else { return nil }
            let opening = window.nextOpening(after: item.time)
            let day = FlowText.day(item.time.date, calendar: window.calendar)
            let why = window.isOpenDay(item.time.date) ? "outside 08:00–15:00" : "on a closed day"
            return finding(
                "Melding om utskrivningsklar pasient sent \(day) at \(FlowText.time(item.time, near: item.time)), \(why); "
                    + "the window next opens \(FlowText.day(opening.date, calendar: window.calendar)) at \(FlowText.time(opening, near: opening))",
                files: [item.file], deadline: opening)
        }
    }
}
