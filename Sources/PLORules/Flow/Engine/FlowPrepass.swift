import PLOCalendar
import PLOModel

/// The first pass over the messages: what the streaming second pass (``FlowStream``) must know
/// in advance to hand a stay out the moment it is complete, without keeping the messages.
///
/// It keeps no message. Per distinct stay key it keeps one count (keyed by a 64-bit hash of
/// the patient and the unordered HER-id pair); per assigned message with a MsgId, one 64-bit
/// hash until ``finish()``, which reduces them to the hashes that occur more than once (8 bytes
/// per message, plus the slack of 256 growing arrays).
struct FlowPrepass {
    /// HER-ids known as hospitals (decides the side of HELSEOPPL_SOKNAD and LOG_DOD).
    var hospitals = Set<String>()
    /// Assigned messages (identical resends included) per stay-key hash class.
    var perBucket: [UInt64: Int32] = [:]
    /// Whether the assigned messages came in checker order (time, MsgId, file).
    var sorted = true
    /// MsgId hashes, partitioned by their top byte so that no single array doubles (and is
    /// copied) at the scale of all messages.
    private var msgIdHashes = [[UInt64]](repeating: [], count: 256)
    private var previous: (instant: Int64, msgId: String, file: String)?
    /// AppRecs per acknowledged MsgId's hash.
    var receiptsPerOriginal: [UInt64: Int32] = [:]
    /// HER-ids that sent at least one AppRec.
    var receiptSenders = Set<String>()
    /// The latest GenDate of any assignable message or AppRec.
    var inputEnd: Int64?

    /// Notes one message; returns its facts, or why it is unassigned.
    @discardableResult
    mutating func note(_ message: FlowMessage) -> Result<FlowClassifier.Facts, UnassignedReason> {
        FlowClassifier.noteHospital(message, in: &hospitals)
        let result = FlowClassifier.facts(message)
        guard case .success(let facts) = result else { return result }
        inputEnd = max(inputEnd ?? facts.instant, facts.instant)
        let msgId = message.msgId ?? ""
        if facts.type == .appRec {
            if let original = message.originalMsgId { receiptsPerOriginal[FlowClassifier.msgIdHash(original), default: 0] += 1 }
            if !facts.sender.isEmpty { receiptSenders.insert(facts.sender) }
        } else {
            perBucket[facts.bucket, default: 0] += 1
        }
        if !msgId.isEmpty, facts.type != .appRec {
            let hash = FlowClassifier.msgIdHash(msgId)
            msgIdHashes[Int(hash >> 56)].append(hash)
        }
        if sorted {
            if let previous, (previous.instant, previous.msgId, previous.file) > (facts.instant, msgId, message.file) {
                sorted = false
            } else {
                previous = (facts.instant, msgId, message.file)
            }
        }
        return result
    }

    /// What the second pass needs: hospitals, counts per key class, and the MsgId hashes seen
    /// more than once with their counts (candidates for resends and FLOW-DUPLICATE-MSGID).
    mutating func finish() -> Summary {
        var repeated: [UInt64: Int32] = [:]
        for part in msgIdHashes.indices {
            var hashes = msgIdHashes[part]
            msgIdHashes[part] = []
            hashes.sort()
            var start = 0
            while start < hashes.count {
                var end = start + 1
                while end < hashes.count, hashes[end] == hashes[start] { end += 1 }
                if end - start > 1 { repeated[hashes[start]] = Int32(clamping: end - start) }
                start = end
            }
        }
        return Summary(
            hospitals: hospitals, perBucket: perBucket, repeatedMsgIds: repeated,
            receipts: ReceiptFacts(perOriginal: receiptsPerOriginal, senders: receiptSenders, inputEnd: inputEnd))
    }

    struct Summary {
        var hospitals: Set<String>
        var perBucket: [UInt64: Int32]
        var repeatedMsgIds: [UInt64: Int32]
        var receipts = ReceiptFacts()
    }
}

/// What the AppRec rules must know about the whole input.
public struct ReceiptFacts: Sendable {
    /// AppRecs per acknowledged MsgId's hash.
    var perOriginal: [UInt64: Int32] = [:]
    /// HER-ids that sent at least one AppRec: FLOW-APPREC-MISSING judges only these receivers.
    public var senders = Set<String>()
    /// The latest GenDate in the input: FLOW-APPREC-MISSING judges a message only when this is
    /// at least 96 h after it.
    public var inputEnd: Int64?

    public init() {}

    init(perOriginal: [UInt64: Int32], senders: Set<String>, inputEnd: Int64?) {
        self.perOriginal = perOriginal
        self.senders = senders
        self.inputEnd = inputEnd
    }
}
