import Foundation
import PLOCalendar
import Testing

@Suite struct LocalDateTimeTests {
    @Test(arguments: [
        ("2018-01-31T10:20:11", "2018-01-31T10:20:11"),
        ("2018-01-31T10:20", "2018-01-31T10:20:00"),
        ("2018-01-31T10:20:11.123", "2018-01-31T10:20:11"),
        ("2018-01-31T10:20:11.999999", "2018-01-31T10:20:11"),
        ("2016-02-29T00:00:00", "2016-02-29T00:00:00"),
        ("2018-12-31T23:59:59", "2018-12-31T23:59:59"),
        // Explicit offsets are converted to Oslo wall-clock time.
        ("2018-01-31T10:20:11+01:00", "2018-01-31T10:20:11"),
        ("2018-01-31T09:20:11Z", "2018-01-31T10:20:11"),
        ("2018-01-31T09:20:11.5Z", "2018-01-31T10:20:11"),
        ("2018-01-31T04:20:11-05:00", "2018-01-31T10:20:11"),
        ("2018-01-31T10:20+01:00", "2018-01-31T10:20:00"),
        ("2018-07-01T08:00:00Z", "2018-07-01T10:00:00"),
        ("2018-07-01T10:00:00+02:00", "2018-07-01T10:00:00"),
        ("2018-07-01T10:00:00+01:00", "2018-07-01T11:00:00"),
        ("2018-12-31T23:30:00Z", "2019-01-01T00:30:00"),
        ("2018-01-31T10:20:11+05:30", "2018-01-31T05:50:11"),
        ("2026-10-25T00:30:00Z", "2026-10-25T02:30:00"),
        ("2026-10-25T01:30:00Z", "2026-10-25T02:30:00"),
        ("2026-03-29T01:00:00Z", "2026-03-29T03:00:00"),
    ])
    func parsesAcceptedForms(text: String, expected: String) throws {
        let parsed = try #require(LocalDateTime(iso: text))
        #expect(parsed.iso == expected)
        #expect(parsed.description == expected)
    }

    @Test(arguments: [
        "", "2018-01-31", "2018-01-31 10:20:11", "2018-01-31t10:20:11", "2018-01-31T10",
        "2018-01-31T10:2", "2018-01-31T1:20:11", "2018-02-30T10:00:00", "2018-02-29T10:00",
        "2018-01-31T24:00:00", "2018-01-31T10:60", "2018-01-31T10:20:60", "2018-1-31T10:20:11",
        "18-01-31T10:20:11", "2018-01-31T10:20:11.", "2018-01-31T10:20.5",
        "2018-01-31T10:20:11+0100", "2018-01-31T10:20:11+01", "2018-01-31T10:20:11z",
        "2018-01-31T10:20:11 ", " 2018-01-31T10:20:11", "2018-01-31T10:20:11+01:00Z",
        "2018-01-31T10:20:11Z+01:00", "2018-13-01T10:00", "0000-01-01T00:00",
        "2018-01-31T10:20:11+19:00", "2018-01-31T10:20:11+01:60", "2018-01-31T1a:20:11",
        "2018-01-31T10:20:11,123", "2018-01-31T10:20:11 +01:00", "2018-01-31T10:20:11UTC",
    ])
    func rejectsEverythingElse(text: String) {
        #expect(LocalDateTime(iso: text) == nil)
    }

    @Test func memberwiseValidation() {
        #expect(
            LocalDateTime(year: 2018, month: 1, day: 31, hour: 10, minute: 20, second: 11) != nil)
        #expect(
            LocalDateTime(year: 2018, month: 2, day: 30, hour: 10, minute: 20, second: 11) == nil)
        #expect(LocalDateTime(year: 2018, month: 1, day: 31, hour: 24, minute: 0, second: 0) == nil)
        #expect(LocalDateTime(year: 2018, month: 1, day: 31, hour: -1, minute: 0, second: 0) == nil)
        #expect(
            LocalDateTime(year: 2018, month: 1, day: 31, hour: 10, minute: 60, second: 0) == nil)
        #expect(
            LocalDateTime(year: 2018, month: 1, day: 31, hour: 10, minute: 0, second: 60) == nil)
    }

    @Test func ordersByDateThenTime() throws {
        #expect(try time("2018-01-31T23:59:59") < time("2018-02-01T00:00:00"))
        #expect(try time("2018-01-31T10:20:11") < time("2018-01-31T10:20:12"))
        #expect(try time("2018-01-31T09:59:59") < time("2018-01-31T10:00:00"))
        #expect(try time("2018-01-31T10:20") == time("2018-01-31T10:20:00"))
    }

    @Test func codableAsISOString() throws {
        let value = try time("2018-01-31T10:20:11")
        let data = try JSONEncoder().encode([value])
        #expect(String(decoding: data, as: UTF8.self) == #"["2018-01-31T10:20:11"]"#)
        #expect(try JSONDecoder().decode([LocalDateTime].self, from: data) == [value])
        let withOffset = Data(#"["2018-01-31T09:20:11Z"]"#.utf8)
        #expect(try JSONDecoder().decode([LocalDateTime].self, from: withOffset) == [value])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(
                [LocalDateTime].self, from: Data(#"["2018-01-31 10:20"]"#.utf8))
        }
    }
}
