import PLOCalendar

/// Settings of a flow check.
public struct FlowContext: Sendable {
    /// The profile: `national` turns the HNT rules off.
    public var profile: RuleProfile
    /// Rule IDs not to run (warnings and info only).
    public var disabled: Set<String>
    /// The 08–15 weekday window.
    public var window: WorkingWindow

    public init(profile: RuleProfile = .hnt, disabled: Set<String> = [], window: WorkingWindow = .standard) {
        self.profile = profile
        self.disabled = disabled
        self.window = window
    }

    /// Whether the rule described by `info` runs.
    public func runs(_ info: RuleInfo) -> Bool {
        info.profiles.contains(profile) && !disabled.contains(info.id)
    }
}
