import PLOCalendar
import Testing

@Suite struct EasterTests {
    /// Gauss's Easter algorithm (Gregorian), with its two classic exceptions.
    static func gauss(_ year: Int) -> (month: Int, day: Int) {
        let a = year % 19
        let b = year % 4
        let c = year % 7
        let k = year / 100
        let p = (13 + 8 * k) / 25
        let q = k / 4
        let m = (15 - p + k - q) % 30
        let n = (4 + k - q) % 7
        let d = (19 * a + m) % 30
        let e = (2 * b + 4 * c + 6 * d + n) % 7
        if d == 29 && e == 6 { return (4, 19) }
        if d == 28 && e == 6 && (11 * m + 11) % 30 < 19 { return (4, 18) }
        let marchDay = 22 + d + e
        return marchDay > 31 ? (4, marchDay - 31) : (3, marchDay)
    }

    /// Oudin's algorithm (1940), as given by Claus Tøndering's calendar FAQ.
    static func oudin(_ year: Int) -> (month: Int, day: Int) {
        let g = year % 19
        let c = year / 100
        let h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30
        let i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11))
        let j = (year + year / 4 + i + 2 - c + c / 4) % 7
        let l = i - j
        let month = 3 + (l + 40) / 44
        let day = l + 28 - 31 * (month / 4)
        return (month, day)
    }

    @Test func agreesWithGaussAndOudinFor1900To2200() {
        var mismatches: [String] = []
        for year in 1900...2200 {
            let easter = HolidayCalendar.easterSunday(year: year)
            let gauss = Self.gauss(year)
            let oudin = Self.oudin(year)
            if easter.year != year || (easter.month, easter.day) != gauss || gauss != oudin {
                mismatches.append("\(year): \(easter) gauss=\(gauss) oudin=\(oudin)")
            }
            if easter.weekday != .sunday { mismatches.append("\(year): \(easter) is not a Sunday") }
        }
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test(arguments: [
        (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"),
        (2038, "2038-04-25"),  // latest possible date
        (2285, "2285-03-22"),  // earliest possible date
        (1818, "1818-03-22"), (1943, "1943-04-25"), (2000, "2000-04-23"), (2008, "2008-03-23"),
        (1981, "1981-04-19"),  // Gauss exception d = 29, e = 6
        (1954, "1954-04-18"),  // Gauss exception d = 28, e = 6
        (2019, "2019-04-21"), (2049, "2049-04-18"),
    ])
    func knownDatesFromAlmanac(year: Int, expected: String) throws {
        #expect(HolidayCalendar.easterSunday(year: year) == (try date(expected)))
    }
}
