import PLOModel
import XMLCore

/// Runs the profile's message rules over one message.
public struct ProfileChecker: Sendable {
    public let context: RuleContext
    private let rules: [any MessageRule]

    /// - Parameters:
    ///   - profile: `hnt` (default) or `national`.
    ///   - disabled: rule IDs to skip.
    public init(profile: RuleProfile = .hnt, disabled: Set<String> = []) {
        context = RuleContext(profile: profile)
        rules = RuleRegistry.messageRules.filter { rule in
            let info = type(of: rule).info
            return info.profiles.contains(profile) && !disabled.contains(info.id)
        }
    }

    /// All findings of the profile for `message`.
    public func check(_ message: PLOMessage) -> [Finding] {
        var context = context
        context.cached = MessageFacts(message)
        var findings: [Finding] = []
        // Each rule is called where it lies in the array, not copied out of it first.
        rules.withUnsafeBufferPointer { rules in
            for index in rules.indices { findings += rules[index].check(message, in: context) }
        }
        return findings
    }
}
