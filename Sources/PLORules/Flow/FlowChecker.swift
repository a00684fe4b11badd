import PLOCalendar
import PLOModel
import XMLCore

/// Groups messages into stays and checks them in one pass over the messages sorted by time.
///
/// Memory is bounded by the stays still open, not by the number of messages: a stay is checked
/// and handed to `sink` as soon as the sorted stream holds nothing more for it (the last message
/// for its key, or the next admission for the same key), and the checker then forgets it.
///
/// ```swift
/// let outcome = FlowChecker().check(messages) { stay in print(stay.id, stay.findings.count) }
/// ```
public struct FlowChecker: Sendable {
    public var context: FlowContext

    public init(context: FlowContext = FlowContext()) {
        self.context = context
    }

    /// Checks `messages` and hands every stay to `sink` once it is complete.
    ///
    /// The messages are consumed: the checker keeps one small item per message plus the open
    /// stays, and sorts an index, not the items.
    ///
    /// - Returns: Counts and the unassigned messages.
    public func check(_ messages: consuming [FlowMessage], sink: (StayResult) -> Void) -> FlowOutcome {
        var messages = consume messages
        var outcome = FlowOutcome()
        let classifier = FlowClassifier(messages)
        var items: [FlowItem] = []
        var keyOf: [Int32] = []
        var keys: [StayKey] = []
        do {
            var keyIndex: [StayKey: Int32] = [:]
            items.reserveCapacity(messages.count)
            keyOf.reserveCapacity(messages.count)
            for message in messages {
                switch classifier.classify(message) {
                case .success(let classified):
                    let index: Int32
                    if let known = keyIndex[classified.key] {
                        index = known
                    } else {
                        index = Int32(keys.count)
                        keyIndex[classified.key] = index
                        keys.append(classified.key)
                    }
                    items.append(classified.item)
                    keyOf.append(index)
                case .failure(let reason): outcome.unassigned.append(UnassignedMessage(file: message.file, reason: reason.text))
                }
            }
        }
        messages = []
        resolveDuplicates(&items, keyOf: &keyOf)
        outcome.messages = items.count + outcome.unassigned.count
        outcome.unassigned.sort { $0.file < $1.file }

        var order = Array(0..<Int32(items.count))
        order.sort { FlowItem.precedes(items[Int($0)], items[Int($1)]) }
        var last = [Int32](repeating: -1, count: keys.count)
        for (position, index) in order.enumerated() { last[Int(keyOf[Int(index)])] = Int32(position) }
        var open: [Int32: [Int32]] = [:]
        for (position, index) in order.enumerated() {
            let key = keyOf[Int(index)]
            let item = Int(index)
            if items[item].type == .innlagt, items[item].status == .new, let previous = open.removeValue(forKey: key) {
                sink(finish(previous, of: items, key: keys[Int(key)]))
                outcome.stays += 1
            }
            open[key, default: []].append(index)
            if last[Int(key)] == Int32(position), let done = open.removeValue(forKey: key) {
                sink(finish(done, of: items, key: keys[Int(key)]))
                outcome.stays += 1
            }
        }
        return outcome
    }

    /// Checks `messages` and returns every stay, ordered by its first message.
    public func checkAll(_ messages: consuming [FlowMessage]) -> (stays: [StayResult], outcome: FlowOutcome) {
        var stays: [StayResult] = []
        let outcome = check(messages) { stays.append($0) }
        stays.sort { a, b in
            guard let x = a.messages.first, let y = b.messages.first else { return a.id < b.id }
            return (Oslo.instant(x.time), x.msgId, a.id) < (Oslo.instant(y.time), y.msgId, b.id)
        }
        return (stays, outcome)
    }

    /// Drops identical resends (same MsgId, same bytes) and attaches FLOW-DUPLICATE-MSGID to the
    /// earliest message of each MsgId used with different content.
    func resolveDuplicates(_ items: inout [FlowItem], keyOf: inout [Int32]) {
        var first: [String: Int] = [:]
        var groups: [String: [Int]] = [:]
        for (index, item) in items.enumerated() where !item.msgId.isEmpty {
            if let earlier = first[item.msgId] {
                groups[item.msgId, default: [earlier]].append(index)
            } else {
                first[item.msgId] = index
            }
        }
        guard !groups.isEmpty else { return }
        var dropped = Set<Int>()
        let rule = FlowDuplicateMsgId()
        for msgId in groups.keys.sorted() {
            guard let group = groups[msgId] else { continue }
            let ordered = group.sorted { FlowItem.precedes(items[$0], items[$1]) }
            var kept: [UInt64: Int] = [:]
            for index in ordered {
                if let original = kept[items[index].message.contentHash] {
                    items[original].resends.append(items[index].file)
                    dropped.insert(index)
                } else {
                    kept[items[index].message.contentHash] = index
                }
            }
            if kept.count > 1, let anchor = ordered.first, context.runs(FlowDuplicateMsgId.info) {
                items[anchor].attached.append(rule.finding(msgId: msgId, files: ordered.map { items[$0].file }.sorted()))
            }
        }
        if !dropped.isEmpty {
            let kept = items.indices.filter { !dropped.contains($0) }
            items = kept.map { items[$0] }
            keyOf = kept.map { keyOf[$0] }
        }
    }

    /// Checks one complete stay.
    func finish(_ indices: [Int32], of items: [FlowItem], key: StayKey) -> StayResult {
        let stayItems = indices.map { items[Int($0)] }
        let start = stayItems.first?.time.iso.filter { $0 != "-" && $0 != ":" } ?? ""
        let stay = FlowStay(id: "\(key.hospital)-\(key.municipality)-\(key.patient)-\(start)", key: key, items: stayItems)
        var findings: [FlowFinding] = []
        for rule in FlowRules.all where context.runs(type(of: rule).info) {
            findings += rule.check(stay, in: context)
        }
        for item in stayItems { findings += item.attached }
        let closed = !stay.positions(.utskrevet, newOnly: true).isEmpty || stay.endsInDeath
        return StayResult(
            id: stay.id, key: key, messages: stayItems.map(StayMessage.init), findings: findings,
            admission: stay.admission?.time, closed: closed)
    }
}
