import PLOCalendar
import Testing

@Suite struct DayZeroTests {
    /// (utskrivningsklar sent, information sent, eligible, earliest reception).
    /// 2026-01-12 is a Monday.
    @Test(arguments: [
        ("2026-01-12T10:00:00", "2026-01-12T09:00:00", true, "2026-01-12"),
        // information in the message
        ("2026-01-12T10:00:00", "2026-01-12T10:00:00", true, "2026-01-12"),
        // information the evening before
        ("2026-01-12T10:00:00", "2026-01-11T20:00:00", true, "2026-01-12"),
        // information later, still in window
        ("2026-01-12T10:00:00", "2026-01-12T14:59:59", true, "2026-01-12"),
        ("2026-01-12T08:00:00", "2026-01-09T11:00:00", true, "2026-01-12"),
        ("2026-01-12T14:59:59", "2026-01-12T14:00:00", true, "2026-01-12"),
        // information after closing
        ("2026-01-12T10:00:00", "2026-01-12T15:00:00", false, "2026-01-13"),
        // information next day
        ("2026-01-12T10:00:00", "2026-01-13T09:00:00", false, "2026-01-13"),
        // utskrivningsklar at 15:00
        ("2026-01-12T15:00:00", "2026-01-12T09:00:00", false, "2026-01-13"),
        ("2026-01-12T07:00:00", "2026-01-11T09:00:00", false, "2026-01-12"),  // before opening
        ("2026-01-09T15:30:00", "2026-01-09T10:00:00", false, "2026-01-12"),  // Friday afternoon
        ("2026-01-10T10:00:00", "2026-01-10T10:00:00", false, "2026-01-12"),  // Saturday
        ("2026-04-02T10:00:00", "2026-04-02T10:00:00", false, "2026-04-07"),  // Maundy Thursday
        // before Ascension Day
        ("2026-05-13T14:00:00", "2026-05-13T15:30:00", false, "2026-05-15"),
    ])
    func eligibility(
        utskrivningsklar: String, information: String, eligible: Bool, reception: String
    ) throws {
        let sent = try time(utskrivningsklar)
        let info = try time(information)
        #expect(DayZero.isEligible(utskrivningsklarSent: sent, informationSent: info) == eligible)
        #expect(
            DayZero.earliestReception(
                utskrivningsklarSent: sent, informationSent: info, window: .standard)
                == (try date(reception)))
    }

    @Test func missingInformationIsNotEligible() throws {
        let sent = try time("2026-01-12T10:00:00")
        #expect(!DayZero.isEligible(utskrivningsklarSent: sent, informationSent: nil))
        #expect(
            DayZero.earliestReception(
                utskrivningsklarSent: sent, informationSent: nil, window: .standard)
                == (try date("2026-01-12")))
        #expect(
            DayZero.earliestReception(
                utskrivningsklarSent: try time("2026-01-09T16:00:00"), informationSent: nil,
                window: .standard)
                == (try date("2026-01-12")))
    }

    @Test func usesTheGivenWindow() throws {
        let christmasEve = try time("2026-12-24T10:00:00")
        #expect(
            DayZero.isEligible(utskrivningsklarSent: christmasEve, informationSent: christmasEve))
        let closedEve = WorkingWindow(calendar: HolidayCalendar(christmasEveClosed: true))
        #expect(
            !DayZero.isEligible(
                utskrivningsklarSent: christmasEve, informationSent: christmasEve, window: closedEve
            ))
        #expect(
            DayZero.earliestReception(
                utskrivningsklarSent: christmasEve, informationSent: christmasEve, window: closedEve
            )
                == (try date("2026-12-28")))
    }
}
