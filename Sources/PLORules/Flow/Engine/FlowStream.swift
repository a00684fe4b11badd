import PLOCalendar
import PLOModel

/// The second pass of ``FlowChecker``: takes the messages in checker order (time, MsgId, file)
/// and keeps full items only for stays that are still open.
///
/// A stay is *closed* at the next `LOG_INNLAGT` (N) for its key or once every message of its
/// key's hash class (``FlowPrepass``) has arrived — at or after its key's last message, never
/// before, so its messages are exactly those of the contract. A closed stay is checked and
/// handed out at once unless one of its messages has a MsgId whose other occurrences are still
/// to come (their resends or the FLOW-DUPLICATE-MSGID finding go to this stay): it is *held*
/// until the last of them arrives.
struct FlowStream {
    let checker: FlowChecker
    let classifier: FlowClassifier
    private var remainingPerBucket: [UInt64: Int32]
    private var remainingPerMsgId: [UInt64: Int32]
    /// Open and held stays by serial number.
    private var stays: [Int: Stay] = [:]
    /// Open stays per key hash class (almost always one).
    private var open: [UInt64: [(key: StayKey, serial: Int)]] = [:]
    /// MsgIds with occurrences still to come, per MsgId hash.
    private var groups: [UInt64: [String: Group]] = [:]
    private var nextSerial = 0
    /// The whole input's AppRec facts (from the first pass).
    let receiptFacts: ReceiptFacts
    /// AppRecs still to come per acknowledged MsgId's hash.
    private var receiptsRemaining: [UInt64: Int32]
    /// Where the messages with AppRecs still to come sit (each holds its stay).
    private var located: [String: (serial: Int, position: Int)] = [:]
    /// AppRecs that came before the message they acknowledge.
    private var pendingReceipts: [String: [FlowReceipt]] = [:]
    private(set) var outcome = FlowOutcome()
    /// Set when stays are to come out in report order (see ``StayReorder``).
    private var reorder: StayReorder?

    private struct Stay {
        var key: StayKey
        var items: [FlowItem]
        var closed = false
        /// Whether a Melding om utskrevet pasient (N) ended it: a new admission opens a new stay.
        var ended = false
        /// Items whose MsgId has occurrences (or AppRecs) still to come.
        var holds = 0
    }

    /// Every message with one MsgId so far: files in order, and the first of each content.
    private struct Group {
        var files: [String] = []
        var kept: [(contentHash: UInt64, serial: Int, position: Int)] = []
    }

    /// With `ordered`, stays are handed out in report order (by first message, then id) rather
    /// than as they complete.
    init(checker: FlowChecker, summary: FlowPrepass.Summary, ordered: Bool = false) {
        self.checker = checker
        reorder = ordered ? StayReorder() : nil
        classifier = FlowClassifier(hospitals: summary.hospitals)
        remainingPerBucket = summary.perBucket
        remainingPerMsgId = summary.repeatedMsgIds
        receiptFacts = summary.receipts
        receiptsRemaining = summary.receipts.perOriginal
    }

    /// Takes the next message (any message; unassignable ones are listed as unassigned).
    mutating func add(_ message: FlowMessage, sink: (StayResult) -> Void) {
        switch FlowClassifier.facts(message) {
        case .failure(let reason):
            outcome.messages += 1
            outcome.unassigned.append(UnassignedMessage(file: message.file, reason: reason.text))
        case .success(let facts): add(message, facts, sink: sink)
        }
    }

    /// Takes the next assignable message with its facts.
    mutating func add(_ message: FlowMessage, _ facts: FlowClassifier.Facts, sink: (StayResult) -> Void) {
        if facts.type == .appRec {
            receipt(FlowReceipt(message, time: facts.time, instant: facts.instant), for: message.originalMsgId ?? "", sink: sink)
            return
        }
        let (item, key) = classifier.classify(message, facts)
        let bucket = facts.bucket
        let msgId = item.msgId
        let msgIdHash = msgId.isEmpty ? nil : FlowClassifier.msgIdHash(msgId)
        if let msgIdHash, let remaining = remainingPerMsgId[msgIdHash] {
            remainingPerMsgId[msgIdHash] = remaining - 1
            var group = groups[msgIdHash]?[msgId] ?? Group()
            group.files.append(item.file)
            if let original = group.kept.first(where: { $0.contentHash == item.message.contentHash }) {
                stays[original.serial]?.items[original.position].resends.append(item.file)
            } else {
                outcome.messages += 1
                let (serial, position) = place(item, key: key, bucket: bucket, sink: sink)
                group.kept.append((item.message.contentHash, serial, position))
                stays[serial]?.holds += 1
                locate(msgId, serial: serial, position: position)
            }
            groups[msgIdHash, default: [:]][msgId] = group
            if remaining - 1 <= 0 { complete(msgIdHash, sink: sink) }
        } else {
            outcome.messages += 1
            let (serial, position) = place(item, key: key, bucket: bucket, sink: sink)
            locate(msgId, serial: serial, position: position)
        }
        if let remaining = remainingPerBucket[bucket] {
            if remaining > 1 {
                remainingPerBucket[bucket] = remaining - 1
            } else {
                remainingPerBucket[bucket] = nil
                for entry in open.removeValue(forKey: bucket) ?? [] { close(entry.serial, sink: sink) }
            }
        }
    }

