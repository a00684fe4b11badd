import PLOCalendar
import PLOModel
import XMLCore

/// Groups messages into stays and checks them in one pass over the messages sorted by time.
///
/// Memory is bounded by the stays still open, not by the number of messages: a first pass
/// (`FlowPrepass`) keeps only counts and hashes, and the second (`FlowStream`) builds a
/// message's full item only when it is reached in time order, checks a stay and hands it to
/// `sink` as soon as nothing more can belong to it, and then forgets it.
///
/// ```swift
/// let outcome = FlowChecker().check(messages) { stay in print(stay.id, stay.findings.count) }
/// ```
public struct FlowChecker: Sendable {
    public var context: FlowContext

    public init(context: FlowContext = FlowContext()) {
        self.context = context
    }

    /// Checks `messages`, in any order, and hands every stay to `sink` once it is complete.
    ///
    /// The messages are consumed: besides the array itself the checker keeps a 16-byte sort
    /// record per assignable message, and releases each message's strings when it reaches it in
    /// time order; full items exist only for open stays.
    ///
    /// - Returns: Counts and the unassigned messages.
    public func check(_ messages: consuming [FlowMessage], sink: (StayResult) -> Void) -> FlowOutcome {
        check(messages, ordered: false, sink: sink)
    }

    /// Checks `messages` like ``check(_:sink:)`` but hands the stays to `sink` in the order of
    /// ``checkAll(_:)`` — by first message (time, MsgId), then id — holding back only the stays
    /// that complete before an earlier one.
    public func checkInReportOrder(_ messages: consuming [FlowMessage], sink: (StayResult) -> Void) -> FlowOutcome {
        check(messages, ordered: true, sink: sink)
    }

    private func check(_ messages: consuming [FlowMessage], ordered: Bool, sink: (StayResult) -> Void) -> FlowOutcome {
        var messages = consume messages
        var prepass = FlowPrepass()
        var unassigned: [UnassignedMessage] = []
        var records: [(instant: Int64, index: Int)] = []
        records.reserveCapacity(messages.count)
        for index in messages.indices {
            switch prepass.note(messages[index]) {
            case .success(let facts): records.append((facts.instant, index))
            case .failure(let reason):
                unassigned.append(UnassignedMessage(file: messages[index].file, reason: reason.text))
                messages[index] = FlowMessage.released
            }
        }
        if !prepass.sorted {
            records.sort { a, b in
                if a.instant != b.instant { return a.instant < b.instant }
                let x = messages[a.index]
                let y = messages[b.index]
                return ((x.msgId ?? ""), x.file) < ((y.msgId ?? ""), y.file)
            }
        }
        var stream = FlowStream(checker: self, summary: prepass.finish(), ordered: ordered)
        for record in records {
            let message = messages[record.index]
            messages[record.index] = FlowMessage.released
            stream.add(message, sink: sink)
        }
        messages = []
        records = []
        var outcome = stream.finish(sink: sink)
        outcome.messages += unassigned.count
        outcome.unassigned = (outcome.unassigned + unassigned).sorted { $0.file < $1.file }
        return outcome
    }

    /// Checks messages that come in checker order — by GenDate, then MsgId, then file — as a
    /// true stream: no message is kept beyond its open stay.
    ///
    /// `messages` is called twice and must produce the same messages each time: once for the
    /// first pass (hospitals, messages per stay key, repeated MsgIds) and once to check. If the
    /// first pass finds the order broken, the messages are collected and checked as by
    /// ``check(_:sink:)`` (same results, memory then grows with the messages).
    public func check<S: Sequence<FlowMessage>>(sorted messages: () -> S, sink: (StayResult) -> Void) -> FlowOutcome {
        var prepass = FlowPrepass()
        for message in messages() { prepass.note(message) }
        guard prepass.sorted else { return check(Array(messages()), sink: sink) }
        var stream = FlowStream(checker: self, summary: prepass.finish())
        for message in messages() { stream.add(message, sink: sink) }
        return stream.finish(sink: sink)
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

    /// Checks one complete stay.
    func finish(_ stayItems: [FlowItem], key: StayKey, receipts: ReceiptFacts = ReceiptFacts()) -> StayResult {
        let start = stayItems.first?.time.iso.filter { $0 != "-" && $0 != ":" } ?? ""
        let stay = FlowStay(
            id: "\(key.hospital)-\(key.municipality)-\(key.patient)-\(start)", key: key, items: stayItems, receipts: receipts)
        var findings: [Finding] = []
        for rule in FlowRules.all where context.runs(type(of: rule).info) {
            findings += rule.check(stay, in: context)
        }
        for item in stayItems { findings += item.attached }
        let closed = !stay.positions(.utskrevet, newOnly: true).isEmpty
        let names = stay.names
        return StayResult(
            id: stay.id, key: key, messages: stayItems.map { StayMessage($0, isAnswer: stay.isAnswer($0)) }, findings: findings,
            admission: stay.admittedAt, informed: stay.informedAt, closed: closed, hospitalName: names.hospital,
            municipalityName: names.municipality)
    }
}
