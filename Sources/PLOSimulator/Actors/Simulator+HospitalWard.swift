import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// The hospital ward: admission, Helseopplysninger, utskrivningsklar (in the 08–15 window),
/// avmelding, death, Utskrivningsrapport and utskrevet.
extension Simulator {
    static let hour: SimTime = 3600

    /// Admission: LOG_INNLAGT to the nursing service — or, for a patient new to municipal services
    /// (the newPatient fault), the Helseopplysninger varsel alone (HIS 1144 §1, HIS 1149 3.2).
    func sendInnlagt(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let a = now
        stay.innlagtAt = a
        let t = scenario.timing
        let fault = stay.fault
        let admitted = stay.admitted
        if fault == .newPatient {
            let r = try sendVarsel(stay, &out)
            predict(FlowNoAdmission.info, stay, [r.file], severity: .info)
            let los = max(t.lengthOfStay.sampleSeconds(&rng), 27 * Self.hour)
            queue.schedule(at: admitted + los, .stay(stay, .ready))
            return
        }
        let r = try send(
            .innlagt, in: stay, from: stay.hospital, to: stay.nursing, by: stay.hospitalNurse,
            .innlagt(admitted: Oslo.local(stay.admitted)), &out)
        stay.innlagtFile = r.file
        stay.innlagtMsgId = r.msgId
        if fault == .resendInnlagt {
            queue.schedule(at: settle(a + minutes(10, 60), notAfter: nil, notBefore: a), .stay(stay, .resendInnlagt))
        }

        // Helseopplysninger within 24 h of the admission itself (capped at 22 h, after LOG_INNLAGT),
        // late (24 h 5 min – 25 h) or missing.
        switch fault {
        case .missingHelseopplysninger:
            predict(FlowDeadlineHospitalInfo24H.info, stay, [r.file])
        case .lateHelseopplysninger:
            let at = settle(admitted + 24 * Self.hour + minutes(5, 60), notAfter: nil, notBefore: admitted + 24 * Self.hour + 60)
            queue.schedule(at: max(at, a + 60), .stay(stay, .sendHelseopplysninger))
        default:
            let delay = min(t.helseopplysningerDelay.sampleSeconds(&rng), 22 * Self.hour)
            let at = settle(max(admitted + delay, a + 60), notAfter: admitted + 23 * Self.hour + 30 * 60, notBefore: a + 60)
            queue.schedule(at: at, .stay(stay, .sendHelseopplysninger))
        }
        if fault == .missingInnleggelsesrapport {
            predict(FlowDeadlineInnleggelsesrapport4H.info, stay, [r.file])
            predict(FlowDeadlineInnleggelsesrapport1D.info, stay, [r.file])
        }
        // Supplementary information from the municipality, within 24 h of the admission itself.
        if fault == .lateSupplement {
            let at = settle(admitted + 24 * Self.hour + minutes(30, 60), notAfter: nil, notBefore: admitted + 24 * Self.hour + 60)
            queue.schedule(at: max(at, a + 5 * Self.hour), .stay(stay, .sendSupplement))
        } else if rng.chance(scenario.events.supplement) {
            let at = settle(a + minutes(300, 1200), notAfter: admitted + 23 * Self.hour, notBefore: a + 60)
            if at <= admitted + 23 * Self.hour { queue.schedule(at: at, .stay(stay, .sendSupplement)) }
        }
        if fault == .avmeldingWithoutUtskrivningsklar {
            let at = settle(a + minutes(120, 1200), notAfter: nil, notBefore: a + 60)
            queue.schedule(at: at, .stay(stay, .sendAvmelding))
        }
        // Medically ready: at least 27 h after admission, after every early message.
        let los = max(t.lengthOfStay.sampleSeconds(&rng), 27 * Self.hour)
        queue.schedule(at: a + los, .stay(stay, .ready))
    }

