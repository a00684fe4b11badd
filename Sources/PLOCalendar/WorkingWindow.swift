/// The daytime window in which hospitals should notify municipalities (HNT 3.1 a, 3.2 b):
/// by default 08:00 inclusive to 15:00 exclusive, Monday–Friday, closed on holidays.
///
/// All times are Oslo wall-clock times; the window is defined on the clock, so it is 7 hours
/// on every open day, DST or not.
///
/// ```swift
/// let window = WorkingWindow.standard
/// window.contains(friday1459)          // true
/// window.nextOpening(after: friday1500) // Monday 08:00 (or later after holidays)
/// ```
public struct WorkingWindow: Sendable, Hashable {
    /// Which days are closed besides weekends.
    public let calendar: HolidayCalendar
    /// First hour inside the window (inclusive), 0–23.
    public let openHour: Int
    /// Hour at which the window closes (exclusive), `openHour + 1`–24.
    public let closeHour: Int

    /// Creates a window open `openHour:00` ≤ t < `closeHour:00` on working days of `calendar`.
    ///
    /// - Precondition: `0 <= openHour < closeHour <= 24`.
    public init(calendar: HolidayCalendar = .norway, openHour: Int = 8, closeHour: Int = 15) {
        precondition(
            0 <= openHour && openHour < closeHour && closeHour <= 24,
            "WorkingWindow needs 0 <= openHour < closeHour <= 24")
        self.calendar = calendar
        self.openHour = openHour
        self.closeHour = closeHour
    }

    /// 08:00–15:00, Monday–Friday, Norwegian public holidays closed.
    public static let standard = WorkingWindow()

    /// `true` if `t` lies inside the window: an open day and `openHour:00:00` ≤ t < `closeHour:00:00`.
    public func contains(_ t: LocalDateTime) -> Bool {
        isOpenDay(t.date) && t.hour >= openHour && t.hour < closeHour
    }

    /// `true` if the window opens at all on `date` (a working day of ``calendar``).
    public func isOpenDay(_ date: LocalDate) -> Bool {
        !calendar.isClosed(date)
    }

    /// The next time the window *opens* after `t`.
    ///
    /// - If `t` is outside the window: the earliest opening time at or after `t` (later the same
    ///   day if `t` is before opening on an open day; otherwise on the next open day).
    /// - If `t` is inside the window: the opening of the next open day after `t`'s date (the
    ///   opening `t` is already in does not count).
    ///
    /// So for Friday 15:00 before an ordinary weekend the answer is Monday 08:00, and for
    /// Friday 14:59 it is Monday 08:00 as well.
    public func nextOpening(after t: LocalDateTime) -> LocalDateTime {
        if !contains(t), isOpenDay(t.date), t.hour < openHour {
            return opening(on: t.date)
        }
        return opening(on: nextOpenDay(after: t.date))
    }

    /// `t` itself if it is inside the window, else ``nextOpening(after:)``.
    ///
    /// This is when a message sent at `t` can first be handled in the window.
    public func currentOrNextOpening(_ t: LocalDateTime) -> LocalDateTime {
        contains(t) ? t : nextOpening(after: t)
    }

    /// The opening time `openHour:00:00` on `date` (whether or not `date` is open).
    public func opening(on date: LocalDate) -> LocalDateTime {
        LocalDateTime(date: date, hour: openHour) ?? LocalDateTime(startOf: date)
    }

    /// The closing time `closeHour:00:00` on `date` (whether or not `date` is open); for a
    /// `closeHour` of 24 this is midnight at the start of the next day.
    public func closing(on date: LocalDate) -> LocalDateTime {
        LocalDateTime(date: date, hour: closeHour) ?? LocalDateTime(startOf: date.adding(days: 1))
    }

    /// The first open day strictly after `date`.
    public func nextOpenDay(after date: LocalDate) -> LocalDate {
        var day = date.adding(days: 1)
        while !isOpenDay(day) { day = day.adding(days: 1) }
        return day
    }

    /// `date` if it is open, else the first open day after it.
    public func openDayOnOrAfter(_ date: LocalDate) -> LocalDate {
        isOpenDay(date) ? date : nextOpenDay(after: date)
    }
}
