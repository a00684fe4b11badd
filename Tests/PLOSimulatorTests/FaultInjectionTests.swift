import PLOCalendar
import Testing

@testable import PLOSimulator

@Suite struct FaultInjectionTests {
    static let expectedRules: [FaultKind: Set<String>] = [
        .lateInnleggelsesrapport: ["FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H"],
        .missingInnleggelsesrapport: ["FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H", "FLOW-DEADLINE-INNLEGGELSESRAPPORT-1D"],
        .lateHelseopplysninger: ["FLOW-DEADLINE-HOSPITAL-INFO-24H"],
        .missingHelseopplysninger: ["FLOW-DEADLINE-HOSPITAL-INFO-24H", "FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR"],
        .utskrivningsklarAfterHours: ["FLOW-WINDOW-UTSKRIVNINGSKLAR"],
        .utskrivningsklarOnClosedDay: ["FLOW-WINDOW-UTSKRIVNINGSKLAR"],
        .avmeldingWithoutUtskrivningsklar: ["FLOW-AVMELDING-WITHOUT-UTSKRIVNINGSKLAR"],
        .utskrevetWithoutReport: ["FLOW-UTSKREVET-WITHOUT-REPORT"],
        .messageAfterUtskrevet: ["FLOW-AFTER-UTSKREVET"],
        .lateSupplement: ["FLOW-DEADLINE-SUPPLEMENT-24H"],
        .duplicateMsgId: ["FLOW-DUPLICATE-MSGID"],
        .wrongTypeDisplayName: ["PLO-TYPE-MISMATCH"],
        .correctionWithoutTarget: ["FLOW-CORRECTION-TARGET"],
        .lateInnlagt: ["FLOW-DEADLINE-INNLEGGELSESRAPPORT-1D"],
        .helseopplysningerWrongSequence: ["FLOW-HELSEOPPL-SEQUENCE"],
        .resendInnlagt: ["FLOW-RESEND"],
        .newPatient: ["FLOW-NO-ADMISSION"],
        .selfDischarge: ["FLOW-SELF-DISCHARGE"],
        .utskrevetBeforeAnswer: ["FLOW-UTSKREVET-BEFORE-ANSWER", "FLOW-UTSKREVET-WITHOUT-REPORT"],
        .appRecRejected: ["FLOW-RESEND"],
        .appRecLate: ["FLOW-APPREC-MISSING"],
        .appRecMissing: ["FLOW-APPREC-MISSING"],
        .appRecDuplicate: ["FLOW-APPREC-DUPLICATE"],
        .appRecWrongParties: ["FLOW-APPREC-PARTIES"],
        .appRecResendSameMsgId: ["FLOW-APPREC-RESEND-SAME-MSGID"],
    ]

    /// Every stay carries the fault; the oracle's findings equal the prediction exactly.
    @Test(arguments: FaultKind.allCases)
    func everyFaultIsPredictedExactly(kind: FaultKind) throws {
        let scenario = Scenario(name: kind.rawValue, stays: 25, faults: [kind: 1])
        let (out, summary) = try RecordingOutput.run(scenario, seed: 11)
        let predicted = FlowOracle.predicted(summary)
        let actual = FlowOracle.findings(out)
        #expect(predicted == actual, "predicted-only: \(predicted.subtracting(actual)); oracle-only: \(actual.subtracting(predicted))")
        #expect(Set(summary.injected.map(\.rule)) == Self.expectedRules[kind])
        #expect(summary.injected.allSatisfy { $0.fault == kind })
        let stays = Set(summary.injected.map(\.stay))
        #expect(stays.count >= 20, "most stays realise the fault")
        let files = Set(out.records.map(\.record.file))
        #expect(summary.injected.allSatisfy { $0.files.allSatisfy(files.contains) })
    }

    /// Without faults the oracle finds nothing, over several seeds and calendars (DST, Easter).
    @Test(arguments: [("2026-01-05T00:00", 1), ("2026-03-23T00:00", 2), ("2026-10-19T00:00", 3), ("2027-03-22T00:00", 4)])
    func faultFreeRunsPredictAndProduceNothing(start: String, seed: UInt64) throws {
        let scenario = Scenario(start: start, stays: 150, arrivalsPerDay: 25)
        let (out, summary) = try RecordingOutput.run(scenario, seed: seed)
        #expect(summary.injected.isEmpty)
        #expect(FlowOracle.findings(out).isEmpty, "\(FlowOracle.findings(out))")
    }

    /// A mixed scenario: faults of every kind side by side, still predicted exactly.
    @Test func mixedFaultsArePredictedExactly() throws {
        var faults: [FaultKind: Double] = [:]
        for kind in FaultKind.allCases { faults[kind] = 0.9 / Double(FaultKind.allCases.count) }
        let scenario = Scenario(start: "2026-03-26T00:00", stays: 500, arrivalsPerDay: 30, faults: faults)
        let (out, summary) = try RecordingOutput.run(scenario, seed: 99)
        let predicted = FlowOracle.predicted(summary)
        let actual = FlowOracle.findings(out)
        #expect(predicted == actual, "predicted-only: \(predicted.subtracting(actual)); oracle-only: \(actual.subtracting(predicted))")
        #expect(Set(summary.injected.map(\.fault)).count == FaultKind.allCases.count)
    }

    /// With corrections on, every stay that sends a utskrivningsklar corrects it once: an M
    /// message naming the original in RefToParent (and in the manifest), with no finding.
    @Test func correctionsNameTheirOriginalAndGiveNoFinding() throws {
        var events = Scenario.Events.standard
        events.correction = 1
        events.death = 0
        let scenario = Scenario(name: "corrections", stays: 30, events: events)
        let (out, summary) = try RecordingOutput.run(scenario, seed: 5)
        #expect(summary.injected.isEmpty)
        #expect(FlowOracle.findings(out).isEmpty, "\(FlowOracle.findings(out))")
        let records = out.records.map(\.record)
        let corrections = records.filter { $0.corrects != nil }
        let firstReady = Dictionary(grouping: records.filter { $0.type == "LOG_UTSKRIVNINGSKLAR" && $0.corrects == nil }, by: \.stay)
            .compactMapValues { $0.min { $0.sequence < $1.sequence } }
        #expect(corrections.count == firstReady.count)
        for correction in corrections {
            let original = try #require(firstReady[correction.stay])
            #expect(correction.corrects == original.msgId)
            #expect(correction.type == "LOG_UTSKRIVNINGSKLAR")
            #expect(correction.time > original.time)
            let bytes = try #require(out.records.first { $0.record.file == correction.file }?.bytes)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("<RefToParent>\(original.msgId)</RefToParent>"))
            #expect(text.contains("<Forsendelsesstatus V=\"M\" DN=\"Endring\"/>"))
        }
        // Corrections are off by default: the same run without them has none.
        let (plain, _) = try RecordingOutput.run(Scenario(name: "plain", stays: 30), seed: 5)
        #expect(plain.records.allSatisfy { $0.record.corrects == nil })
    }
}
