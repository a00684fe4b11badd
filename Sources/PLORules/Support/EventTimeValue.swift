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
    ///
    /// Works on the UTF-8 bytes throughout: any text (multibyte characters, a lone combining
    /// mark, a non-breaking hyphen) is read without indexing characters by byte counts.
    init(_ text: String) {
        let bytes = text.utf8
        if bytes.contains(UInt8(ascii: "T")) {
            if let value = LocalDateTime(iso: text) {
                self = .dateTime(value)
            } else {
                self = .invalid
            }
            return
        }
        var dateText = text
        if bytes.count > 10 {
            let tenth = bytes[bytes.index(bytes.startIndex, offsetBy: 10)]
            if tenth == UInt8(ascii: "Z") || tenth == UInt8(ascii: "+") || tenth == UInt8(ascii: "-") {
                // The first ten bytes are followed by an ASCII byte, so they end on a character boundary.
                dateText = String(decoding: bytes.prefix(10), as: UTF8.self)
            }
        }
        if let value = LocalDate(iso: dateText) {
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
