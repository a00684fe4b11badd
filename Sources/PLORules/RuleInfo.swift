import XMLCore

/// What `plo rules` and `plo explain` show about one rule.
public struct RuleInfo: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable {
        /// Checks one message on its own.
        case message
        /// Checks the messages of one patient stay together.
        case flow
        /// Checks XML itself (well-formedness, limits, schema).
        case xml
    }

    /// Stable ID, e.g. `PLO-EVENT-REQUIRED`.
    public var id: String
    public var severity: Severity
    public var kind: Kind
    /// One line: what it checks.
    public var summary: String
    /// Source document and section, e.g. `HIS 1149 3.2`.
    public var source: String
    /// The profiles it belongs to (`national` rules are also in `hnt`).
    public var profiles: [RuleProfile]
    /// Longer explanation for `plo explain`.
    public var explanation: String
    /// A short passing example (XML excerpt or flow description).
    public var passingExample: String
    /// A short failing example.
    public var failingExample: String

    public init(
        id: String, severity: Severity, kind: Kind, summary: String, source: String, profiles: [RuleProfile] = [.national, .hnt],
        explanation: String, passingExample: String, failingExample: String
    ) {
        self.id = id
        self.severity = severity
        self.kind = kind
        self.summary = summary
        self.source = source
        self.profiles = profiles
        self.explanation = explanation
        self.passingExample = passingExample
        self.failingExample = failingExample
    }
}
