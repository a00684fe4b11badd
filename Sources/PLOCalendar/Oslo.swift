/// The Europe/Oslo time zone, implemented by hand (no tz database, no Foundation).
///
/// Standard time is CET, UTC+01:00; summer time is CEST, UTC+02:00.
///
/// Coverage, checked against the tz database (`/usr/share/zoneinfo/Europe/Oslo`):
/// - **1980 onwards (the supported range for PLO data):** the EU rules. Summer time starts at
///   01:00 UTC on the last Sunday of March (1980: the first Sunday of April, 6 April) and ends at
///   01:00 UTC on the last Sunday of September (1980–1995) or of October (1996 onwards). The
///   current rule is assumed to continue indefinitely.
/// - **1895–1979:** the historical Norwegian summer times of 1916, 1940–1945 and 1959–1965 are
///   included from a table; every other moment is UTC+01:00.
/// - **Before 1895** Oslo kept local mean time (UTC+00:43); this type still answers UTC+01:00.
///
/// Wall-clock times that do not exist or occur twice are resolved like this:
/// - **Spring forward** (02:00–02:59 skipped on the March change day): the time is read with the
///   offset in force *before* the change, +01:00, as if the clock had not jumped yet. So
///   `02:30` maps to the same instant as `03:30` CEST, and `local(instant(t))` gives `03:30`.
/// - **Fall back** (02:00–02:59 occurring twice on the October change day): the *first*
///   occurrence, +02:00 (CEST), is taken.
public enum Oslo {
    /// Offset of standard time (CET) east of UTC, in seconds.
    public static let standardOffsetSeconds = 3600
    /// Offset of summer time (CEST) east of UTC, in seconds.
    public static let summerOffsetSeconds = 7200

    /// The instant (Unix seconds) at which Oslo clocks show `t`.
    ///
    /// Skipped spring-forward times are read with +01:00 and repeated autumn times take their
    /// first occurrence (+02:00); see the type's documentation.
    public static func instant(_ t: LocalDateTime) -> Int64 {
        let wall = t.wallSeconds
        // In wall-clock terms summer time runs from (start + 2 h) up to (end + 2 h): the skipped
        // hour [start + 1 h, start + 2 h) stays with +01:00 and the repeated hour
        // [end + 1 h, end + 2 h) takes +02:00.
        let inSummer = anySummerInterval(aroundYear: t.date.year) { interval in
            wall >= interval.start + 7200 && wall < interval.end + 7200
        }
        return wall - Int64(inSummer ? summerOffsetSeconds : standardOffsetSeconds)
    }

    /// The Oslo wall-clock time at the instant `unixSeconds`.
    public static func local(_ unixSeconds: Int64) -> LocalDateTime {
        LocalDateTime(wallSeconds: unixSeconds + Int64(utcOffsetSeconds(at: unixSeconds)))
    }

    /// The offset of Oslo time east of UTC at the instant `unixSeconds`: 3600 or 7200.
    public static func utcOffsetSeconds(at unixSeconds: Int64) -> Int {
        isSummerTime(at: unixSeconds) ? summerOffsetSeconds : standardOffsetSeconds
    }

    /// `true` if summer time (CEST) is in force at the instant `unixSeconds`.
    public static func isSummerTime(at unixSeconds: Int64) -> Bool {
        let year = LocalDate(daysSinceEpoch: Int(unixSeconds.floorDivided(by: 86_400).quotient))
            .year
        return anySummerInterval(aroundYear: year) { interval in
            unixSeconds >= interval.start && unixSeconds < interval.end
        }
    }

    /// The offset in force for the wall-clock time `t`, as resolved by ``instant(_:)``.
    public static func utcOffsetSeconds(for t: LocalDateTime) -> Int {
        Int(t.wallSeconds - instant(t))
    }

