/// A Europe/Oslo wall-clock date and time, as written in PLO messages (no offset, whole seconds).
///
/// Ordering and equality compare the wall-clock fields, which is also real-time order except
/// inside the repeated hour of an autumn DST change. For real elapsed time use ``Oslo`` and
/// ``Deadline``. Renders and encodes as `"2018-01-31T10:20:11"`.
///
/// ```swift
/// LocalDateTime(iso: "2018-01-31T10:20")            // 2018-01-31T10:20:00
/// LocalDateTime(iso: "2018-01-31T09:20:11.5Z")      // 2018-01-31T10:20:11 (Oslo time)
/// ```
public struct LocalDateTime: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The calendar date.
    public let date: LocalDate
    /// The hour, 0–23.
    public let hour: Int
    /// The minute, 0–59.
    public let minute: Int
    /// The second, 0–59 (leap seconds are not represented).
    public let second: Int

    /// Creates a date-time, or returns `nil` for an impossible date or time.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        guard let date = LocalDate(year: year, month: month, day: day) else { return nil }
        self.init(date: date, hour: hour, minute: minute, second: second)
    }

    /// Creates a date-time on `date`, or returns `nil` unless 0 ≤ hour < 24, 0 ≤ minute, second < 60.
    public init?(date: LocalDate, hour: Int, minute: Int = 0, second: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else {
            return nil
        }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// Midnight at the start of `date`.
    public init(startOf date: LocalDate) {
        self.date = date
        hour = 0
        minute = 0
        second = 0
    }

    /// Creates the wall-clock time that is `secondsSinceEpoch` seconds after 1970-01-01T00:00:00
    /// *on a clock that never changes offset* (no time zone is involved).
    init(wallSeconds: Int64) {
        let (days, secondOfDay) = wallSeconds.floorDivided(by: 86_400)
        date = LocalDate(daysSinceEpoch: Int(days))
        hour = Int(secondOfDay / 3600)
        minute = Int(secondOfDay % 3600 / 60)
        second = Int(secondOfDay % 60)
    }

    /// Seconds since midnight, 0–86 399.
    public var secondOfDay: Int { hour * 3600 + minute * 60 + second }

    /// The wall-clock reading as seconds since 1970-01-01T00:00:00 on an offset-free clock.
    var wallSeconds: Int64 { Int64(date.daysSinceEpoch) * 86_400 + Int64(secondOfDay) }

    /// ISO 8601 text without offset, `"2018-01-31T10:20:11"`.
    public var iso: String {
        "\(date.iso)T\(CivilDays.pad(hour, width: 2)):\(CivilDays.pad(minute, width: 2)):\(CivilDays.pad(second, width: 2))"
    }

    /// Same as ``iso``.
    public var description: String { iso }

    /// Wall-clock order: by date, then time of day.
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.secondOfDay) < (rhs.date, rhs.secondOfDay)
    }

    /// Decodes from an ISO string accepted by ``init(iso:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = LocalDateTime(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Not a date-time in the form YYYY-MM-DDTHH:MM:SS: \(text)")
        }
        self = value
    }

    /// Encodes as ``iso``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

extension Int64 {
    /// Floor division with a non-negative remainder (`divisor` must be positive).
    func floorDivided(by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = self / divisor
        let remainder = self % divisor
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
