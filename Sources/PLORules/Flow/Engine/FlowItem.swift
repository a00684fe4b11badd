import PLOCalendar
import PLOModel
import XMLCore

/// One message as the checker sees it: the extracted facts, parsed time and side.
public struct FlowItem: Sendable {
    public var message: FlowMessage
    public var type: MessageType
    /// GenDate as Oslo wall-clock time.
    public var time: LocalDateTime
    /// GenDate as an instant (Unix seconds), for real elapsed time and ordering.
    public var instant: Int64
    public var side: FlowSide
    /// Files with the same MsgId and identical bytes (resends, counted once).
    public var resends: [String] = []
    /// AppRecs that acknowledge this message (HIS 80415), in the order they were sent.
    public var receipts: [FlowReceipt] = []
    /// Findings attached to this message from outside its stay (FLOW-DUPLICATE-MSGID).
    var attached: [Finding] = []

    public var file: String { message.file }
    public var status: FlowMessage.Status { message.status }
    public var msgId: String { message.msgId ?? "" }

    /// Sort order of the contract: time, then MsgId (file only to break exact ties).
    static func precedes(_ a: FlowItem, _ b: FlowItem) -> Bool {
        if a.instant != b.instant { return a.instant < b.instant }
        if a.msgId != b.msgId { return a.msgId < b.msgId }
        return a.file < b.file
    }
}
