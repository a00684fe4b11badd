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

    /// Notes one message; returns its facts, or why it is unassigned.
    @discardableResult
    mutating func note(_ message: FlowMessage) -> Result<FlowClassifier.Facts, UnassignedReason> {
        FlowClassifier.noteHospital(message, in: &hospitals)
        let result = FlowClassifier.facts(message)
        guard case .success(let facts) = result else { return result }
        perBucket[facts.bucket, default: 0] += 1
        let msgId = message.msgId ?? ""
        if !msgId.isEmpty {
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
        return Summary(hospitals: hospitals, perBucket: perBucket, repeatedMsgIds: repeated)
    }

    struct Summary {
        var hospitals: Set<String>
        var perBucket: [UInt64: Int32]
        var repeatedMsgIds: [UInt64: Int32]
    }
}
