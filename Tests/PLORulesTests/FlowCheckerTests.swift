import PLOCalendar
import PLOModel
import PLORules
import Testing

/// Unit tests of the flow checker on `FlowMessage` values (no XML).
@Suite struct FlowCheckerTests {
    static let hospital = "8100001"
    static let municipality = "8200001"

    /// A message of `type` sent at `time` (hospital side unless `type` is INNLEGGELSESRAPPORT or `fromMunicipality`).
    static func message(
        _ file: String, _ type: MessageType, _ time: String, status: String = "N", id: String? = nil, ref: String? = nil,
        fromMunicipality: Bool = false, hash: UInt64? = nil, patient: String = "12845610175"
    ) -> FlowMessage {
        let municipal = fromMunicipality || type == .innleggelsesrapport
        return FlowMessage(
            file: file, typeCode: type.rawValue, statusCode: status, msgId: id ?? file, refToParent: ref, genDate: time,
            senderHerId: municipal ? municipality : hospital, receiverHerId: municipal ? hospital : municipality, patientId: patient,
            contentHash: hash ?? UInt64(truncatingIfNeeded: file.hashValue))
    }

    /// A clean stay admitted at `day`T09:40 and discharged two days later.
    static func clean(utskrivningsklar: String = "2026-03-04T11:00:00") -> [FlowMessage] {
        [
            message("innlagt", .innlagt, "2026-03-02T09:40:00"),
            message("rapport", .innleggelsesrapport, "2026-03-02T11:05:00"),
            message("info", .helseopplysninger, "2026-03-02T15:20:00"),
            message("klar", .utskrivningsklar, utskrivningsklar),
            message("utrapport", .utskrivningsrapport, "2026-03-05T10:15:00"),
            message("utskrevet", .utskrevet, "2026-03-05T10:20:00"),
        ]
    }

    static func findings(_ messages: [FlowMessage]) -> [String] {
        FlowChecker().checkAll(messages).stays.flatMap(\.findings).map { "\($0.rule) \($0.files.joined(separator: ","))" }.sorted()
    }

    @Test func cleanStayHasNoFindings() {
        #expect(Self.findings(Self.clean()) == [])
    }

    @Test func inputOrderDoesNotMatter() {
        let result = FlowChecker().checkAll(Self.clean().reversed())
        #expect(result.stays.count == 1)
        #expect(result.stays[0].messages.map(\.file) == ["innlagt", "rapport", "info", "klar", "utrapport", "utskrevet"])
    }

    @Test(arguments: [
        ("2026-03-06T14:59:59", false),  // Friday 14:59:59: inside
        ("2026-03-06T15:00:00", true),  // Friday 15:00: outside, next opening Monday 08:00
        ("2026-04-02T10:00:00", true),  // Maundy Thursday 2026
        ("2026-05-14T10:00:00", true),  // Ascension Day 2026
        ("2026-05-13T14:30:00", false),  // the day before Ascension, inside the window
        ("2026-05-13T15:30:00", true),  // the evening before Ascension: next opening Friday 15 May
        ("2029-05-17T10:00:00", true),  // 17 May on a Thursday
    ])
    func windowRule(time: String, fires: Bool) {
        var messages = Self.clean(utskrivningsklar: time)
        messages = messages.filter { $0.file != "utrapport" && $0.file != "utskrevet" }
        let found = FlowChecker().checkAll(messages).stays.flatMap(\.findings).filter { $0.rule == FlowWindowUtskrivningsklar.info.id }
        #expect(found.isEmpty == !fires)
    }

    @Test func windowNamesNextOpening() {
        let cases = [
            ("2026-03-06T15:00:00", "2026-03-09T08:00:00"),  // Friday → Monday
            ("2026-04-01T16:00:00", "2026-04-07T08:00:00"),  // Wednesday before Easter → Tuesday after Easter Monday
            ("2026-05-13T15:30:00", "2026-05-15T08:00:00"),  // evening before Ascension → Friday
        ]
        for (sent, opening) in cases {
            let messages = Self.clean(utskrivningsklar: sent).filter { $0.file != "utrapport" && $0.file != "utskrevet" }
            let finding = FlowChecker().checkAll(messages).stays.flatMap(\.findings).first { $0.rule == FlowWindowUtskrivningsklar.info.id }
            #expect(finding?.deadline?.iso == opening)
        }
    }

    @Test func fourHourDeadlineAcrossDSTNight() {
        // 2026-03-29 clocks go 02:00 → 03:00: 4 real hours after 00:30 is 05:30 wall-clock.
        let onTime = [
            Self.message("innlagt", .innlagt, "2026-03-29T00:30:00"),
            Self.message("rapport", .innleggelsesrapport, "2026-03-29T05:30:00"),
        ]
        let late = [
            Self.message("innlagt", .innlagt, "2026-03-29T00:30:00"),
            Self.message("rapport", .innleggelsesrapport, "2026-03-29T05:31:00"),
        ]
        let rule = FlowDeadlineInnleggelsesrapport4H.info.id
        #expect(!Self.findings(onTime).contains { $0.hasPrefix(rule) })
        let found = FlowChecker().checkAll(late).stays.flatMap(\.findings).filter { $0.rule == rule }
        #expect(found.count == 1)
        #expect(found.first?.deadline?.iso == "2026-03-29T05:30:00")
        #expect(found.first?.lateSeconds == 60)
        #expect(found.first?.files == ["innlagt", "rapport"])
    }

