import PLOCalendar
import PLOModel

/// The municipality: the nursing service (Innleggelsesrapport within 4 h, supplements) and
/// the case office (answers utskrivningsklar, receives the patient on day 0 when eligible).
extension Simulator {
    func nursingReceivedInnlagt(_ stay: Stay) {
        let a = stay.innlagtAt
        switch stay.fault {
        case .missingInnleggelsesrapport:
            return
        case .lateInnleggelsesrapport:
            let at = settle(a + 4 * Self.hour + minutes(5, 960), notAfter: nil, notBefore: a + 4 * Self.hour + 60)
            queue.schedule(at: at, .stay(stay, .sendInnleggelsesrapport))
        default:
            let deadline = a + 4 * Self.hour - 15 * 60
            let wanted = min(now + scenario.timing.innleggelsesrapportDelay.sampleSeconds(&rng), deadline)
            let at = settle(max(wanted, now), notAfter: deadline, notBefore: a + 60)
            queue.schedule(at: at, .stay(stay, .sendInnleggelsesrapport))
        }
    }

    func sendInnleggelsesrapport(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let r = try send(
            .innleggelsesrapport, in: stay, from: stay.nursing, to: stay.hospital, by: stay.municipalNurse,
            .innleggelsesrapport(note: NamePool.pick(NamePool.innleggelse, &rng)), &out)
        if stay.fault == .lateInnleggelsesrapport {
            predict("FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H", "error", stay, [stay.innlagtFile, r.file])
        }
    }

    func sendSupplement(_ stay: Stay, _ out: inout some SimulationOutput) throws {
        let r = try send(
            .helseopplysninger, in: stay, from: stay.nursing, to: stay.hospital, by: stay.municipalNurse,
            .helseopplysninger(
                admitted: Oslo.local(stay.admitted), updated: true, expectedReady: nil,
                note: NamePool.pick(NamePool.supplement, &rng)), &out)
        if stay.fault == .lateSupplement {
            predict("FLOW-DEADLINE-SUPPLEMENT-24H", "warning", stay, [r.file])
        }
    }

    func caseOfficeReceivedUtskrivningsklar(_ stay: Stay) {
        guard !stay.avmeldingPlanned else { return }
        let at = now + max(scenario.timing.caseOfficeResponse.sampleSeconds(&rng), 60)
        queue.schedule(at: at, .stay(stay, .caseOfficeDecision))
    }

    /// Day 0 when eligible (and accepted), otherwise a later working day.
    func caseOfficeDecision(_ stay: Stay) {
        guard !stay.avmeldingPlanned, !stay.closed, let u = stay.utskrivningsklarAt else { return }
        let sent = Oslo.local(u)
        let info = stay.hospitalInfoAt.map { Oslo.local($0) }
        let eligible = DayZero.isEligible(utskrivningsklarSent: sent, informationSent: info, window: window)
        let d: SimTime
        if eligible && rng.chance(scenario.events.dayZeroAcceptance) {
            d = max(now + 30 * 60, instant(sent.date, hour: 11)) + minutes(0, 180)
        } else {
            var date = window.nextOpenDay(after: max(sent.date, Oslo.local(now).date))
            if rng.chance(0.3) { date = window.nextOpenDay(after: date) }
            d = instant(date, hour: 10) + minutes(0, 360)
        }
        planDischarge(stay, at: d)
    }
}
