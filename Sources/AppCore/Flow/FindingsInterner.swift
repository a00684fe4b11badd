import XMLCore

/// Keeps one copy of each distinct list of findings, so that the many messages with the same
/// findings (a stay's messages all name the same patient) share one storage.
struct FindingsInterner {
    private var seen = Set<[Finding]>()

    /// `findings`, or an equal list met before.
    mutating func intern(_ findings: [Finding]) -> [Finding] {
        guard !findings.isEmpty else { return [] }
        return seen.insert(findings).memberAfterInsert
    }
}
