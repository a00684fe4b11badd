extension LocalDateTime {
    /// Parses an ISO 8601 date-time as found in PLO messages (e.g. MsgHead `GenDate`).
    ///
    /// Accepted forms (a capital `T` separates date and time):
    /// - `2018-01-31T10:20:11` and `2018-01-31T10:20` (seconds default to 0): Oslo wall-clock time;
    /// - fractional seconds `2018-01-31T10:20:11.123` (one or more digits, dropped, not rounded);
    /// - an explicit offset `Z`, `+01:00`, `-05:00` (up to ±18:00) after any of the above: the instant
    ///   is converted to Oslo wall-clock time with ``Oslo/local(_:)``.
    ///
    /// Everything else is rejected: other separators, missing fields, impossible dates
    /// (`2018-02-30`), hour 24, second 60, offsets without a colon, trailing text.
    public init?(iso: String) {
        var scanner = ASCIIScanner(iso)
        guard let date = scanner.localDate(), scanner.consume(UInt8(ascii: "T")),
            let hour = scanner.digits(2), scanner.consume(UInt8(ascii: ":")),
            let minute = scanner.digits(2)
        else { return nil }
        var second = 0
        if scanner.consume(UInt8(ascii: ":")) {
            guard let value = scanner.digits(2) else { return nil }
            second = value
            if scanner.consume(UInt8(ascii: ".")) {
                guard scanner.skipDigits() > 0 else { return nil }
            }
        }
        guard let wall = LocalDateTime(date: date, hour: hour, minute: minute, second: second)
        else {
            return nil
        }
        if scanner.isAtEnd {
            self = wall
            return
        }
        guard let offset = scanner.utcOffset(), scanner.isAtEnd else { return nil }
        self = Oslo.local(wall.wallSeconds - Int64(offset))
    }
}

extension ASCIIScanner {
    /// Consumes `Z` or `±HH:MM` and returns the offset east of UTC in seconds.
    mutating func utcOffset() -> Int? {
        if consume(UInt8(ascii: "Z")) { return 0 }
        let sign: Int
        if consume(UInt8(ascii: "+")) {
            sign = 1
        } else if consume(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = digits(2), consume(UInt8(ascii: ":")), let minutes = digits(2),
            minutes < 60, hours * 60 + minutes <= 18 * 60
        else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
