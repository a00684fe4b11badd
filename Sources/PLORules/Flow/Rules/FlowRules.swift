/// The flow rules, in the order `plo rules` lists them and findings are reported.
public enum FlowRules {
    public static let all: [any FlowRule] = [
        FlowNoAdmission(),
        FlowResend(),
        FlowDeadlineInnleggelsesrapport4H(),
        FlowDeadlineInnleggelsesrapport1D(),
        FlowDeadlineSupplement24H(),
        FlowDeadlineHospitalInfo24H(),
        FlowHelseopplSequence(),
        FlowOrderHelseopplBeforeUtskrivningsklar(),
        FlowWindowUtskrivningsklar(),
        FlowAvmeldingWithoutUtskrivningsklar(),
        FlowUtskrevetWithoutReport(),
        FlowUtskrevetBeforeAnswer(),
        FlowSelfDischarge(),
        FlowAfterUtskrevet(),
        FlowDuplicateMsgId(),
        FlowCorrectionTarget(),
        FlowAppRecMissing(),
        FlowAppRecDuplicate(),
        FlowAppRecParties(),
        FlowAppRecResendSameMsgId(),
    ]

    /// What `plo rules` shows about them.
    public static var infos: [RuleInfo] { all.map { type(of: $0).info } }
}
