import PLOCalendar
import XMLCore

/// A rule over the messages of one stay. One rule per file, `Flow<RuleName>.swift`.
public protocol FlowRule: Sendable {
    /// What the rule is, for `plo rules` and `plo explain`.
    static var info: RuleInfo { get }
    init()
    /// The findings for `stay` (empty when it passes).
    func check(_ stay: FlowStay, in context: FlowContext) -> [Finding]
}

extension FlowRule {
    /// A finding of this rule.
    func finding(
        _ message: String, files: [String], deadline: LocalDateTime? = nil, late: Int64? = nil
    ) -> Finding {
        Finding(
            rule: Self.info.id, severity: Self.info.severity, message: message, files: files, deadline: deadline,
            lateSeconds: late)
    }
}