    /// The summer-time period of `year` as Unix seconds `[start, end)`, or `nil` if that year had
    /// none (1895–1979 outside the table, before 1895). For 1941 and 1942 this is the wartime
    /// period that began in 1940.
    public static func summerTime(in year: Int) -> (start: Int64, end: Int64)? {
        if year >= 1980 {
            let interval = ruleInterval(year: year)
            return (interval.start, interval.end)
        }
        return historical.first { covers($0, year: year) }.map { ($0.start, $0.end) }
    }

    // MARK: - Rules

    /// A summer-time period in Unix seconds, `[start, end)`.
    struct Interval {
        let start: Int64
        let end: Int64
    }

    /// Whether `predicate` holds for a summer-time period touching `year` (no allocation from
    /// 1980 on, where there is exactly one).
    static func anySummerInterval(aroundYear year: Int, where predicate: (Interval) -> Bool) -> Bool {
        if year >= 1980 { return predicate(ruleInterval(year: year)) }
        return historical.contains { covers($0, year: year) && predicate($0) }
    }

    /// The EU-rule summer time of `year` (1980 onwards).
    static func ruleInterval(year: Int) -> Interval {
        let start =
            year == 1980 ? firstSunday(year: year, month: 4) : lastSunday(year: year, month: 3)
        let end = lastSunday(year: year, month: year < 1996 ? 9 : 10)
        return Interval(start: utc(start, hour: 1), end: utc(end, hour: 1))
    }

    /// Whether the historical `interval` touches `year`.
    private static func covers(_ interval: Interval, year: Int) -> Bool {
        let first = LocalDate(daysSinceEpoch: Int(interval.start / 86_400)).year
        let last = LocalDate(daysSinceEpoch: Int(interval.end / 86_400)).year
        return first <= year && year <= last
    }

    /// Summer time in Norway before 1980, from the tz database (all instants UTC).
    static let historical: [Interval] = [
        period((1916, 5, 22, 0), (1916, 9, 29, 22)),
        period((1940, 8, 10, 22), (1942, 11, 2, 1)),
        period((1943, 3, 29, 1), (1943, 10, 4, 1)),
        period((1944, 4, 3, 1), (1944, 10, 2, 1)),
        period((1945, 4, 2, 1), (1945, 10, 1, 1)),
        period((1959, 3, 15, 1), (1959, 9, 20, 1)),
        period((1960, 3, 20, 1), (1960, 9, 18, 1)),
        period((1961, 3, 19, 1), (1961, 9, 17, 1)),
        period((1962, 3, 18, 1), (1962, 9, 16, 1)),
        period((1963, 3, 17, 1), (1963, 9, 15, 1)),
        period((1964, 3, 15, 1), (1964, 9, 20, 1)),
        period((1965, 4, 25, 1), (1965, 9, 19, 1)),
    ]

    private static func period(
        _ start: (Int, Int, Int, Int), _ end: (Int, Int, Int, Int)
    ) -> Interval {
        Interval(
            start: utcSeconds(year: start.0, month: start.1, day: start.2, hour: start.3),
            end: utcSeconds(year: end.0, month: end.1, day: end.2, hour: end.3))
    }

    private static func utcSeconds(year: Int, month: Int, day: Int, hour: Int) -> Int64 {
        Int64(CivilDays.days(year: year, month: month, day: day)) * 86_400 + Int64(hour) * 3600
    }

    private static func utc(_ date: LocalDate, hour: Int) -> Int64 {
        Int64(date.daysSinceEpoch) * 86_400 + Int64(hour) * 3600
    }

    /// The last Sunday of `month` in `year`.
    static func lastSunday(year: Int, month: Int) -> LocalDate {
        let lastDay = LocalDate(
            daysSinceEpoch: CivilDays.days(
                year: year, month: month, day: CivilDays.daysInMonth(year: year, month: month)))
        return lastDay.adding(days: -(lastDay.weekday.rawValue % 7))
    }

    /// The first Sunday of `month` in `year`.
    static func firstSunday(year: Int, month: Int) -> LocalDate {
        let first = LocalDate(daysSinceEpoch: CivilDays.days(year: year, month: month, day: 1))
        return first.adding(days: (7 - first.weekday.rawValue) % 7)
    }
}