    /// Checks and hands out every stay still in memory; returns the outcome.
    mutating func finish(sink: (StayResult) -> Void) -> FlowOutcome {
        for hash in groups.keys.sorted() { complete(hash, sink: sink) }
        for (msgId, place) in located.sorted(by: { $0.key < $1.key }) {
            located[msgId] = nil
            release(place.serial, sink: sink)
        }
        for (original, receipts) in pendingReceipts {
            for receipt in receipts {
                outcome.unassigned.append(
                    UnassignedMessage(
                        file: receipt.file,
                        reason: "AppRec for MsgId \(original), which is not a stay message in the input"))
            }
        }
        pendingReceipts = [:]
        for serial in stays.keys.sorted() { close(serial, sink: sink) }
        open = [:]
        reorder?.release(final: true, sink: sink)
        outcome.unassigned.sort { $0.file < $1.file }
        return outcome
    }

    /// Adds `item` to the open stay of `key` (a new stay at a LOG_INNLAGT N); returns where it went.
    @discardableResult
    private mutating func place(_ item: FlowItem, key: StayKey, bucket: UInt64, sink: (StayResult) -> Void) -> (serial: Int, position: Int) {
        var entries = open.removeValue(forKey: bucket) ?? []
        defer { open[bucket] = entries }
        let ends = item.type == .utskrevet && item.status == .new
        if let index = entries.firstIndex(where: { $0.key == key }) {
            let serial = entries[index].serial
            // A new admission (or varsel) opens a new stay only once the open one has ended; inside
            // an open stay it is a resend (FLOW-RESEND) or the LOG_INNLAGT after a varsel.
            if FlowClassifier.opensStay(item), stays[serial]?.ended ?? true {
                entries.remove(at: index)
                close(serial, sink: sink)
            } else if let count = stays[serial]?.items.count {
                stays[serial]?.items.append(item)
                if ends { stays[serial]?.ended = true }
                return (serial, count)
            }
        }
        let serial = nextSerial
        nextSerial += 1
        stays[serial] = Stay(key: key, items: [item], ended: ends)
        reorder?.open(serial, instant: item.instant, msgId: item.msgId)
        entries.append((key, serial))
        outcome.maxOpenStays = max(outcome.maxOpenStays, stays.count)
        return (serial, 0)
    }

    /// No more messages for the stay: check and hand it out unless it is held.
    private mutating func close(_ serial: Int, sink: (StayResult) -> Void) {
        guard let stay = stays[serial] else { return }
        if stay.holds > 0 {
            stays[serial]?.closed = true
            return
        }
        stays[serial] = nil
        let result = checker.finish(stay.items, key: stay.key, receipts: receiptFacts)
        outcome.stays += 1
        if reorder != nil {
            reorder?.complete(serial, result, sink: sink)
        } else {
            sink(result)
        }
    }

    /// Every occurrence of the MsgIds with hash `hash` has arrived: attach FLOW-DUPLICATE-MSGID
    /// to the first message of each MsgId used with different content, and release the holds.
    private mutating func complete(_ hash: UInt64, sink: (StayResult) -> Void) {
        remainingPerMsgId[hash] = nil
        guard let byMsgId = groups.removeValue(forKey: hash) else { return }
        let rule = FlowDuplicateMsgId()
        let runs = checker.context.runs(FlowDuplicateMsgId.info)
        for (msgId, group) in byMsgId.sorted(by: { $0.key < $1.key }) {
            if group.kept.count > 1, runs, let anchor = group.kept.first {
                stays[anchor.serial]?.items[anchor.position].attached.append(rule.finding(msgId: msgId, files: group.files.sorted()))
            }
            for member in group.kept {
                guard var stay = stays[member.serial] else { continue }
                stay.holds -= 1
                stays[member.serial] = stay
                if stay.holds == 0, stay.closed { close(member.serial, sink: sink) }
            }
        }
    }

    // MARK: AppRecs

    /// Notes where the message `msgId` sits when AppRecs for it are still to come (holding its
    /// stay until they arrive), and attaches those that came before it.
    private mutating func locate(_ msgId: String, serial: Int, position: Int) {
        guard !msgId.isEmpty else { return }
        if let early = pendingReceipts.removeValue(forKey: msgId) {
            stays[serial]?.items[position].receipts += early
        }
        let hash = FlowClassifier.msgIdHash(msgId)
        guard let remaining = receiptsRemaining[hash], remaining > 0, located[msgId] == nil else { return }
        located[msgId] = (serial, position)
        stays[serial]?.holds += 1
    }

    /// Attaches an AppRec to the message it acknowledges, or keeps it until that message comes.
    private mutating func receipt(_ receipt: FlowReceipt, for original: String, sink: (StayResult) -> Void) {
        outcome.messages += 1
        let hash = FlowClassifier.msgIdHash(original)
        let remaining = (receiptsRemaining[hash] ?? 1) - 1
        receiptsRemaining[hash] = remaining > 0 ? remaining : nil
        guard let place = located[original], stays[place.serial] != nil else {
            pendingReceipts[original, default: []].append(receipt)
            return
        }
        stays[place.serial]?.items[place.position].receipts.append(receipt)
        if remaining <= 0 {
            located[original] = nil
            release(place.serial, sink: sink)
        }
    }

    /// Drops one hold of a stay; a closed stay with no holds left is checked and handed out.
    private mutating func release(_ serial: Int, sink: (StayResult) -> Void) {
        guard var stay = stays[serial] else { return }
        stay.holds -= 1
        stays[serial] = stay
        if stay.holds <= 0, stay.closed { close(serial, sink: sink) }
    }
}
