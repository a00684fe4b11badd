import PLOCalendar
import PLOModel
import XMLCore

/// FLOW-DUPLICATE-MSGID: one MsgId, different content. Checked over all messages by the
/// ``FlowChecker`` (a MsgId is unique across stays); the finding goes to the stay of the
/// earliest message involved.
public struct FlowDuplicateMsgId: FlowRule {
    public static let info = RuleInfo(
        id: "FLOW-DUPLICATE-MSGID", severity: .error, kind: .flow,
        summary: "A MsgId is used once; the same MsgId with different content is an error.", source: "HIS 80704",
        explanation: """
            Every message has its own MsgId (a UUID). The same file delivered twice (identical bytes) is a \
            resend and is counted once. Two different messages with one MsgId make receipts, corrections and \
            cancellations ambiguous: the finding names every file involved.
            """,
        passingExample: "a.xml MsgId 6f1d… · b.xml (identical copy of a.xml): one message",
        failingExample: "a.xml MsgId 6f1d… · c.xml MsgId 6f1d… with other text")

    public init() {}

    /// Stays are not checked one by one: see ``FlowChecker``.
    public func check(_ stay: FlowStay, in context: FlowContext) -> [Finding] { [] }

    /// The finding for `files` sharing `msgId`.
    func finding(msgId: String, files: [String]) -> Finding {
        finding("MsgId \(msgId) is used by \(files.count) messages with different content", files: files)
    }
}
