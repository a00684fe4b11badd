/// The flow rules, in the order `plo rules` lists them and findings are reported.
public enum FlowRules {
    public static let all: [any FlowRule] = [
        FlowNoAdmission(),
        FlowDeadlineInnleggelsesrapport4H(),
        FlowDeadlineSupplement24H(),
        FlowDeadlineHospitalInfo24H(),
        FlowOrderHelseopplBeforeUtskrivningsklar(),
        FlowWindowUtskrivningsklar(),
        FlowAvmeldingWithoutUtskrivningsklar(),
        FlowUtskrevetWithoutReport(),
        FlowAfterUtskrevet(),
        FlowDuplicateMsgId(),
        FlowCorrectionTarget(),
    ]

    /// What `plo rules` shows about them.
    public static var infos: [RuleInfo] { all.map { type(of: $0).info } }
}
