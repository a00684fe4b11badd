import PLOModel
import XMLCore

/// Settings every rule sees.
public struct RuleContext: Sendable {
    public var profile: RuleProfile
    /// The facts of the message being checked, read once by ``ProfileChecker``.
    var cached: MessageFacts?

    public init(profile: RuleProfile = .hnt) {
        self.profile = profile
    }
}

/// A profile rule that checks one message on its own. One rule per file in `Rules/`.
public protocol MessageRule: Sendable {
    /// What the rule is, for `plo rules` and `plo explain`.
    static var info: RuleInfo { get }
    /// Creates the rule.
    init()
    /// The findings for `message` (empty when it passes).
    func check(_ message: PLOMessage, in context: RuleContext) -> [Finding]
}

extension MessageRule {
    /// A finding of this rule at `node`.
    public func finding(_ message: String, at node: XMLNode? = nil, severity: Severity? = nil) -> Finding {
        Finding(rule: Self.info.id, severity: severity ?? Self.info.severity, message: message, line: node?.line, xpath: node?.xpath)
    }
}
