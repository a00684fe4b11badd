import PLOCalendar
import Testing

@Suite struct DurationTextTests {
    @Test(
        arguments: [
            (0, "0 s"), (45, "45 s"), (59, "59 s"), (60, "1 min"), (125, "2 min"), (3600, "1 t"),
            (7500, "2 t 5 min"), (7559, "2 t 5 min"), (86_400, "1 d"), (90_060, "1 d 1 t 1 min"),
            (26 * 3600 + 300, "1 d 2 t 5 min"), (-300, "-5 min"), (-45, "-45 s"),
            (Int64.min, "-106751991167300 d 15 t 30 min"),
        ] as [(Int64, String)])
    func formats(seconds: Int64, expected: String) {
        #expect(formatDuration(seconds: seconds) == expected)
    }
}
