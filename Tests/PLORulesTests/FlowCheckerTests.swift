import PLOCalendar
import PLOModel
import PLORules
import SyntheticFlow
import Testing
import XMLCore

/// Unit tests of the flow checker on `FlowMessage` values (no XML).
@Suite struct FlowCheckerTests {
    static let hospital = "8100001"
    static let municipality = "8200001"

    /// A message of `type` sent at `time` (hospital side unless `type` is INNLEGGELSESRAPPORT or `fromMunicipality`).
    static func message(
        _ file: String, _ type: MessageType, _ time: String, status: String = "N", id: String? = nil, ref: String? = nil,
        fromMunicipality: Bool = false, hash: UInt64? = nil, patient: String = "12845610175", contentType: String? = nil,
        events: [FlowMessage.Event] = [], condition: String? = nil
    ) -> FlowMessage {
        let municipal = fromMunicipality || type == .innleggelsesrapport
        return FlowMessage(
            file: file, typeCode: type.rawValue, statusCode: status, msgId: id ?? file, refToParent: ref, genDate: time,
            senderHerId: municipal ? municipality : hospital, receiverHerId: municipal ? hospital : municipality, patientId: patient,
            contentHash: hash ?? UInt64(truncatingIfNeeded: file.hashValue), events: events, contentType: contentType,
            dischargeCondition: condition)
    }

    /// An AppRec from `from` to `to` for the message `original`.
    static func appRec(
        _ file: String, for original: String, _ time: String, status: String = "1", errors: [String] = [],
        from: String = municipality, to: String = hospital
    ) -> FlowMessage {
        FlowMessage(
            file: file, typeCode: "APPREC", statusCode: nil, msgId: file, genDate: time, senderHerId: from, receiverHerId: to,
            patientId: nil, contentHash: UInt64(truncatingIfNeeded: file.hashValue), originalMsgId: original, receiptStatus: status,
            receiptErrors: errors)
    }

    /// A clean stay admitted at `day`T09:40 and discharged two days later: varsel, oppdatert
    /// Helseopplysninger, utskrivningsklar and the municipality's answer before the discharge.
    static func clean(utskrivningsklar: String = "2026-03-04T11:00:00") -> [FlowMessage] {
        [
            message("innlagt", .innlagt, "2026-03-02T09:40:00"),
            message("rapport", .innleggelsesrapport, "2026-03-02T11:05:00"),
            message("info", .helseopplysninger, "2026-03-02T15:20:00", contentType: "1"),
            message("oppdatert", .helseopplysninger, "2026-03-04T10:30:00", contentType: "2"),
            message("klar", .utskrivningsklar, utskrivningsklar),
            message("svar", .dialogmelding, "2026-03-04T13:00:00", ref: "klar", fromMunicipality: true),
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
        #expect(result.stays[0].messages.map(\.file) == ["innlagt", "rapport", "info", "oppdatert", "klar", "svar", "utrapport", "utskrevet"])
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
        #expect(
            finding?.message
                == "Innleggelsesrapport sent 2026-03-02T14:10:00, 4 t 25 min after Melding om innlagt pasient at 09:45:00; deadline 13:45:00, 25 min late"
        )
    }

    @Test func duplicatesIdenticalAreCountedOnceDifferentAreFlagged() {
        var resend = Self.clean()
        resend.append(
            Self.message("info-copy", .helseopplysninger, "2026-03-02T15:20:00", id: "info", hash: resend[2].contentHash, contentType: "1"))
        let checked = FlowChecker().checkAll(resend)
        #expect(checked.outcome.messages == 8)
        #expect(checked.stays.flatMap(\.findings).isEmpty)
        #expect(checked.stays[0].messages.first { $0.file == "info" }?.resends == ["info-copy"])

        var clash = Self.clean()
        clash.append(Self.message("info-other", .helseopplysninger, "2026-03-02T15:40:00", id: "info", hash: 42, contentType: "2"))
        #expect(Self.findings(clash) == ["FLOW-DUPLICATE-MSGID info,info-other"])
    }

