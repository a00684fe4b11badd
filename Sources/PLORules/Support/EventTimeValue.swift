import PLOCalendar

/// A `TidspunktForHendelse/@V` value read the way the event rules need it.
enum EventTimeValue: Equatable {
    /// A date and clock time.
    case dateTime(LocalDateTime)
    /// A calendar date without clock time.
    case date(LocalDate)
    /// Schema-valid but less than a date (`2018`, `2018-01`, or a bare time).
    case partial
    /// Not a date at all (or an impossible one, e.g. `2018-02-30`).
    case invalid

    /// Reads `text`; an offset after a date (`2018-01-31+01:00`, `Z`) is ignored.
    init(_ text: String) {
        if text.contains("T") {
            if let value = LocalDateTime(iso: text) {
                self = .dateTime(value)
            } else {
                self = .invalid
            }
            return
        }
        var dateText = Substring(text)
        if text.utf8.count > 10 {
            let index = text.index(text.startIndex, offsetBy: 10)
            if "Z+-".contains(text[index]) { dateText = text[..<index] }
        }
        if let value = LocalDate(iso: String(dateText)) {
            self = .date(value)
            return
        }
        if Self.isPartial(text) {
            self = .partial
        } else {
            self = .invalid
        }
    }

    /// `YYYY`, `YYYY-MM` or `hh:mm:ss`.
    private static func isPartial(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < bytes.count && bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        switch bytes.count {
        case 4: return digits(0..<4)
        case 7: return digits(0..<4) && bytes[4] == UInt8(ascii: "-") && digits(5..<7)
        case 8: return digits(0..<2) && bytes[2] == UInt8(ascii: ":") && digits(3..<5) && bytes[5] == UInt8(ascii: ":") && digits(6..<8)
        default: return false
        }
    }

    /// Whether the time lies after `reference` (a date-only time is after it only from the next day on).
    func isAfter(_ reference: LocalDateTime) -> Bool {
        switch self {
        case .dateTime(let value): value > reference
        case .date(let value): value > reference.date
        case .partial, .invalid: false
        }
    }
}