    /// The varsel (TypeInnhold 1): status, expected course and the expected discharge date, to the
    /// Saksbehandlertjeneste (HNT 1.2 k, HIS 1144).
    @discardableResult
    func sendVarsel(_ stay: Stay, _ out: inout some SimulationOutput) throws -> MessageRecord {
        let note = NamePool.pick(NamePool.status, &rng) + " Forventet forløp: " + NamePool.pick(NamePool.course, &rng)
        let expected = Oslo.local(stay.admitted + max(scenario.timing.lengthOfStay.sampleSeconds(&rng), 27 * Self.hour)).date
        let wrong = stay.fault == .helseopplysningerWrongSequence
        let r = try send(
            .helseopplysninger, in: stay, from: stay.hospital, to: stay.caseOffice, by: stay.doctor,
            .helseopplysninger(admitted: Oslo.local(stay.admitted), updated: wrong, expectedReady: expected, note: note), &out)
        if wrong { predict(FlowHelseopplSequence.info, stay, [r.file]) }
        if stay.hospitalInfoAt == nil { stay.hospitalInfoAt = now }
        stay.firstHelseoppl = (r.msgId, r.file, now)
        return r
    }

    func sendHelseopplysninger(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        try sendVarsel(stay, &out)
        if stay.fault == .lateHelseopplysninger {
            predict(FlowDeadlineHospitalInfo24H.info, stay, [stay.innlagtFile])
        }
        if stay.fault == .duplicateMsgId {
            queue.schedule(at: settle(now + minutes(5, 30), notAfter: nil, notBefore: now), .stay(stay, .sendDuplicateHelseopplysninger))
        }
    }

    func sendDuplicateHelseopplysninger(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        guard let first = stay.firstHelseoppl else { return }
        let r = try send(
            .helseopplysninger, in: stay, from: stay.hospital, to: stay.caseOffice, by: stay.doctor,
            .helseopplysninger(
                admitted: Oslo.local(stay.admitted), updated: false, expectedReady: nil,
                note: "Rettet versjon: " + NamePool.pick(NamePool.status, &rng)),
            msgId: first.msgId, &out)
        predict(FlowDuplicateMsgId.info, stay, [first.file, r.file])
    }

    /// The patient is medically ready: dies (rarely), or the ward plans the utskrivningsklar.
    func ready(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let lateFaults: Set<FaultKind> = [
            .utskrivningsklarAfterHours, .utskrivningsklarOnClosedDay, .utskrevetWithoutReport,
            .messageAfterUtskrevet, .wrongTypeDisplayName, .missingHelseopplysninger, .correctionWithoutTarget,
            .selfDischarge, .utskrevetBeforeAnswer,
        ]
        let deathAllowed = stay.fault.map { !lateFaults.contains($0) } ?? true
        if deathAllowed && rng.chance(scenario.events.death) {
            // Death in hospital: LOG_UTSKREVET with Uttilstand 2, no Utskrivningsrapport (HIS 1149 3.5).
            let r = try send(
                .utskrevet, in: stay, from: stay.hospital, to: stay.nursing, by: stay.doctor,
                .utskrevet(date: Oslo.local(now).date, died: true), &out)
            stay.utskrevetFile = r.file
            stay.closed = true
            return
        }
        let lead = max(scenario.timing.utskrivningsklarAfterUpdate.sampleSeconds(&rng), 60)
        let earliest = now + lead
        let faulty =
            stay.utskrivningsklarCount == 0
            && (stay.fault == .utskrivningsklarAfterHours || stay.fault == .utskrivningsklarOnClosedDay)
        let u: SimTime
        if faulty, stay.fault == .utskrivningsklarAfterHours {
            // 15:05–21:00 on the day of `earliest`, or the next day if that has passed.
            var date = Oslo.local(earliest).date
            var candidate = instant(date, hour: 15, minute: 5) + minutes(0, 355)
            if candidate < earliest {
                date = date.adding(days: 1)
                candidate = instant(date, hour: 15, minute: 5) + minutes(0, 355)
            }
            u = candidate
        } else if faulty {
            // 10:00–13:00 on the next weekend day or holiday.
            var date = Oslo.local(earliest).date.adding(days: 1)
            while window.isOpenDay(date) { date = date.adding(days: 1) }
            u = instant(date, hour: 10) + minutes(0, 180)
        } else {
            let local = Oslo.local(earliest)
            if window.contains(local) {
                u = earliest
            } else {
                u = Oslo.instant(window.nextOpening(after: local)) + minutes(0, 120)
            }
        }
        if stay.fault != .missingHelseopplysninger {
            queue.schedule(at: u - lead, .stay(stay, .sendUpdatedHelseopplysninger))
        }
        queue.schedule(at: u, .stay(stay, .sendUtskrivningsklar(faulty: faulty)))
    }

