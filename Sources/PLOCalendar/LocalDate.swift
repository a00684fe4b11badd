/// A calendar date without a time zone, in the proleptic Gregorian calendar.
///
/// PLO messages carry Norwegian (Europe/Oslo) local dates; `LocalDate` is such a date as written.
/// It renders and encodes as ISO 8601, `"2018-01-31"`.
///
/// ```swift
/// let date = LocalDate(year: 2026, month: 5, day: 17)   // Optional(2026-05-17)
/// date?.weekday                                        // .sunday
/// ```
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, 1–9999 for dates made by the initializers (arithmetic may leave that range).
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a date, or returns `nil` unless it is a real date in years 1–9999.
    ///
    /// - Parameters:
    ///   - year: The year, 1–9999.
    ///   - month: The month, 1–12.
    ///   - day: The day, 1 through the length of the month (`2018-02-30` is rejected).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilDays.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date that lies `daysSinceEpoch` days after 1970-01-01 (negative: before).
    public init(daysSinceEpoch: Int) {
        let civil = CivilDays.civil(fromDays: daysSinceEpoch)
        year = civil.year
        month = civil.month
        day = civil.day
    }

    /// Parses exactly `YYYY-MM-DD`; returns `nil` for any other text or an impossible date.
    public init?(iso: String) {
        var scanner = ASCIIScanner(iso)
        guard let date = scanner.localDate(), scanner.isAtEnd else { return nil }
        self = date
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int { CivilDays.days(year: year, month: month, day: day) }

    /// The day of the week.
    public var weekday: Weekday {
        let index = ((daysSinceEpoch + 3) % 7 + 7) % 7  // 1970-01-01 was a Thursday.
        return Weekday(rawValue: index + 1) ?? .monday
    }

    /// `true` on Saturdays and Sundays.
    public var isWeekend: Bool { weekday.isWeekend }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The number of days from this date to `other` (negative if `other` is earlier).
    public func days(until other: LocalDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The wall-clock time at `hour:minute:second` on this date, or `nil` for an invalid time.
    public func at(hour: Int, minute: Int = 0, second: Int = 0) -> LocalDateTime? {
        LocalDateTime(date: self, hour: hour, minute: minute, second: second)
    }

    /// ISO 8601 text, `"2018-01-31"`.
    public var iso: String {
        "\(CivilDays.pad(year, width: 4))-\(CivilDays.pad(month, width: 2))-\(CivilDays.pad(day, width: 2))"
    }

    /// Same as ``iso``.
    public var description: String { iso }

    /// Chronological order.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes from the ISO string `"YYYY-MM-DD"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Not a date in the form YYYY-MM-DD: \(text)")
        }
        self = date
    }

    /// Encodes as the ISO string `"YYYY-MM-DD"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension ASCIIScanner {
    /// Consumes `YYYY-MM-DD` and returns the date if it is valid.
    mutating func localDate() -> LocalDate? {
        guard let year = digits(4), consume(UInt8(ascii: "-")),
            let month = digits(2), consume(UInt8(ascii: "-")),
            let day = digits(2)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }
}
