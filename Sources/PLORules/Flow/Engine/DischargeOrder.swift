import PLOCalendar
import PLOModel
import XMLCore

/// One step of a stay's message exchange, in the order the rules expect it.
public struct DischargeStep: Sendable {
    /// Who sends.
    public var from: FlowSide
    public var type: MessageType
    /// When it is sent, in words (deadlines from the rules' constants).
    public var when: String
    /// What it is for.
    public var purpose: String
    /// The rule that checks the step.
    public var rule: RuleInfo
    /// Hours after admission, for steps with a deadline.
    public var deadlineHours: Int?
}

/// The order of messages from admission to discharge, built from the flow rules' data; the
/// source of `plo flow --explain-order` and the legend of the HTML page.
public enum DischargeOrder {
    public static let steps: [DischargeStep] = [
        DischargeStep(
            from: .hospital, type: .innlagt,
            when: "when the patient is admitted, to a municipality that already serves the patient; starts the 4 h deadline",
            purpose: "tells the municipality its patient is in hospital (a patient new to services gets the varsel instead)",
            rule: FlowNoAdmission.info),
        DischargeStep(
            from: .municipality, type: .innleggelsesrapport,
            when:
                "within \(FlowDeadlineInnleggelsesrapport4H.hours) h of Melding om innlagt pasient (hnt); at the latest one døgn after the admission (national)",
            purpose: "what services, medication and contacts the patient had at home",
            rule: FlowDeadlineInnleggelsesrapport4H.info, deadlineHours: FlowDeadlineInnleggelsesrapport4H.hours),
        DischargeStep(
            from: .municipality, type: .innleggelsesrapport,
            when: "supplements (Innleggelsesrapport A/M, or a Dialogmelding) within \(FlowDeadlineSupplement24H.hours) h of the admission",
            purpose: "anything the municipality adds after its first report",
            rule: FlowDeadlineSupplement24H.info, deadlineHours: FlowDeadlineSupplement24H.hours),
        DischargeStep(
            from: .hospital, type: .helseopplysninger,
            when: "TypeInnhold 1 (varsel), to the Saksbehandlertjeneste, within \(FlowDeadlineHospitalInfo24H.hours) h of the admission",
            purpose: "status, expected course and expected discharge date, so the municipality can plan; opens the stay of a patient new to services",
            rule: FlowDeadlineHospitalInfo24H.info, deadlineHours: FlowDeadlineHospitalInfo24H.hours),
        DischargeStep(
            from: .hospital, type: .helseopplysninger, when: "TypeInnhold 2 (oppdatert), before Melding om utskrivningsklar pasient",
            purpose: "the information the municipality needs to decide on services",
            rule: FlowOrderHelseopplBeforeUtskrivningsklar.info),
        DischargeStep(
            from: .hospital, type: .utskrivningsklar,
            when: "08:00–15:00 Monday–Friday, not on public holidays",
            purpose: "the patient is ready for discharge; sent in the window, the municipality can normally receive the patient the same day (day 0)",
            rule: FlowWindowUtskrivningsklar.info),
        DischargeStep(
            from: .municipality, type: .dialogmelding,
            when: "straks: the answer to Melding om utskrivningsklar pasient (ConversationRef names it)",
            purpose:
                "whether and when the municipality can receive the patient, what it offers, medicines and equipment needed; the patient is utreiseklar only after it",
            rule: FlowUtskrevetBeforeAnswer.info),
        DischargeStep(
            from: .hospital, type: .avmelding, when: "only while an utskrivningsklar is active (optional)",
            purpose: "the patient is no longer ready; a new utskrivningsklar follows later",
            rule: FlowAvmeldingWithoutUtskrivningsklar.info),
        DischargeStep(
            from: .hospital, type: .utskrivningsrapport, when: "before the patient leaves (hnt); on the discharge day (national)",
            purpose: "the nursing discharge report for the municipality's nurses",
            rule: FlowUtskrevetWithoutReport.info),
        DischargeStep(
            from: .hospital, type: .utskrevet,
            when: "when the patient leaves; ends the stay (death in hospital: Uttilstand 2, no Utskrivningsrapport)",
            purpose: "the patient has left hospital; nothing new follows except the report and corrections",
            rule: FlowAfterUtskrevet.info),
    ]

    /// Numbered text: who sends what to whom, when, and the rule that checks it.
    public static var text: String {
        var out = "The order of a hospital stay in PLO messages (hospital ↔ municipality)\n\n"
        for (number, step) in steps.enumerated() {
            let arrow = step.from == .hospital ? "hospital → municipality" : "municipality → hospital"
            out += "\(number + 1). \(arrow): \(step.type.displayName) (\(step.type.rawValue))\n"
            out += "   when: \(step.when)\n"
            out += "   why:  \(step.purpose)\n"
            out += "   rule: \(step.rule.id) (\(step.rule.severity.rawValue)), \(step.rule.source)\n"
        }
        out += """

            Deadlines run in real hours through nights, weekends and DST changes: 4 h from the GenDate of \
            Melding om innlagt pasient (when the municipality is informed), 24 h from the admission itself \
            (TidspunktForHendelse of Hendelsekode 1). Corrections (Forsendelsesstatus M) and cancellations \
            (C) name the message they change in RefToParent (\(FlowCorrectionTarget.info.id)); a MsgId is \
            used once (\(FlowDuplicateMsgId.info.id)); a resent LOG_INNLAGT stays in its stay \
            (\(FlowResend.info.id)).

            Every receiver answers every message with an AppRec (HIS 80415): status 1 OK or 2 Avvist with \
            codes (kodeverk 8221), OriginalMsgId naming the message, sender and receiver swapped \
            (\(FlowAppRecParties.info.id)), exactly one (\(FlowAppRecDuplicate.info.id)), within 96 h \
            (\(FlowAppRecMissing.info.id)); a rejected message is sent again with a new MsgId \
            (\(FlowAppRecResendSameMsgId.info.id)). LOG_DOD (Orientering om dødsfall) goes between the \
            nursing service and the GP, not in a hospital stay.

            """
        return out
    }
}
