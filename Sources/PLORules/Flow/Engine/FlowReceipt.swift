import PLOCalendar
import PLOModel
import XMLCore

/// An AppRec as the flow checker sees it: attached to the message it acknowledges
/// (`OriginalMsgId/Id`), so it joins that message's stay (HIS 80415).
public struct FlowReceipt: Sendable, Hashable {
    public var file: String
    /// The AppRec's own `Id`.
    public var id: String
    /// GenDate as Oslo wall-clock time.
    public var time: LocalDateTime
    /// GenDate as an instant (Unix seconds).
    public var instant: Int64
    /// HER-id of the AppRec's sender (should be the original's receiver).
    public var senderHerId: String
    /// HER-id of the AppRec's receiver (should be the original's sender).
    public var receiverHerId: String
    /// `Status/@V`: 1 OK, 2 Avvist.
    public var status: String
    /// `Error/@V` codes (kodeverk 8221).
    public var errors: [String]

    /// Whether the receipt rejects the message (status 2, or 3 though PLO does not use it).
    public var isRejection: Bool { status == "2" || status == "3" }

    init(_ message: FlowMessage, time: LocalDateTime, instant: Int64) {
        file = message.file
        id = message.msgId ?? ""
        self.time = time
        self.instant = instant
        senderHerId = message.senderHerId ?? ""
        receiverHerId = message.receiverHerId ?? ""
        status = message.receiptStatus ?? ""
        errors = message.receiptErrors
    }
}