    @Test func stayWithoutAdmission() {
        let messages = Self.clean().filter { $0.file != "innlagt" && $0.file != "info" }
        let findings = Self.findings(messages)
        // The oppdatert is now the stay's first Helseopplysninger.
        #expect(findings == ["FLOW-HELSEOPPL-SEQUENCE oppdatert", "FLOW-NO-ADMISSION rapport"])
        let stay = FlowChecker().checkAll(messages).stays.first
        #expect(stay?.findings.first { $0.rule == "FLOW-NO-ADMISSION" }?.severity == .warning)
    }

    /// A patient new to municipal services: the varsel (TypeInnhold 1) opens the stay; FLOW-NO-ADMISSION
    /// is info, and the 24 h deadline runs from the admission the varsel names (HIS 1144 §1).
    @Test func varselOpensTheStayOfANewPatient() {
        let admitted = [FlowMessage.Event(code: "1", time: "2026-03-01T22:10:00")]
        var messages = Self.clean().filter { $0.file != "innlagt" && $0.file != "rapport" && $0.file != "info" }
        messages.append(Self.message("varsel", .helseopplysninger, "2026-03-02T23:00:00", contentType: "1", events: admitted))
        let checked = FlowChecker().checkAll(messages)
        #expect(checked.stays.count == 1)
        let findings = checked.stays.flatMap(\.findings).map { "\($0.rule) \($0.severity)" }.sorted()
        #expect(findings == ["FLOW-DEADLINE-HOSPITAL-INFO-24H error", "FLOW-NO-ADMISSION info"])
        #expect(checked.stays.first?.admission?.iso == "2026-03-01T22:10:00")
    }