    @Test func lateReportMessageNamesDeadlineAndLateness() {
        let messages = [
            Self.message("innlagt", .innlagt, "2026-03-02T09:45:00"),
            Self.message("rapport", .innleggelsesrapport, "2026-03-02T14:10:00"),
        ]
        let finding = FlowChecker().checkAll(messages).stays.flatMap(\.findings).first { $0.rule == FlowDeadlineInnleggelsesrapport4H.info.id }
        #expect(finding?.message == "Innleggelsesrapport sent 2026-03-02T14:10:00, 4 t 25 min after admission at 09:45:00; deadline 13:45:00, 25 min late")
    }

    @Test func duplicatesIdenticalAreCountedOnceDifferentAreFlagged() {
        var resend = Self.clean()
        resend.append(Self.message("info-copy", .helseopplysninger, "2026-03-02T15:20:00", id: "info", hash: resend[2].contentHash))
        let checked = FlowChecker().checkAll(resend)
        #expect(checked.outcome.messages == 6)
        #expect(checked.stays.flatMap(\.findings).isEmpty)
        #expect(checked.stays[0].messages.first { $0.file == "info" }?.resends == ["info-copy"])

        var clash = Self.clean()
        clash.append(Self.message("info-other", .helseopplysninger, "2026-03-02T15:40:00", id: "info", hash: 42))
        #expect(Self.findings(clash) == ["FLOW-DUPLICATE-MSGID info,info-other"])
    }

    @Test func stayWithoutAdmission() {
        let messages = Array(Self.clean().dropFirst())
        let findings = Self.findings(messages)
        #expect(findings == ["FLOW-NO-ADMISSION rapport"])
    }

    @Test func cancelledUtskrivningsklarMakesAvmeldingAnError() {
        var messages = Self.clean()
        messages.append(Self.message("cancel", .utskrivningsklar, "2026-03-04T11:30:00", status: "C", ref: "klar"))
        messages.append(Self.message("avmelding", .avmelding, "2026-03-04T12:00:00"))
        #expect(Self.findings(messages) == ["FLOW-AVMELDING-WITHOUT-UTSKRIVNINGSKLAR avmelding"])
    }

    @Test func correctionKeepsOriginalTimeAndOrphanIsFlagged() {
        var messages = Self.clean()
        messages.append(Self.message("rapport-m", .innleggelsesrapport, "2026-03-02T12:00:00", status: "M", ref: "rapport"))
        messages.append(Self.message("rapport-x", .innleggelsesrapport, "2026-03-02T12:30:00", status: "M", ref: "nowhere"))
        #expect(Self.findings(messages) == ["FLOW-CORRECTION-TARGET rapport-x"])
    }

    @Test func newAdmissionOpensNewStay() {
        var messages = Self.clean()
        messages.append(Self.message("innlagt2", .innlagt, "2026-03-20T08:00:00"))
        messages.append(Self.message("rapport2", .innleggelsesrapport, "2026-03-20T09:00:00"))
        messages.append(Self.message("info2", .helseopplysninger, "2026-03-20T10:00:00"))
        let checked = FlowChecker().checkAll(messages)
        #expect(checked.stays.count == 2)
        #expect(checked.stays.flatMap(\.findings).isEmpty)
    }

    @Test func gpMessagesAndReceiptsAreUnassigned() {
        var messages = Self.clean()
        messages.append(Self.message("lege", .helseopplysningerLege, "2026-03-03T10:00:00"))
        messages.append(Self.message("apprec", .appRec, "2026-03-03T10:00:00"))
        var noPatient = Self.message("nopatient", .helseopplysninger, "2026-03-03T10:00:00")
        noPatient.patientId = nil
        messages.append(noPatient)
        let checked = FlowChecker().checkAll(messages)
        #expect(checked.outcome.unassigned.map(\.file) == ["apprec", "lege", "nopatient"])
        #expect(checked.stays.flatMap(\.findings).isEmpty)
    }

    @Test func municipalityHelseopplysningerIsASupplement() {
        var messages = Self.clean()
        messages.append(Self.message("supp", .helseopplysninger, "2026-03-03T10:15:00", fromMunicipality: true))
        #expect(Self.findings(messages) == ["FLOW-DEADLINE-SUPPLEMENT-24H supp"])
    }

    @Test func twentyThousandStaysStream() {
        var stays = 0
        var findings = 0
        let outcome = FlowChecker().check(SyntheticStays.messages(stays: 20_000)) { stay in
            stays += 1
            findings += stay.findings.filter { $0.rule == FlowDeadlineInnleggelsesrapport4H.info.id }.count
        }
        #expect(stays == 20_000)
        #expect(outcome.stays == 20_000)
        #expect(outcome.messages == 140_000)
        #expect(findings == 2_000)
    }

    @Test func everyFlowRuleIsRegistered() {
        let ids = Set(RuleRegistry.flowRules.map(\.id))
        #expect(ids.count == 11)
        #expect(RuleRegistry.flowRules.allSatisfy { $0.kind == .flow })
        #expect(DischargeOrder.text.contains("FLOW-WINDOW-UTSKRIVNINGSKLAR"))
    }
}
