import Foundation
import PLOCalendar
import Testing

@Suite struct LocalDateTests {
    @Test(arguments: [
        ("2018-01-31", 2018, 1, 31), ("2016-02-29", 2016, 2, 29), ("2000-02-29", 2000, 2, 29),
        ("0001-01-01", 1, 1, 1), ("9999-12-31", 9999, 12, 31),
    ])
    func parsesValidISODates(text: String, year: Int, month: Int, day: Int) throws {
        let parsed = try #require(LocalDate(iso: text))
        #expect(parsed.year == year && parsed.month == month && parsed.day == day)
        #expect(parsed.description == text)
        #expect(LocalDate(year: year, month: month, day: day) == parsed)
    }

    @Test(arguments: [
        "", "2018-02-29", "1900-02-29", "2018-02-30", "2018-04-31", "2018-13-01", "2018-00-10",
        "2018-01-00", "0000-01-01", "2018-1-31", "18-01-31", "2018/01/31", "2018-01-31T00:00",
        " 2018-01-31", "2018-01-31 ", "20180131", "2018-01-3a",
    ])
    func rejectsInvalidISODates(text: String) {
        #expect(LocalDate(iso: text) == nil)
    }

    @Test(arguments: [
        ("1970-01-01", Weekday.thursday), ("1900-01-01", .monday), ("2000-02-29", .tuesday),
        ("2018-01-31", .wednesday), ("2026-05-17", .sunday), ("2027-05-17", .monday),
        ("2028-05-17", .wednesday), ("2026-01-10", .saturday),
    ])
    func weekdays(text: String, expected: Weekday) throws {
        #expect(try date(text).weekday == expected)
    }

    @Test func arithmeticCrossesMonthsYearsAndLeapDays() throws {
        #expect(try date("2018-01-31").adding(days: 1) == date("2018-02-01"))
        #expect(try date("2016-02-28").adding(days: 1) == date("2016-02-29"))
        #expect(try date("2015-02-28").adding(days: 1) == date("2015-03-01"))
        #expect(try date("2018-12-31").adding(days: 1) == date("2019-01-01"))
        #expect(try date("2019-01-01").adding(days: -1) == date("2018-12-31"))
        #expect(try date("2026-01-01").adding(days: 365) == date("2027-01-01"))
        #expect(try date("2024-01-01").adding(days: 366) == date("2025-01-01"))
        #expect(try date("2026-03-01").days(until: date("2026-02-01")) == -28)
        #expect(try date("1970-01-01").daysSinceEpoch == 0)
    }

    @Test func matchesFoundationForEveryDay1900To2200() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        let first = try date("1900-01-01").daysSinceEpoch
        let last = try date("2200-12-31").daysSinceEpoch
        var mismatches: [String] = []
        for days in first...last {
            let local = LocalDate(daysSinceEpoch: days)
            let parts = calendar.dateComponents(
                [.year, .month, .day, .weekday],
                from: Date(timeIntervalSince1970: Double(days) * 86_400))
            // Foundation weekdays: 1 = Sunday … 7 = Saturday.
            let foundationWeekday = ((parts.weekday ?? 0) + 5) % 7 + 1
            if parts.year != local.year || parts.month != local.month || parts.day != local.day
                || foundationWeekday != local.weekday.rawValue || local.daysSinceEpoch != days
            {
                mismatches.append("\(days): \(local) \(parts)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func ordersChronologically() throws {
        #expect(try date("2018-01-31") < date("2018-02-01"))
        #expect(try date("2017-12-31") < date("2018-01-01"))
        #expect(try !(date("2018-01-31") < date("2018-01-31")))
    }

    @Test func codableAsISOString() throws {
        let value = try date("2018-01-31")
        let data = try JSONEncoder().encode([value])
        #expect(String(decoding: data, as: UTF8.self) == #"["2018-01-31"]"#)
        #expect(try JSONDecoder().decode([LocalDate].self, from: data) == [value])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: Data(#"["2018-02-30"]"#.utf8))
        }
    }
}
