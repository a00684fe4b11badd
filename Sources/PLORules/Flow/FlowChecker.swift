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
    /// - Returns: Counts and the unassigned messages.
    public func check(_ messages: [FlowMessage], sink: (StayResult) -> Void) -> FlowOutcome {
        var outcome = FlowOutcome()
        let classifier = FlowClassifier(messages)
        var items: [FlowItem] = []
        items.reserveCapacity(messages.count)
        for message in messages {
            switch classifier.classify(message) {
            case .success(let item): items.append(item)
            case .failure(let reason): outcome.unassigned.append(UnassignedMessage(file: message.file, reason: reason.text))
            }
        }
        resolveDuplicates(&items)
        items.sort(by: FlowItem.precedes)
        outcome.messages = items.count + outcome.unassigned.count
        outcome.unassigned.sort { $0.file < $1.file }

        var last: [StayKey: Int] = [:]
        for (index, item) in items.enumerated() { last[item.key] = index }
        var open: [StayKey: [Int]] = [:]
        for index in items.indices {
            let key = items[index].key
            if items[index].type == .innlagt, items[index].status == .new, let previous = open.removeValue(forKey: key) {
                sink(finish(previous, of: items, key: key))
                outcome.stays += 1
            }
            open[key, default: []].append(index)
            if last[key] == index, let done = open.removeValue(forKey: key) {
                sink(finish(done, of: items, key: key))
                outcome.stays += 1
            }
        }
        return outcome
    }

    /// Checks `messages` and returns every stay, ordered by its first message.
    public func checkAll(_ messages: [FlowMessage]) -> (stays: [StayResult], outcome: FlowOutcome) {
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
    func resolveDuplicates(_ items: inout [FlowItem]) {
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
            items = items.indices.filter { !dropped.contains($0) }.map { items[$0] }
        }
    }

    /// Checks one complete stay.
    func finish(_ indices: [Int], of items: [FlowItem], key: StayKey) -> StayResult {
        let stayItems = indices.map { items[$0] }
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
