import PLOCalendar
import PLOModel
import PLORules

/// The municipality: the nursing service (Innleggelsesrapport within 4 h, supplements) and
/// the case office (answers utskrivningsklar, receives the patient on day 0 when eligible).
extension Simulator {
    func nursingReceivedInnlagt(_ stay: Stay) {
        // A LOG_INNLAGT sent again asks for no second report.
        guard !stay.reportPlanned else { return }
        stay.reportPlanned = true
        let a = stay.innlagtAt
        switch stay.fault {
        case .missingInnleggelsesrapport:
            return
        case .lateInnleggelsesrapport:
            // Late for 4 h, in time for the døgn from the admission itself.
            let upper = min(a + 20 * Self.hour, stay.admitted + 23 * Self.hour)
            let wanted = a + 4 * Self.hour + minutes(5, 960)
            let at = settle(min(wanted, max(upper, a + 4 * Self.hour + 300)), notAfter: nil, notBefore: a + 4 * Self.hour + 60)
            queue.schedule(at: at, .stay(stay, .sendInnleggelsesrapport))
        case .lateInnlagt:
            let at = settle(a + 2 * Self.hour + minutes(0, 90), notAfter: a + 3 * Self.hour + 45 * 60, notBefore: a + 2 * Self.hour)
            queue.schedule(at: at, .stay(stay, .sendInnleggelsesrapport))
        default:
            let deadline = a + 4 * Self.hour - 15 * 60
            let wanted = min(now + scenario.timing.innleggelsesrapportDelay.sampleSeconds(&rng), deadline)
            let at = settle(max(wanted, now), notAfter: deadline, notBefore: a + 60)
            queue.schedule(at: at, .stay(stay, .sendInnleggelsesrapport))
        }
    }

    func sendInnleggelsesrapport(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let id = newMsgId()
        let message = OutgoingMessage(
            type: .innleggelsesrapport, displayName: MessageType.innleggelsesrapport.displayName, msgId: id,
            genDate: Oslo.local(now), sender: stay.nursing, receiver: stay.hospital, patient: stay.patient,
            professional: stay.municipalNurse, content: .innleggelsesrapport(note: NamePool.pick(NamePool.innleggelse, &rng)))
        let bytes = writer.render(message)
        stay.report = (id, "", bytes)
        let r = try deliver(bytes, type: .innleggelsesrapport, status: .new, msgId: id, in: stay, from: stay.nursing, to: stay.hospital, &out)
        stay.report = (id, r.file, bytes)
        if stay.fault == .lateInnleggelsesrapport {
            predict(FlowDeadlineInnleggelsesrapport4H.info, stay, [stay.innlagtFile, r.file])
        }
        if stay.fault == .lateInnlagt {
            predict(FlowDeadlineInnleggelsesrapport1D.info, stay, [stay.innlagtFile, r.file])
        }
    }

    /// The rejected Innleggelsesrapport sent again: as a new message with a new MsgId (HIS 80415
    /// 3.2), or — the appRecResendSameMsgId fault — the same document with the same MsgId.
    func resendInnleggelsesrapport(_ stay: Stay, sameMsgId: Bool, _ out: inout some SimulationOutput) throws {
        guard let first = stay.report else { return }
        if sameMsgId {
            let r = try deliver(
                first.bytes, type: .innleggelsesrapport, status: .new, msgId: first.msgId, in: stay, from: stay.nursing, to: stay.hospital, &out)
            predict(FlowAppRecResendSameMsgId.info, stay, [r.file, first.file])
            return
        }
        let r = try send(
            .innleggelsesrapport, in: stay, from: stay.nursing, to: stay.hospital, by: stay.municipalNurse,
            .innleggelsesrapport(note: NamePool.pick(NamePool.innleggelse, &rng)), &out)
        predict(FlowResend.info, stay, [r.file, first.file])
    }

    /// Supplementary information: an Innleggelsesrapport with status A (Tillegg) referring to the
    /// report (HIS 1143), or a Dialogmelding while there is none — never Helseopplysninger, which go
    /// hospital → municipality only (HIS 1144).
    func sendSupplement(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let note = NamePool.pick(NamePool.supplement, &rng)
        let r: MessageRecord
        if let report = stay.report {
            r = try send(
                .innleggelsesrapport, in: stay, from: stay.nursing, to: stay.hospital, by: stay.municipalNurse,
                .innleggelsesrapport(note: note), status: .addition, refersTo: report.msgId, &out)
        } else {
            r = try send(
                .dialogmelding, in: stay, from: stay.nursing, to: stay.hospital, by: stay.municipalNurse,
                .dialog(topic: "Tilleggsopplysninger om pasienten", note: note), &out)
        }
        if stay.fault == .lateSupplement {
            predict(FlowDeadlineSupplement24H.info, stay, [r.file])
        }
    }

    func caseOfficeReceivedUtskrivningsklar(_ stay: Stay) {
        guard !stay.avmeldingPlanned else { return }
        let at = now + max(scenario.timing.caseOfficeResponse.sampleSeconds(&rng), 60)
        queue.schedule(at: at, .stay(stay, .caseOfficeDecision))
    }

    /// Day 0 when eligible (and accepted), otherwise a later working day — or, now and then, the
    /// next calendar day even on a weekend or holiday when the answer allows it. The case office
    /// answers first with a Dialogmelding to the ward, referring to the utskrivningsklar (HNT 3.2 a).
    func caseOfficeDecision(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        guard !stay.avmeldingPlanned, !stay.closed, let u = stay.utskrivningsklarAt else { return }
        if let klar = stay.utskrivningsklar, stay.fault != .selfDischarge, stay.fault != .utskrevetBeforeAnswer {
            try send(
                .dialogmelding, in: stay, from: stay.caseOffice, to: stay.hospital, by: stay.municipalNurse,
                .dialog(topic: "Svar på melding om utskrivningsklar pasient", note: NamePool.pick(NamePool.answer, &rng)),
                refersTo: klar.msgId, &out)
        }
        let sent = Oslo.local(u)
        let info = stay.hospitalInfoAt.map { Oslo.local($0) }
        let eligible = DayZero.isEligible(utskrivningsklarSent: sent, informationSent: info, window: window)
        let d: SimTime
        if eligible && rng.chance(scenario.events.dayZeroAcceptance) {
            d = max(now + 30 * 60, instant(sent.date, hour: 11)) + minutes(0, 180)
        } else {
            let today = max(sent.date, Oslo.local(now).date)
            var date = window.nextOpenDay(after: today)
            if rng.chance(0.3) { date = window.nextOpenDay(after: date) }
            // The answer may allow a weekend or holiday discharge: the next calendar day.
            if rng.chance(0.15) { date = today.adding(days: 1) }
            d = instant(date, hour: 10) + minutes(0, 360)
        }
        planDischarge(stay, at: d)
    }
}
