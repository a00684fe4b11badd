import PLOCalendar
import Testing

@Suite struct HolidayCalendarTests {
    func listing(_ holidays: [Holiday]) -> [String] { holidays.map(\.description) }

    @Test func allHolidaysOf2026() {
        #expect(
            listing(HolidayCalendar.norway.holidays(in: 2026)) == [
                "2026-01-01 Første nyttårsdag",
                "2026-04-02 Skjærtorsdag",
                "2026-04-03 Langfredag",
                "2026-04-05 Første påskedag",
                "2026-04-06 Andre påskedag",
                "2026-05-01 Arbeidernes dag",
                "2026-05-14 Kristi himmelfartsdag",
                "2026-05-17 Grunnlovsdag",
                "2026-05-24 Første pinsedag",
                "2026-05-25 Andre pinsedag",
                "2026-12-25 Første juledag",
                "2026-12-26 Andre juledag",
            ])
    }

    /// In 2027 Whit Monday falls on 17 May: both are listed; `holiday(on:)` names Grunnlovsdag.
    @Test func allHolidaysOf2027() throws {
        #expect(
            listing(HolidayCalendar.norway.holidays(in: 2027)) == [
                "2027-01-01 Første nyttårsdag",
                "2027-03-25 Skjærtorsdag",
                "2027-03-26 Langfredag",
                "2027-03-28 Første påskedag",
                "2027-03-29 Andre påskedag",
                "2027-05-01 Arbeidernes dag",
                "2027-05-06 Kristi himmelfartsdag",
                "2027-05-16 Første pinsedag",
                "2027-05-17 Grunnlovsdag",
                "2027-05-17 Andre pinsedag",
                "2027-12-25 Første juledag",
                "2027-12-26 Andre juledag",
            ])
        #expect(HolidayCalendar.norway.holiday(on: try date("2027-05-17"))?.name == "Grunnlovsdag")
    }

    @Test func holidayOnAgreesWithHolidaysInForManyYears() {
        let calendar = HolidayCalendar(christmasEveClosed: true, newYearsEveClosed: true)
        var mismatches: [String] = []
        for year in 1990...2060 {
            let listed = calendar.holidays(in: year)
            var day = LocalDate(year: year, month: 1, day: 1)
            while let current = day, current.year == year {
                let expected = listed.first { $0.date == current }
                if calendar.holiday(on: current) != expected {
                    mismatches.append("\(current)")
                }
                day = current.adding(days: 1)
            }
            if listed.map(\.date) != listed.map(\.date).sorted() {
                mismatches.append("\(year) unsorted")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func seventeenthOfMayOnAWeekday() throws {
        let day = try date("2028-05-17")
        #expect(day.weekday == .wednesday)
        #expect(HolidayCalendar.norway.holiday(on: day)?.name == "Grunnlovsdag")
        #expect(HolidayCalendar.norway.isClosed(day))
        #expect(!HolidayCalendar.norway.isClosed(try date("2028-05-16")))
        #expect(!HolidayCalendar.norway.isClosed(try date("2028-05-18")))
    }

    @Test func weekendsAreClosedButNotHolidays() throws {
        let saturday = try date("2026-01-10")
        #expect(HolidayCalendar.norway.isClosed(saturday))
        #expect(HolidayCalendar.norway.holiday(on: saturday) == nil)
        #expect(HolidayCalendar.norway.isClosed(try date("2026-01-11")))
        #expect(!HolidayCalendar.norway.isClosed(try date("2026-01-12")))
    }

    @Test func christmasEveAndNewYearsEveAreConfigurable() throws {
        let christmasEve = try date("2026-12-24")  // Thursday
        let newYearsEve = try date("2026-12-31")  // Thursday
        #expect(HolidayCalendar.norway.holiday(on: christmasEve) == nil)
        #expect(!HolidayCalendar.norway.isClosed(christmasEve))
        #expect(!HolidayCalendar.norway.isClosed(newYearsEve))

        let closed = HolidayCalendar(christmasEveClosed: true, newYearsEveClosed: true)
        #expect(closed.holiday(on: christmasEve)?.name == "Julaften")
        #expect(closed.holiday(on: newYearsEve)?.name == "Nyttårsaften")
        #expect(closed.holidays(in: 2026).count == 14)

        let onlyChristmasEve = HolidayCalendar(christmasEveClosed: true)
        #expect(onlyChristmasEve.isClosed(christmasEve))
        #expect(!onlyChristmasEve.isClosed(newYearsEve))
    }

    @Test func extraClosedDays() throws {
        let extra = try date("2026-06-19")  // a Friday
        let alreadyHoliday = try date("2026-05-14")
        let calendar = HolidayCalendar(extraClosedDays: [extra, alreadyHoliday])
        #expect(calendar.holiday(on: extra)?.name == "Stengt dag")
        #expect(calendar.isClosed(extra))
        #expect(!HolidayCalendar.norway.isClosed(extra))
        #expect(calendar.holiday(on: alreadyHoliday)?.name == "Kristi himmelfartsdag")
        let listed = calendar.holidays(in: 2026)
        #expect(listed.count == 13)
        #expect(listed.contains(Holiday(date: extra, name: "Stengt dag")))
        #expect(calendar.holidays(in: 2025).count == 12)
    }
}