    func sendUpdatedHelseopplysninger(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let expected = Oslo.local(now).date
        try send(
            .helseopplysninger, in: stay, from: stay.hospital, to: stay.caseOffice, by: stay.doctor,
            .helseopplysninger(
                admitted: Oslo.local(stay.admitted), updated: true, expectedReady: expected,
                note: NamePool.pick(NamePool.updated, &rng)), &out)
        if stay.hospitalInfoAt == nil { stay.hospitalInfoAt = now }
    }

    func sendUtskrivningsklar(_ stay: Stay, faulty: Bool, _ out: inout some SimulationOutput) throws {
        let readyDate = Oslo.local(now).date
        let r = try send(
            .utskrivningsklar, in: stay, from: stay.hospital, to: stay.caseOffice, by: stay.doctor,
            .utskrivningsklar(admitted: Oslo.local(stay.admitted), readyDate: readyDate), &out)
        stay.utskrivningsklarCount += 1
        stay.utskrivningsklarAt = now
        stay.utskrivningsklar = (r.msgId, r.file)
        stay.readyDate = readyDate
        if faulty { predict(FlowWindowUtskrivningsklar.info, stay, [r.file]) }
        if stay.fault == .missingHelseopplysninger {
            predict(FlowOrderHelseopplBeforeUtskrivningsklar.info, stay, [r.file])
        }
        if !stay.hadAvmelding && rng.chance(scenario.events.avmelding) {
            stay.hadAvmelding = true
            stay.avmeldingPlanned = true
            queue.schedule(at: now + minutes(60, 300), .stay(stay, .sendAvmelding))
        }
        // A correction of the first utskrivningsklar: on purpose naming a message never sent, or
        // (drawn only when the scenario asks for corrections) a proper one.
        if stay.utskrivningsklarCount == 1 {
            if stay.fault == .correctionWithoutTarget {
                queue.schedule(at: now + minutes(20, 90), .stay(stay, .sendCorrection(target: newMsgId(), faulty: true)))
            } else if scenario.events.correction > 0 && rng.chance(scenario.events.correction) {
                queue.schedule(at: now + minutes(20, 90), .stay(stay, .sendCorrection(target: r.msgId, faulty: false)))
            }
        }
    }

    /// Sends the utskrivningsklar again as a correction (M) of `target`, with the date the ward
    /// now expects. Flow rules that count utskrivningsklar look at N only, so a proper correction
    /// is no finding; one naming a message that was never sent is `FLOW-CORRECTION-TARGET`.
    func sendCorrection(_ stay: Stay, of target: String, faulty: Bool, _ out: inout some SimulationOutput) throws {
        let readyDate = stay.readyDate ?? Oslo.local(now).date
        let r = try send(
            .utskrivningsklar, in: stay, from: stay.hospital, to: stay.caseOffice, by: stay.doctor,
            .utskrivningsklar(admitted: Oslo.local(stay.admitted), readyDate: readyDate), correcting: target, &out)
        if faulty { predict(FlowCorrectionTarget.info, stay, [r.file]) }
    }

