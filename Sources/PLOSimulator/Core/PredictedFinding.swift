/// A finding the checker must report because the simulator injected a fault on purpose.
public struct PredictedFinding: Sendable, Equatable, Hashable {
    /// Stable rule ID, e.g. `FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H`.
    public var rule: String
    /// `error`, `warning` or `info`.
    public var severity: String
    /// The stay ID (`S000001`).
    public var stay: String
    /// Files the finding names, relative to the output directory (`messages/…xml`).
    public var files: [String]
    /// The fault that caused it.
    public var fault: FaultKind

    /// Creates a prediction.
    public init(rule: String, severity: String, stay: String, files: [String], fault: FaultKind) {
        self.rule = rule
        self.severity = severity
        self.stay = stay
        self.files = files
        self.fault = fault
    }
}

/// One written document, as listed in the manifest.
public struct MessageRecord: Sendable, Equatable {
    /// 1-based position in send order.
    public var sequence: Int
    /// Path relative to the output directory.
    public var file: String
    /// Stay ID; for AppRec, the stay of the acknowledged message.
    public var stay: String
    /// MsgInfo/Type code, or `APPREC`.
    public var type: String
    /// MsgId (AppRec: its Id).
    public var msgId: String
    /// Top-level sender HER-id.
    public var sender: String
    /// Top-level receiver HER-id.
    public var receiver: String
    /// Patient fødselsnummer.
    public var patient: String
    /// Send instant (Unix seconds).
    public var time: SimTime
    /// Send time as written in GenDate (Oslo local ISO).
    public var localTime: String
    /// AppRec only: the acknowledged MsgId.
    public var acknowledges: String?
    /// Corrections (Forsendelsesstatus M) only: the MsgId corrected (RefToParent).
    public var corrects: String? = nil
}
