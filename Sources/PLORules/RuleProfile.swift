/// Which rule set applies. `hnt` (the default) adds the regional rules of the cooperation
/// agreement between Helse Nord-Trøndelag and its municipalities to the national ones.
public enum RuleProfile: String, Sendable, Codable, CaseIterable {
    case national
    case hnt
}
