import PLOModel
import XMLCore

/// Keeps one copy of each distinct list of findings, so that the many messages with the same
/// findings (a stay's messages all name the same patient) share one storage; the same for the
/// organisation names of the flow facts (a hospital's name costs once, not once per message).
struct FindingsInterner: Sendable {
    private var seen = Set<[Finding]>()
    private var names = Set<String>()

    /// `findings`, or an equal list met before.
    mutating func intern(_ findings: [Finding]) -> [Finding] {
        guard !findings.isEmpty else { return [] }
        return seen.insert(findings).memberAfterInsert
    }

    /// `message` with its organisation names shared with equal names met before.
    mutating func intern(_ message: FlowMessage?) -> FlowMessage? {
        guard var message else { return nil }
        if let name = message.senderName { message.senderName = names.insert(name).memberAfterInsert }
        if let name = message.receiverName { message.receiverName = names.insert(name).memberAfterInsert }
        return message
    }
}
