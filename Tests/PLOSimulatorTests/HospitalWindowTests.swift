import PLOCalendar
import Testing

@testable import PLOSimulator

@Suite struct HospitalWindowTests {
    /// Holy Week 2026: no utskrivningsklar on Maundy Thursday, Good Friday, the weekend or Easter Monday.
    @Test func utskrivningsklarStaysInsideTheWindowAroundEaster() throws {
        let scenario = Scenario(start: "2026-03-30T00:00", stays: 120, arrivalsPerDay: 20)
        let (out, _) = try RecordingOutput.run(scenario, seed: 8)
        let klar = out.records.filter { $0.record.type == "LOG_UTSKRIVNINGSKLAR" }.map { Oslo.local($0.record.time) }
        #expect(klar.count > 100)
        for t in klar {
            #expect(WorkingWindow.standard.contains(t), "\(t)")
        }
        let holidays: Set<String> = ["2026-04-02", "2026-04-03", "2026-04-04", "2026-04-05", "2026-04-06"]
        #expect(!klar.contains { holidays.contains($0.date.iso) })
    }

    @Test func injectedClosedDayFaultLandsOnAClosedDay() throws {
        let scenario = Scenario(start: "2026-03-30T00:00", stays: 30, faults: [.utskrivningsklarOnClosedDay: 1])
        let (out, summary) = try RecordingOutput.run(scenario, seed: 8)
        let faulty = Set(summary.injected.flatMap(\.files))
        for (r, _) in out.records where faulty.contains(r.file) {
            #expect(!WorkingWindow.standard.isOpenDay(Oslo.local(r.time).date))
        }
    }

    @Test func injectedAfterHoursFaultIsAfterThree() throws {
        let scenario = Scenario(stays: 30, faults: [.utskrivningsklarAfterHours: 1])
        let (out, summary) = try RecordingOutput.run(scenario, seed: 2)
        let faulty = Set(summary.injected.flatMap(\.files))
        #expect(!faulty.isEmpty)
        for (r, _) in out.records where faulty.contains(r.file) {
            let t = Oslo.local(r.time)
            #expect(t.hour >= 15 && t.hour < 21 || (t.hour == 21 && t.minute == 0))
        }
    }

    /// Day 0: an eligible patient (utskrivningsklar in the window, information sent) with
    /// acceptance 1 is discharged the same day.
    @Test func eligiblePatientsLeaveOnDayZero() throws {
        var scenario = Scenario(stays: 60)
        scenario.events = .init(death: 0, avmelding: 0, supplement: 0, dayZeroAcceptance: 1)
        let (out, _) = try RecordingOutput.run(scenario, seed: 4)
        var klarDay: [String: LocalDate] = [:]
        for (r, _) in out.records where r.type == "LOG_UTSKRIVNINGSKLAR" { klarDay[r.stay] = Oslo.local(r.time).date }
        var checked = 0
        for (r, _) in out.records where r.type == "LOG_UTSKREVET" {
            #expect(klarDay[r.stay] == Oslo.local(r.time).date)
            checked += 1
        }
        #expect(checked == 60)
    }
}
