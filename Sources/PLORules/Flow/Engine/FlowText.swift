import PLOCalendar

/// Wording shared by the flow findings.
enum FlowText {
    /// `t` as `HH:MM:SS` when it falls on `reference`'s date, else in full.
    static func time(_ t: LocalDateTime, near reference: LocalDateTime) -> String {
        t.date == reference.date ? String(t.iso.dropFirst(11)) : t.iso
    }

    /// "sent 2026-03-02T14:10:00, 4 t 25 min after admission at 09:45:00; deadline 13:45:00, 25 min late".
    /// `basis` names what the deadline counts from ("admission", or "Melding om innlagt pasient" for 4 h).
    static func late(
        sent: LocalDateTime, admission: LocalDateTime, deadline: LocalDateTime, late: Int64, basis: String = "admission"
    ) -> String {
        let after = Deadline.elapsedSeconds(from: admission, to: sent)
        return "sent \(sent.iso), \(formatDuration(seconds: after)) after \(basis) at \(time(admission, near: sent)); "
            + "deadline \(time(deadline, near: sent)), \(formatDuration(seconds: late)) late"
    }

    /// "Friday 2026-03-06" style day with holiday name, if any.
    static func day(_ date: LocalDate, calendar: HolidayCalendar) -> String {
        var text = "\(date.weekday.englishName) \(date.iso)"
        if let holiday = calendar.holiday(on: date) { text += " (\(holiday.name))" }
        return text
    }
}

extension Weekday {
    /// The English name, e.g. "Monday".
    public var englishName: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }
}
