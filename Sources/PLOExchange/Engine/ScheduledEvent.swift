/// What the journal's `event` table holds: the counterpart's next actions, in virtual time.
/// Rows, not memory, so a restart resumes them.
enum ScheduledEvent: Codable, Equatable {
    /// Send the AppRec for the EPJ's message journaled at `seq`.
    case appRec(seq: Int64, late: Bool, duplicate: Bool)
    /// As municipality: the nursing service's Innleggelsesrapport for the LOG_INNLAGT at `seq`.
    case innleggelsesrapport(seq: Int64)
    /// As municipality: the case office's Dialogmelding answer to the utskrivningsklar at `seq`.
    case answer(seq: Int64)
    /// As hospital: send a message the hospital ward planned (pre-written at the first start).
    case prepared(name: String, xml: String)
    /// Evaluate the FLOW rules for a patient's stays at this time (deadlines that passed).
    case check(patient: String)

    var kind: String {
        switch self {
        case .appRec: "apprec"
        case .innleggelsesrapport: "innleggelsesrapport"
        case .answer: "answer"
        case .prepared: "prepared"
        case .check: "check"
        }
    }
}
