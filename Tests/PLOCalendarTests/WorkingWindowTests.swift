import PLOCalendar
import Testing

@Suite struct WorkingWindowTests {
    let window = WorkingWindow.standard

    @Test(arguments: [
        ("2026-01-09T08:00:00", true),  // Friday, opening second
        ("2026-01-09T14:59:59", true),
        ("2026-01-09T15:00:00", false),
        ("2026-01-09T07:59:59", false),
        ("2026-01-12T10:00:00", true),  // Monday
        ("2026-01-10T10:00:00", false),  // Saturday
        ("2026-01-11T10:00:00", false),  // Sunday
        ("2026-04-02T10:00:00", false),  // Maundy Thursday
        ("2026-04-03T10:00:00", false),  // Good Friday
        ("2026-04-06T10:00:00", false),  // Easter Monday
        ("2026-05-14T10:00:00", false),  // Ascension Day
        ("2028-05-17T10:00:00", false),  // 17 May on a Wednesday
        ("2028-05-16T10:00:00", true),
        ("2026-12-24T10:00:00", true),  // Christmas Eve is an ordinary day by default
        ("2026-01-01T10:00:00", false),
    ])
    func contains(text: String, inside: Bool) throws {
        #expect(window.contains(try time(text)) == inside)
    }

    @Test(arguments: [
        // Outside: the earliest opening at or after t.
        ("2026-01-09T15:00:00", "2026-01-12T08:00:00"),  // Friday close → Monday
        ("2026-01-10T10:00:00", "2026-01-12T08:00:00"),  // Saturday
        ("2026-01-12T07:59:59", "2026-01-12T08:00:00"),  // Monday morning
        ("2026-01-12T00:00:00", "2026-01-12T08:00:00"),
        ("2026-01-12T23:00:00", "2026-01-13T08:00:00"),
        // before Easter → Tuesday after Easter Monday
        ("2026-04-01T15:00:00", "2026-04-07T08:00:00"),
        ("2026-04-02T09:00:00", "2026-04-07T08:00:00"),  // on Maundy Thursday
        ("2026-05-13T18:00:00", "2026-05-15T08:00:00"),  // evening before Ascension Day
        ("2028-05-16T16:00:00", "2028-05-18T08:00:00"),  // before 17 May on a Tuesday
        ("2026-12-23T15:00:00", "2026-12-24T08:00:00"),
        ("2026-12-31T15:00:00", "2027-01-04T08:00:00"),  // New Year's Day Friday, then weekend
        // Inside: the next day's opening.
        ("2026-01-09T14:59:59", "2026-01-12T08:00:00"),
        ("2026-01-12T08:00:00", "2026-01-13T08:00:00"),
        ("2026-05-13T10:00:00", "2026-05-15T08:00:00"),
    ])
    func nextOpening(text: String, expected: String) throws {
        #expect(window.nextOpening(after: try time(text)) == (try time(expected)))
    }

    @Test func currentOrNextOpening() throws {
        let inside = try time("2026-01-09T14:59:59")
        #expect(window.currentOrNextOpening(inside) == inside)
        #expect(
            window.currentOrNextOpening(try time("2026-01-09T15:00"))
                == (try time("2026-01-12T08:00")))
        #expect(
            window.currentOrNextOpening(try time("2026-01-12T06:00"))
                == (try time("2026-01-12T08:00")))
    }

    @Test func closing() throws {
        #expect(window.closing(on: try date("2026-01-09")) == (try time("2026-01-09T15:00:00")))
        let late = WorkingWindow(openHour: 7, closeHour: 24)
        #expect(late.closing(on: try date("2026-01-09")) == (try time("2026-01-10T00:00:00")))
        #expect(late.contains(try time("2026-01-09T23:59:59")))
        #expect(!late.contains(try time("2026-01-09T06:59:59")))
    }

    @Test func configuredClosedDays() throws {
        let closedEves = WorkingWindow(
            calendar: HolidayCalendar(christmasEveClosed: true, newYearsEveClosed: true))
        #expect(!closedEves.contains(try time("2026-12-24T10:00:00")))
        // 24 (Thu) and 25 (Fri) closed, weekend, so Monday 28.
        #expect(
            closedEves.nextOpening(after: try time("2026-12-23T15:00:00"))
                == (try time("2026-12-28T08:00:00")))
        let extra = WorkingWindow(
            calendar: HolidayCalendar(extraClosedDays: [try date("2026-01-12")]))
        #expect(
            extra.nextOpening(after: try time("2026-01-09T15:00:00"))
                == (try time("2026-01-13T08:00:00")))
    }

    @Test func customHours() throws {
        let custom = WorkingWindow(openHour: 9, closeHour: 16)
        #expect(custom.contains(try time("2026-01-09T15:30:00")))
        #expect(!custom.contains(try time("2026-01-09T08:30:00")))
        #expect(
            custom.nextOpening(after: try time("2026-01-12T08:30:00"))
                == (try time("2026-01-12T09:00:00")))
    }
}
