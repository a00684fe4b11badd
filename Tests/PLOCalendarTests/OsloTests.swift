import Foundation
import PLOCalendar
import Testing

@Suite struct OsloTests {
    let zone: TimeZone

    init() throws {
        zone = try #require(TimeZone(identifier: "Europe/Oslo"))
    }

    func foundationOffset(_ unixSeconds: Int64) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(unixSeconds)))
    }

    func unix(_ isoUTC: String) throws -> Int64 {
        let wall = try time(isoUTC)
        return Int64(wall.date.daysSinceEpoch) * 86_400 + Int64(wall.secondOfDay)
    }

    @Test func offsetMatchesTzdataEveryHour1980To2040() throws {
        let start = try unix("1980-01-01T00:00:00")
        let end = try unix("2041-01-01T00:00:00")
        var mismatches: [Int64] = []
        for instant in stride(from: start, to: end, by: 3600)
        where Oslo.utcOffsetSeconds(at: instant) != foundationOffset(instant) {
            mismatches.append(instant)
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map { Oslo.local($0) })")
    }

    /// Foundation on Linux takes its zone data from ICU, which links Europe/Oslo to Europe/Berlin
    /// (different summer times before 1980), so the system tz database is read directly here.
    @Test func everyTransitionMatchesSystemTzdata1895To2037() throws {
        let tzif = try #require(TZifFile(path: "/usr/share/zoneinfo/Europe/Oslo"))
        let from = try unix("1895-01-01T00:00:00")
        let transitions = tzif.transitions.filter { $0.at >= from }
        #expect(transitions.count > 2 * (2037 - 1980))
        var mismatches: [String] = []
        for transition in transitions {
            for probe in [transition.at - 1, transition.at]
            where Oslo.utcOffsetSeconds(at: probe) != tzif.offset(at: probe) {
                mismatches.append("\(probe) (\(Oslo.local(probe)))")
            }
        }
        // Between transitions too, every six hours.
        let end = try #require(transitions.last?.at)
        for instant in stride(from: from, to: end, by: 6 * 3600)
        where Oslo.utcOffsetSeconds(at: instant) != tzif.offset(at: instant) {
            mismatches.append("\(instant) (\(Oslo.local(instant)))")
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// Every transition Foundation (ICU) knows from 1980 to 2100, checked to the second on both sides.
    @Test func everyTransitionToTheSecond1980To2100() throws {
        var transition = zone.nextDaylightSavingTimeTransition(
            after: Date(timeIntervalSince1970: Double(try unix("1980-01-01T00:00:00"))))
        let limit = Date(timeIntervalSince1970: Double(try unix("2100-12-31T00:00:00")))
        var count = 0
        var mismatches: [String] = []
        while let moment = transition, moment < limit {
            let instant = Int64(moment.timeIntervalSince1970)
            for probe in [instant - 1, instant]
            where Oslo.utcOffsetSeconds(at: probe) != foundationOffset(probe) {
                mismatches.append("\(probe) (\(Oslo.local(probe)))")
            }
            count += 1
            transition = zone.nextDaylightSavingTimeTransition(after: moment)
        }
        #expect(count == 2 * (2100 - 1980 + 1))
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func localMatchesFoundationCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let start = try unix("1990-01-01T00:00:00")
        let end = try unix("2040-01-01T00:00:00")
        var mismatches: [String] = []
        // An odd stride (7 h 13 min 17 s) walks through every time of day.
        for instant in stride(from: start, to: end, by: 7 * 3600 + 13 * 60 + 17) {
            let local = Oslo.local(instant)
            let parts = calendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second],
                from: Date(timeIntervalSince1970: Double(instant)))
            if parts.year != local.date.year || parts.month != local.date.month
                || parts.day != local.date.day
                || parts.hour != local.hour || parts.minute != local.minute
                || parts.second != local.second
            {
                mismatches.append("\(instant): \(local)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// For every wall-clock half hour, `instant` uses an offset tzdata confirms at that instant;
    /// the only exception is the skipped spring hour, where +01:00 is used by definition; where
    /// both offsets fit (the repeated autumn hour) the first occurrence, +02:00, is chosen.
    @Test func instantResolvesEveryWallClockTime1980To2037() throws {
        let tzif = try #require(TZifFile(path: "/usr/share/zoneinfo/Europe/Oslo"))
        let first = try date("1980-01-01").daysSinceEpoch
        let last = try date("2037-12-31").daysSinceEpoch
        var problems: [String] = []
        var skipped = 0
        var repeated = 0
        for day in first...last {
            for half in 0..<48 {
                let wallSeconds = Int64(day) * 86_400 + Int64(half) * 1800
                guard
                    let t = LocalDate(daysSinceEpoch: day).at(hour: half / 2, minute: half % 2 * 30)
                else { continue }
                let instant = Oslo.instant(t)
                let used = Int(wallSeconds - instant)
                let fitsStandard = tzif.offset(at: wallSeconds - 3600) == 3600
                let fitsSummer = tzif.offset(at: wallSeconds - 7200) == 7200
                if fitsStandard && fitsSummer {
                    repeated += 1
                    if used != 7200 { problems.append("\(t) repeated, used \(used)") }
                } else if !fitsStandard && !fitsSummer {
                    skipped += 1
                    if used != 3600 { problems.append("\(t) skipped, used \(used)") }
                } else if used != (fitsSummer ? 7200 : 3600) {
                    problems.append("\(t) used \(used)")
                }
                if fitsStandard || fitsSummer, Oslo.local(instant) != t {
                    problems.append("\(t) does not round-trip")
                }
            }
        }
        // One skipped and one repeated hour (two half hours each) per year.
        #expect(skipped == 58 * 2)
        #expect(repeated == 58 * 2)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test func springForward2026() throws {
        // 2026-03-29: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
        let before = try time("2026-03-29T01:59:59")
        let skipped = try time("2026-03-29T02:30:00")
        let after = try time("2026-03-29T03:00:00")
        #expect(Oslo.instant(before) == (try unix("2026-03-29T00:59:59")))
        #expect(Oslo.instant(after) == (try unix("2026-03-29T01:00:00")))
        // Nonexistent 02:30 is read with +01:00, as if the clock had not jumped yet.
        #expect(Oslo.instant(skipped) == (try unix("2026-03-29T01:30:00")))
        #expect(Oslo.instant(skipped) == Oslo.instant(try time("2026-03-29T03:30:00")))
        #expect(Oslo.local(Oslo.instant(skipped)) == (try time("2026-03-29T03:30:00")))
        #expect(Oslo.utcOffsetSeconds(for: skipped) == 3600)
        #expect(Oslo.utcOffsetSeconds(at: try unix("2026-03-29T00:59:59")) == 3600)
        #expect(Oslo.utcOffsetSeconds(at: try unix("2026-03-29T01:00:00")) == 7200)
    }

    @Test func fallBack2026() throws {
        // 2026-10-25: 03:00 CEST becomes 02:00 CET at 01:00 UTC; 02:00–02:59 happens twice.
        let repeated = try time("2026-10-25T02:30:00")
        #expect(Oslo.instant(repeated) == (try unix("2026-10-25T00:30:00")))  // first occurrence
        #expect(Oslo.local(try unix("2026-10-25T00:30:00")) == repeated)
        #expect(Oslo.local(try unix("2026-10-25T01:30:00")) == repeated)
        #expect(Oslo.instant(try time("2026-10-25T03:00:00")) == (try unix("2026-10-25T02:00:00")))
        #expect(Oslo.instant(try time("2026-10-25T01:59:59")) == (try unix("2026-10-24T23:59:59")))
        #expect(Oslo.utcOffsetSeconds(at: try unix("2026-10-25T00:59:59")) == 7200)
        #expect(Oslo.utcOffsetSeconds(at: try unix("2026-10-25T01:00:00")) == 3600)
    }

    @Test func rulesBefore1996EndInSeptember() throws {
        #expect(Oslo.utcOffsetSeconds(at: try unix("1995-09-24T00:59:59")) == 7200)
        #expect(Oslo.utcOffsetSeconds(at: try unix("1995-09-24T01:00:00")) == 3600)
        #expect(Oslo.utcOffsetSeconds(at: try unix("1980-04-06T01:00:00")) == 7200)
        #expect(Oslo.utcOffsetSeconds(at: try unix("1979-07-01T12:00:00")) == 3600)
        #expect(Oslo.utcOffsetSeconds(at: try unix("1941-12-24T12:00:00")) == 7200)  // war time
        let summer = try #require(Oslo.summerTime(in: 2026))
        #expect(Oslo.local(summer.start) == (try time("2026-03-29T03:00:00")))
        #expect(Oslo.local(summer.end) == (try time("2026-10-25T02:00:00")))
        #expect(Oslo.summerTime(in: 1970) == nil)
    }
}
