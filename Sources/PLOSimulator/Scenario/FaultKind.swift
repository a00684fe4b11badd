/// A deliberate deviation the simulator can inject into a stay, with the exact finding(s)
/// `plo flow` must report for it (see `docs/flow-rules.md`). At most one fault per stay.
public enum FaultKind: String, Codable, Sendable, CaseIterable, Comparable {
    /// Innleggelsesrapport sent 4 h 5 min – 20 h after LOG_INNLAGT.
    /// Predicts `FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H` (error; innlagt + report).
    case lateInnleggelsesrapport
    /// No Innleggelsesrapport at all. Predicts `FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H` (error; innlagt).
    case missingInnleggelsesrapport
    /// First hospital Helseopplysninger 24 h 5 min – 25 h after LOG_INNLAGT (still before utskrivningsklar).
    /// Predicts `FLOW-DEADLINE-HOSPITAL-INFO-24H` (error; innlagt).
    case lateHelseopplysninger
    /// No hospital Helseopplysninger at all. Predicts `FLOW-DEADLINE-HOSPITAL-INFO-24H` (error; innlagt)
    /// and one `FLOW-ORDER-HELSEOPPL-BEFORE-UTSKRIVNINGSKLAR` (error) per utskrivningsklar sent.
    case missingHelseopplysninger
    /// The first utskrivningsklar is sent 15:05–21:00 local time.
    /// Predicts `FLOW-WINDOW-UTSKRIVNINGSKLAR` (warning; utskrivningsklar).
    case utskrivningsklarAfterHours
    /// The first utskrivningsklar is sent 10:00–13:00 on a weekend day or public holiday.
    /// Predicts `FLOW-WINDOW-UTSKRIVNINGSKLAR` (warning; utskrivningsklar).
    case utskrivningsklarOnClosedDay
    /// A LOG_AVMELDING before any utskrivningsklar.
    /// Predicts `FLOW-AVMELDING-WITHOUT-UTSKRIVNINGSKLAR` (error; avmelding).
    case avmeldingWithoutUtskrivningsklar
    /// LOG_UTSKREVET without an Utskrivningsrapport. Predicts `FLOW-UTSKREVET-WITHOUT-REPORT` (warning; utskrevet).
    case utskrevetWithoutReport
    /// A hospital Helseopplysninger (N) 1–3 h after LOG_UTSKREVET.
    /// Predicts `FLOW-AFTER-UTSKREVET` (warning; the late message).
    case messageAfterUtskrevet
    /// The municipality sends supplementary Helseopplysninger 24 h 30 min – 25 h after admission.
    /// Predicts `FLOW-DEADLINE-SUPPLEMENT-24H` (warning; the supplement).
    case lateSupplement
    /// The first hospital Helseopplysninger is sent again 5–30 min later with the same MsgId
    /// and different text. Predicts `FLOW-DUPLICATE-MSGID` (error; both files).
    case duplicateMsgId
    /// The Utskrivningsrapport carries `MsgInfo/Type` V="UTSKRIVNINGSRAPPORT" with the display
    /// name of another type (schema-valid). Predicts `PLO-TYPE-MISMATCH` (error; that file).
    case wrongTypeDisplayName
    /// The ward sends a correction (Forsendelsesstatus M) of its utskrivningsklar whose
    /// RefToParent names a MsgId that was never sent. Predicts `FLOW-CORRECTION-TARGET`
    /// (warning; the correction).
    case correctionWithoutTarget
    /// LOG_INNLAGT is sent 22 h 5 min – 23 h after the admission, the Innleggelsesrapport 2–3 h 30 min
    /// after it (in time for 4 h, late for the døgn from the admission itself).
    /// Predicts `FLOW-DEADLINE-INNLEGGELSESRAPPORT-1D` (error; innlagt + report).
    case lateInnlagt
    /// The hospital's first Helseopplysninger carries TypeInnhold 2 instead of 1.
    /// Predicts `FLOW-HELSEOPPL-SEQUENCE` (error; that file).
    case helseopplysningerWrongSequence
    /// LOG_INNLAGT is sent again 10–60 min later with a new MsgId.
    /// Predicts `FLOW-RESEND` (info; the resend + the first).
    case resendInnlagt
    /// A patient new to municipal services: no LOG_INNLAGT, no Innleggelsesrapport; the hospital's
    /// Helseopplysninger varsel (TypeInnhold 1) opens the stay. Predicts `FLOW-NO-ADMISSION` (info; the varsel).
    case newPatient
    /// The patient leaves before the municipality answers, the self-discharge conditions met (the
    /// municipality never answers). Predicts `FLOW-SELF-DISCHARGE` (info; utskrevet + utskrivningsklar).
    case selfDischarge
    /// The patient leaves before the municipality answers and the Utskrivningsrapport comes 5–20 min
    /// after LOG_UTSKREVET. Predicts `FLOW-UTSKREVET-BEFORE-ANSWER` (warning; utskrevet + utskrivningsklar)
    /// and `FLOW-UTSKREVET-WITHOUT-REPORT` (warning; utskrevet + the late report).
    case utskrevetBeforeAnswer
    /// The hospital rejects the first Innleggelsesrapport (AppRec status 2, E35); the municipality
    /// sends it again with a new MsgId. Predicts `FLOW-RESEND` (info; the resend + the rejected one).
    /// Needs AppRecs on.
    case appRecRejected
    /// The municipality's AppRec for LOG_INNLAGT comes 97–120 h after it.
    /// Predicts `FLOW-APPREC-MISSING` (warning; innlagt + the late AppRec). Needs AppRecs on.
    case appRecLate
    /// The municipality sends no AppRec for LOG_INNLAGT. Predicts `FLOW-APPREC-MISSING` (warning;
    /// innlagt) when the output reaches 96 h past it. Needs AppRecs on.
    case appRecMissing
    /// The municipality sends two AppRecs for LOG_INNLAGT.
    /// Predicts `FLOW-APPREC-DUPLICATE` (error; both AppRecs + innlagt). Needs AppRecs on.
    case appRecDuplicate
    /// The municipality's AppRec for LOG_INNLAGT names the hospital as its sender (parties not swapped).
    /// Predicts `FLOW-APPREC-PARTIES` (error; the AppRec + innlagt). Needs AppRecs on.
    case appRecWrongParties
    /// The hospital rejects the first Innleggelsesrapport; the municipality sends the same document
    /// again with the same MsgId. Predicts `FLOW-APPREC-RESEND-SAME-MSGID` (error; the copy + the
    /// original). Needs AppRecs on.
    case appRecResendSameMsgId

    /// Sorts by declaration order, which is also the order faults are drawn in.
    public static func < (lhs: FaultKind, rhs: FaultKind) -> Bool {
        guard let l = allCases.firstIndex(of: lhs), let r = allCases.firstIndex(of: rhs) else { return false }
        return l < r
    }
}
