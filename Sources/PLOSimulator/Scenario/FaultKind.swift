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

    /// Sorts by declaration order, which is also the order faults are drawn in.
    public static func < (lhs: FaultKind, rhs: FaultKind) -> Bool {
        guard let l = allCases.firstIndex(of: lhs), let r = allCases.firstIndex(of: rhs) else { return false }
        return l < r
    }
}
