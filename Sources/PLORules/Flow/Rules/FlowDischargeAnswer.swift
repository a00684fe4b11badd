import PLOCalendar
import PLOModel
import XMLCore

/// What FLOW-UTSKREVET-BEFORE-ANSWER and FLOW-SELF-DISCHARGE share: the live discharges that came
/// after Melding om utskrivningsklar pasient but before the municipality's answer (HNT 3.1.2 a,
/// 3.2 a), and whether the self-discharge conditions (HNT 3.1 a I) held for each.
enum DischargeAnswer {
    struct Case {
        var discharge: FlowItem
        var utskrivningsklar: FlowItem
        /// The self-discharge conditions were met: Helseopplysninger – oppdatert (TypeInnhold 2),
        /// Utskrivningsrapport (the epikrise's counterpart) and utskrivningsklar all sent before
        /// the patient left.
        var selfDischarge: Bool
    }

    static func cases(_ stay: FlowStay) -> [Case] {
        let klar = stay.positions(.utskrivningsklar, newOnly: true).map { stay.items[$0] }
        guard !klar.isEmpty else { return [] }
        let answers = stay.items.indices.filter { stay.isPresent($0) && stay.isAnswer(stay.items[$0]) }.map { stay.items[$0] }
        let avmeldinger = stay.positions(.avmelding).map { stay.items[$0] }
        let updated = stay.positions(.helseopplysninger, from: .hospital).map { stay.items[$0] }
            .filter { $0.message.contentType == "2" }
        let reports = stay.positions(.utskrivningsrapport).map { stay.items[$0] }
        return stay.positions(.utskrevet, newOnly: true).compactMap { position in
            let discharge = stay.items[position]
            guard !FlowStay.isDeath(discharge),
                let last = klar.last(where: { $0.instant < discharge.instant }),
                // An avmelding withdrew the utskrivningsklar: no longer waiting for an answer.
                !avmeldinger.contains(where: { $0.instant > last.instant && $0.instant <= discharge.instant }),
                !answers.contains(where: { $0.instant <= discharge.instant })
            else { return nil }
            let met =
                updated.contains { $0.instant < last.instant }
                && reports.contains { $0.instant <= discharge.instant }
            return Case(discharge: discharge, utskrivningsklar: last, selfDischarge: met)
        }
    }
}

/// FLOW-UTSKREVET-BEFORE-ANSWER: the patient left after Melding om utskrivningsklar pasient but
/// before the municipality's answer, and the self-discharge conditions were not met (hnt).
public struct FlowUtskrevetBeforeAnswer: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-UTSKREVET-BEFORE-ANSWER", severity: .warning, kind: .flow,
        summary:
            "The patient left (LOG_UTSKREVET, alive) after Melding om utskrivningsklar pasient but before the municipality's answer, and the self-discharge conditions were not met.",
        source: "HNT 3.1.2 a, 3.2 a", profiles: [.hnt],
        explanation: """
            The municipality answers Melding om utskrivningsklar pasient "straks": whether and when it can \
            receive the patient and what it will offer (HNT 3.2 a). The answer is a Dialogmelding \
            (DIALOG_HELSEFAGLIG) from the municipality whose ConversationRef names the utskrivningsklar \
            message. The patient is utreiseklar only once that answer has come (HNT 3.1.2 a): a \
            LOG_UTSKREVET (alive) after an utskrivningsklar and before any answer gets this finding — unless \
            the self-discharge conditions of HNT 3.1 a were met (then FLOW-SELF-DISCHARGE, info). An \
            avmelding between them withdraws the utskrivningsklar.
            """,
        passingExample: "Wed 11:00 LOG_UTSKRIVNINGSKLAR → · Wed 12:10 ← DIALOG_HELSEFAGLIG (svar) · Thu 10:20 LOG_UTSKREVET →",
        failingExample: "Wed 11:00 LOG_UTSKRIVNINGSKLAR → · Thu 10:20 LOG_UTSKREVET → (no answer; no Helseopplysninger – oppdatert)")

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        DischargeAnswer.cases(stay).filter { !$0.selfDischarge }.map { c in
            finding(
                "the patient left (\(c.discharge.time.iso)) before the municipality answered the Melding om utskrivningsklar pasient of \(FlowText.time(c.utskrivningsklar.time, near: c.discharge.time)) (\(c.utskrivningsklar.file)); the self-discharge conditions (oppdatert Helseopplysninger, Utskrivningsrapport, utskrivningsklar) were not met",
                files: [c.discharge.file, c.utskrivningsklar.file])
        }
    }
}

/// FLOW-SELF-DISCHARGE: the patient left before the municipality's answer under the
/// self-discharge rule (its conditions met; HNT 3.1 a).
public struct FlowSelfDischarge: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-SELF-DISCHARGE", severity: .info, kind: .flow,
        summary: "The patient left before the municipality's answer under the self-discharge rule (its conditions met).",
        source: "HNT 3.1 a", profiles: [.hnt],
        explanation: """
            A patient may leave before the municipality has answered Melding om utskrivningsklar pasient, \
            or against the hospital's advice, when the patient is utskrivningsklar and the hospital has sent \
            Helseopplysninger – oppdatert (TypeInnhold 2), the Utskrivningsrapport (or epikrise) and \
            Melding om utskrivningsklar pasient (HNT 3.1 a I). The messages cannot show consent (II) or the \
            hospital's judgement (III), so such a discharge is reported as info, not as \
            FLOW-UTSKREVET-BEFORE-ANSWER.
            """,
        passingExample: "Wed 11:00 LOG_UTSKRIVNINGSKLAR → · Wed 12:10 ← DIALOG_HELSEFAGLIG (svar) · Thu 10:20 LOG_UTSKREVET → (no self-discharge)",
        failingExample:
            "Wed 10:30 HELSEOPPL_SOKNAD (2) → · Wed 11:00 LOG_UTSKRIVNINGSKLAR → · Wed 13:00 UTSKRIVNINGSRAPPORT → · Wed 13:05 LOG_UTSKREVET → (no answer yet)"
    )

    public init() {}

    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] {
        DischargeAnswer.cases(stay).filter(\.selfDischarge).map { c in
            finding(
                "the patient left (\(c.discharge.time.iso)) before the municipality answered the Melding om utskrivningsklar pasient of \(FlowText.time(c.utskrivningsklar.time, near: c.discharge.time)); the self-discharge conditions were met (HNT 3.1 a)",
                files: [c.discharge.file, c.utskrivningsklar.file])
        }
    }
}
