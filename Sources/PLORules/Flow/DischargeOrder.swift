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
            from: .hospital, type: .innlagt, when: "when the patient is admitted; starts every deadline",
            purpose: "tells the municipality its patient is in hospital", rule: FlowNoAdmission.info),
        DischargeStep(
            from: .municipality, type: .innleggelsesrapport,
            when: "within \(FlowDeadlineInnleggelsesrapport4H.hours) h of Melding om innlagt pasient",
            purpose: "what services, medication and contacts the patient had at home",
            rule: FlowDeadlineInnleggelsesrapport4H.info, deadlineHours: FlowDeadlineInnleggelsesrapport4H.hours),
        DischargeStep(
            from: .municipality, type: .helseopplysninger,
            when: "supplements (Innleggelsesrapport M/A, Helseopplysninger) within \(FlowDeadlineSupplement24H.hours) h of admission",
            purpose: "anything the municipality adds after its first report",
            rule: FlowDeadlineSupplement24H.info, deadlineHours: FlowDeadlineSupplement24H.hours),
        DischargeStep(
            from: .hospital, type: .helseopplysninger, when: "within \(FlowDeadlineHospitalInfo24H.hours) h of admission",
            purpose: "status, expected course and expected discharge date, so the municipality can plan",
            rule: FlowDeadlineHospitalInfo24H.info, deadlineHours: FlowDeadlineHospitalInfo24H.hours),
        DischargeStep(
            from: .hospital, type: .helseopplysninger, when: "updated, before Melding om utskrivningsklar pasient",
            purpose: "the information the municipality needs to decide on services",
            rule: FlowOrderHelseopplBeforeUtskrivningsklar.info),
        DischargeStep(
            from: .hospital, type: .utskrivningsklar,
            when: "08:00–15:00 Monday–Friday, not on public holidays",
            purpose: "the patient is ready for discharge; sent in the window, the municipality can normally receive the patient the same day (day 0)",
            rule: FlowWindowUtskrivningsklar.info),
        DischargeStep(
            from: .hospital, type: .avmelding, when: "only while an utskrivningsklar is active (optional)",
            purpose: "the patient is no longer ready; a new utskrivningsklar follows later",
            rule: FlowAvmeldingWithoutUtskrivningsklar.info),
        DischargeStep(
            from: .hospital, type: .utskrivningsrapport, when: "on the discharge day",
            purpose: "the nursing discharge report for the municipality's nurses",
            rule: FlowUtskrevetWithoutReport.info),
        DischargeStep(
            from: .hospital, type: .utskrevet, when: "when the patient leaves; ends the stay (LOG_DOD instead if the patient dies)",
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

            Deadlines run in real hours from the GenDate of Melding om innlagt pasient, through nights, \
            weekends and DST changes. Corrections (Forsendelsesstatus M) and cancellations (C) name the \
            message they change in RefToParent (\(FlowCorrectionTarget.info.id)); a MsgId is used once \
            (\(FlowDuplicateMsgId.info.id)).

            """
        return out
    }
}
