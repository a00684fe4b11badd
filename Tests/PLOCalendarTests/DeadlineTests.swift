import PLOCalendar
import Testing

@Suite struct DeadlineTests {
    @Test(arguments: [
        // Across the spring change 4 real hours end at 05:30, across the autumn change at 03:30.
        ("2026-03-29T00:30:00", 4, "2026-03-29T05:30:00"),
        ("2026-10-25T00:30:00", 4, "2026-10-25T03:30:00"),
        ("2026-03-28T12:00:00", 24, "2026-03-29T13:00:00"),
        ("2026-10-24T12:00:00", 24, "2026-10-25T11:00:00"),
        // Ordinary nights, weekends and holidays count like any other hour.
        ("2026-01-09T22:00:00", 4, "2026-01-10T02:00:00"),
        ("2026-01-09T14:00:00", 24, "2026-01-10T14:00:00"),
        ("2026-12-31T23:00:00", 4, "2027-01-01T03:00:00"),
        ("2026-04-02T10:00:00", 0, "2026-04-02T10:00:00"),
    ])
    func addingRealHours(start: String, hours: Int, expected: String) throws {
        #expect(Deadline.adding(hours: hours, to: try time(start)) == (try time(expected)))
    }

    @Test func elapsedSecondsAreRealTime() throws {
        #expect(
            Deadline.elapsedSeconds(
                from: try time("2026-03-29T00:30"), to: try time("2026-03-29T05:30")) == 4 * 3600)
        #expect(
            Deadline.elapsedSeconds(
                from: try time("2026-10-25T00:30"), to: try time("2026-10-25T03:30")) == 4 * 3600)
        #expect(
            Deadline.elapsedSeconds(
                from: try time("2026-03-28T12:00"), to: try time("2026-03-29T12:00")) == 23 * 3600)
        #expect(
            Deadline.elapsedSeconds(
                from: try time("2026-10-24T12:00"), to: try time("2026-10-25T12:00")) == 25 * 3600)
        #expect(
            Deadline.elapsedSeconds(
                from: try time("2026-01-10T12:00"), to: try time("2026-01-09T12:00")) == -24 * 3600)
    }

    @Test func latenessIsNilUpToAndIncludingTheDeadline() throws {
        let start = try time("2026-03-29T00:30:00")
        #expect(
            Deadline.lateness(sent: try time("2026-03-29T05:30:00"), start: start, hours: 4) == nil)
        #expect(
            Deadline.lateness(sent: try time("2026-03-29T05:30:01"), start: start, hours: 4) == 1)
        #expect(
            Deadline.lateness(sent: try time("2026-03-29T04:30:00"), start: start, hours: 4) == nil)
        #expect(
            Deadline.lateness(sent: try time("2026-03-29T00:00:00"), start: start, hours: 4) == nil)
        let autumn = try time("2026-10-25T00:30:00")
        #expect(
            Deadline.lateness(sent: try time("2026-10-25T04:30:00"), start: autumn, hours: 4)
                == 3600)
        #expect(
            Deadline.lateness(
                sent: try time("2026-01-11T14:05:00"), start: try time("2026-01-09T12:00:00"),
                hours: 24)
                == 26 * 3600 + 5 * 60)
    }
}