    func sendAvmelding(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let withoutActive = stay.utskrivningsklarAt == nil
        let r = try send(
            .avmelding, in: stay, from: stay.hospital, to: stay.caseOffice, by: stay.doctor,
            .avmelding(admitted: Oslo.local(stay.admitted), readyDate: stay.readyDate, date: Oslo.local(now).date), &out)
        if withoutActive {
            predict(FlowAvmeldingWithoutUtskrivningsklar.info, stay, [r.file])
            return
        }
        stay.utskrivningsklarAt = nil
        stay.readyDate = nil
        stay.avmeldingPlanned = false
        let again = max(scenario.timing.readyAgainAfterAvmelding.sampleSeconds(&rng), Self.hour)
        queue.schedule(at: now + again, .stay(stay, .ready))
    }

    /// Schedules the discharge day's messages: Utskrivningsrapport (same calendar day, before the
    /// patient leaves) then utskrevet.
    func planDischarge(_ stay: Stay, at d: SimTime) {
        switch stay.fault {
        case .utskrevetWithoutReport:
            break
        case .utskrevetBeforeAnswer:
            queue.schedule(at: settle(d + minutes(5, 20), notAfter: nil, notBefore: d + 60), .stay(stay, .sendUtskrivningsrapport))
        default:
            let dayStart = instant(Oslo.local(d).date, hour: 0)
            let report = max(d - minutes(10, 60), dayStart + 60)
            queue.schedule(at: report, .stay(stay, .sendUtskrivningsrapport))
        }
        queue.schedule(at: d, .stay(stay, .sendUtskrevet))
    }

    func sendUtskrivningsrapport(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let wrong = stay.fault == .wrongTypeDisplayName
        let r = try send(
            .utskrivningsrapport, in: stay, from: stay.hospital, to: stay.nursing, by: stay.hospitalNurse,
            .utskrivningsrapport(
                admitted: Oslo.local(stay.admitted), discharged: Oslo.local(now + 3600 - now % 60),
                note: NamePool.pick(NamePool.discharge, &rng)),
            displayName: wrong ? MessageType.innleggelsesrapport.displayName : nil, &out)
        if wrong { predict(TypeMismatch.info, stay, [r.file]) }
        if stay.fault == .utskrevetBeforeAnswer, let left = stay.utskrevetFile {
            predict(FlowUtskrevetWithoutReport.info, stay, [left, r.file])
        }
    }

    func sendUtskrevet(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let r = try send(
            .utskrevet, in: stay, from: stay.hospital, to: stay.nursing, by: stay.hospitalNurse,
            .utskrevet(date: Oslo.local(now).date), &out)
        stay.closed = true
        stay.utskrevetFile = r.file
        if let klar = stay.utskrivningsklar {
            switch stay.fault {
            case .selfDischarge: predict(FlowSelfDischarge.info, stay, [r.file, klar.file])
            case .utskrevetBeforeAnswer: predict(FlowUtskrevetBeforeAnswer.info, stay, [r.file, klar.file])
            default: break
            }
        }
        if stay.fault == .utskrevetWithoutReport {
            predict(FlowUtskrevetWithoutReport.info, stay, [r.file])
        }
        if stay.fault == .messageAfterUtskrevet {
            queue.schedule(at: now + minutes(60, 180), .stay(stay, .sendAfterUtskrevet))
        }
    }

    func sendAfterUtskrevet(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let r = try send(
            .helseopplysninger, in: stay, from: stay.hospital, to: stay.caseOffice, by: stay.doctor,
            .helseopplysninger(
                admitted: Oslo.local(stay.admitted), updated: true, expectedReady: nil,
                note: "Ettersendte opplysninger etter utskrivning."), &out)
        predict(FlowAfterUtskrevet.info, stay, [r.file])
    }

    /// LOG_INNLAGT sent again with a new MsgId (resendInnlagt): it stays in the stay (FLOW-RESEND).
    func resendInnlagt(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let r = try send(
            .innlagt, in: stay, from: stay.hospital, to: stay.nursing, by: stay.hospitalNurse,
            .innlagt(admitted: Oslo.local(stay.admitted)), &out)
        predict(FlowResend.info, stay, [r.file, stay.innlagtFile])
    }
}