    /// 4 h from LOG_INNLAGT's GenDate; 24 h (and the national døgn) from the admission itself.
    @Test func lateInnlagtDoesNotHideLateReports() {
        let admitted = [FlowMessage.Event(code: "1", time: "2026-03-02T09:15:00")]
        var messages = Self.clean().filter { $0.file != "innlagt" }
        messages.append(Self.message("innlagt", .innlagt, "2026-03-03T09:00:00", events: admitted))
        messages = messages.map { m in
            var m = m
            if m.file == "rapport" { m.genDate = "2026-03-03T10:00:00" }
            if m.file == "info" { m.genDate = "2026-03-03T09:30:00" }
            return m
        }
        #expect(
            Self.findings(messages) == [
                "FLOW-DEADLINE-HOSPITAL-INFO-24H innlagt", "FLOW-DEADLINE-INNLEGGELSESRAPPORT-1D innlagt,rapport",
            ])
        var national = FlowContext()
        national.profile = .national
        let nationalRules = FlowChecker(context: national).checkAll(messages).stays.flatMap(\.findings).map(\.rule)
        #expect(nationalRules == ["FLOW-DEADLINE-INNLEGGELSESRAPPORT-1D"])
    }

    @Test func deathInHospitalNeedsNoReportAndLogDodIsNotStayTraffic() {
        var messages = Self.clean().filter { $0.file != "utrapport" && $0.file != "svar" && $0.file != "utskrevet" }
        messages.append(Self.message("dod-utskrevet", .utskrevet, "2026-03-05T03:10:00", condition: "2"))
        messages.append(Self.message("dod", .dod, "2026-03-05T09:00:00", fromMunicipality: true))
        let checked = FlowChecker().checkAll(messages)
        #expect(checked.stays.flatMap(\.findings).isEmpty)
        #expect(checked.outcome.unassigned.map(\.file) == ["dod"])
        #expect(checked.stays.first?.closed == true)
    }

    @Test func resentInnlagtStaysInTheStay() {
        var messages = Self.clean()
        messages.append(Self.message("innlagt-igjen", .innlagt, "2026-03-02T10:30:00"))
        let checked = FlowChecker().checkAll(messages)
        #expect(checked.stays.count == 1)
        #expect(checked.stays.flatMap(\.findings).map { "\($0.rule) \($0.severity)" } == ["FLOW-RESEND info"])
    }

    @Test func helseopplysningerSequenceAndOppdatertBeforeUtskrivningsklar() {
        let messages = Self.clean().map { m -> FlowMessage in
            var m = m
            if m.file == "info" { m.contentType = "2" }
            if m.file == "oppdatert" { m.contentType = "1" }
            return m
        }
        #expect(
            Self.findings(messages) == [
                "FLOW-HELSEOPPL-SEQUENCE info", "FLOW-HELSEOPPL-SEQUENCE oppdatert",
            ])
        let varselOnly = Self.clean().filter { $0.file != "oppdatert" }
        #expect(Self.findings(varselOnly) == ["FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR klar"])
    }

    @Test func dischargeBeforeTheAnswer() {
        // Conditions met (oppdatert, report before leaving, utskrivningsklar): self-discharge, info.
        let selfDischarge = Self.clean().filter { $0.file != "svar" }
        #expect(FlowChecker().checkAll(selfDischarge).stays.flatMap(\.findings).map { "\($0.rule) \($0.severity)" } == ["FLOW-SELF-DISCHARGE info"])
        // The report comes after the patient left: not met.
        let early = selfDischarge.map { m -> FlowMessage in
            var m = m
            if m.file == "utrapport" { m.genDate = "2026-03-05T10:25:00" }
            return m
        }
        #expect(Self.findings(early) == ["FLOW-UTSKREVET-BEFORE-ANSWER utskrevet,klar", "FLOW-UTSKREVET-WITHOUT-REPORT utskrevet,utrapport"])
        // National profile: neither (HNT rules), and a report the same day suffices.
        var national = FlowContext()
        national.profile = .national
        #expect(FlowChecker(context: national).checkAll(early).stays.flatMap(\.findings).isEmpty)
        // An answer without ConversationRef to the utskrivningsklar is no answer.
        let unrelated = Self.clean().map { m -> FlowMessage in
            var m = m
            if m.file == "svar" { m.refToParent = nil }
            return m
        }
        // … and, sent after the first 24 h, a late supplement.
        #expect(FlowChecker().checkAll(unrelated).stays.flatMap(\.findings).map(\.rule) == ["FLOW-DEADLINE-SUPPLEMENT-24H", "FLOW-SELF-DISCHARGE"])
    }

    @Test func appRecsJoinTheirMessagesStay() {
        var messages = Self.clean()
        for m in Self.clean() where m.file != "rapport" && m.file != "svar" {
            messages.append(Self.appRec("ack-\(m.file)", for: m.file, m.genDate ?? ""))
        }
        messages.append(Self.appRec("ack-rapport", for: "rapport", "2026-03-02T11:06:00", from: Self.hospital, to: Self.municipality))
        messages.append(Self.appRec("ack-svar", for: "svar", "2026-03-04T13:01:00", from: Self.hospital, to: Self.municipality))
        // Something well past 96 h after the last message, so missing receipts are judged.
        messages.append(Self.appRec("ack-late", for: "nowhere", "2026-03-12T10:00:00"))
        let checked = FlowChecker().checkAll(messages)
        #expect(checked.stays.count == 1)
        #expect(checked.stays.flatMap(\.findings).isEmpty)
        #expect(checked.stays[0].messages.allSatisfy { $0.receipts.count == 1 })
        #expect(checked.outcome.unassigned.map(\.file) == ["ack-late"])

        // Missing, duplicate, wrong parties, rejected and resent with the same MsgId.
        var faulty = messages.filter { $0.file != "ack-klar" && $0.file != "ack-oppdatert" }
        faulty.append(Self.appRec("ack-oppdatert-1", for: "oppdatert", "2026-03-04T10:31:00"))
        faulty.append(Self.appRec("ack-oppdatert-2", for: "oppdatert", "2026-03-04T10:32:00"))
        faulty = faulty.filter { $0.file != "ack-info" }
        faulty.append(Self.appRec("ack-info", for: "info", "2026-03-02T15:21:00", from: "8299999"))
        faulty = faulty.filter { $0.file != "ack-utrapport" }
        faulty.append(Self.appRec("ack-utrapport", for: "utrapport", "2026-03-05T10:16:00", status: "2", errors: ["E35"]))
        if let report = faulty.first(where: { $0.file == "utrapport" }) {
            var copy = report
            copy.file = "utrapport-igjen"
            faulty.append(copy)
        }
        #expect(
            Self.findings(faulty) == [
                "FLOW-APPREC-DUPLICATE ack-oppdatert-1,ack-oppdatert-2,oppdatert",
                "FLOW-APPREC-MISSING klar",
                "FLOW-APPREC-PARTIES ack-info,info",
                "FLOW-APPREC-RESEND-SAME-MSGID utrapport-igjen,utrapport",
            ])
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
        messages.append(Self.message("info2", .helseopplysninger, "2026-03-20T10:00:00", contentType: "1"))
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

    /// Helseopplysninger go hospital → municipality only: one the municipality sends stays in its
    /// stay on the municipality's side, counts neither as the hospital's information nor as a
    /// supplement, and does not turn the municipality into a hospital (its answer keeps its side).
    @Test func municipalityHelseopplysningerIsNeitherInformationNorSupplement() {
        var messages = Self.clean().filter { $0.file != "info" }
        messages.append(Self.message("wrong-way", .helseopplysninger, "2026-03-02T12:00:00", fromMunicipality: true, contentType: "1"))
        let checked = FlowChecker().checkAll(messages)
        #expect(checked.stays.count == 1)
        #expect(checked.stays.first?.messages.first { $0.file == "wrong-way" }?.side == .municipality)
        #expect(checked.stays.first?.messages.first { $0.file == "svar" }?.isAnswer == true)
        #expect(Self.findings(messages) == ["FLOW-DEADLINE-HOSPITAL-INFO-24H innlagt", "FLOW-HELSEOPPL-SEQUENCE oppdatert"])
    }

    @Test func municipalitySupplementsAreInnleggelsesrapportOrDialogmelding() {
        var messages = Self.clean()
        messages.append(Self.message("supp", .innleggelsesrapport, "2026-03-03T10:15:00", status: "A"))
        messages.append(Self.message("dialog", .dialogmelding, "2026-03-03T10:20:00", fromMunicipality: true))
        #expect(Self.findings(messages) == ["FLOW-DEADLINE-SUPPLEMENT-24H dialog", "FLOW-DEADLINE-SUPPLEMENT-24H supp"])
    }

    @Test func twentyThousandStaysStream() {
        var stays = 0
        var findings = 0
        var otherRules = Set<String>()
        let outcome = FlowChecker().check(SyntheticStays.messages(stays: 20_000)) { stay in
            stays += 1
            findings += stay.findings.filter { $0.rule == FlowDeadlineInnleggelsesrapport4H.info.id }.count
            for finding in stay.findings where finding.rule != FlowDeadlineInnleggelsesrapport4H.info.id { otherRules.insert(finding.rule) }
        }
        #expect(stays == 20_000)
        #expect(outcome.stays == 20_000)
        #expect(outcome.messages == 160_000)
        #expect(findings == 2_000)
        // The rest are the window rule (utskrivningsklar at any hour) and nothing else.
        #expect(otherRules.subtracting([FlowWindowUtskrivningsklar.info.id]).isEmpty, "\(otherRules)")
    }

    @Test func everyFlowRuleIsRegistered() {
        let ids = Set(RuleRegistry.flowRules.map(\.id))
        #expect(ids.count == 20)
        #expect(RuleRegistry.flowRules.allSatisfy { $0.kind == .flow })
        #expect(DischargeOrder.text.contains("FLOW-WINDOW-UTSKRIVNINGSKLAR"))
    }
}
