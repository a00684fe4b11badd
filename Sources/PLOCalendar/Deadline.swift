/// Deadlines in hours (HNT 1.1 g: 4 h and 24 h), measured in real elapsed time.
///
/// Wall-clock times are converted with ``Oslo/instant(_:)``, so across a DST change a 4-hour
/// deadline is 4 real hours: from 2026-03-29T00:30 it ends at 05:30, from 2026-10-25T00:30 at
/// 03:30. Nights, weekends and holidays count like any other hour.
public enum Deadline {
    /// Real seconds from `from` to `to` (negative if `to` is earlier).
    public static func elapsedSeconds(from: LocalDateTime, to: LocalDateTime) -> Int64 {
        Oslo.instant(to) - Oslo.instant(from)
    }

    /// The Oslo wall-clock time `hours` real hours after `t`.
    public static func adding(hours: Int, to t: LocalDateTime) -> LocalDateTime {
        adding(seconds: Int64(hours) * 3600, to: t)
    }

    /// The Oslo wall-clock time `seconds` real seconds after `t`.
    public static func adding(seconds: Int64, to t: LocalDateTime) -> LocalDateTime {
        Oslo.local(Oslo.instant(t) + seconds)
    }

    /// How late `sent` is for a deadline of `hours` hours after `start`.
    ///
    /// - Returns: `nil` if `sent` is at or before the deadline, otherwise the seconds past it.
    public static func lateness(sent: LocalDateTime, start: LocalDateTime, hours: Int) -> Int64? {
        let late = elapsedSeconds(from: start, to: sent) - Int64(hours) * 3600
        return late > 0 ? late : nil
    }
}
