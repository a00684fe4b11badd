/// Puts the stays that ``FlowStream`` hands out as they complete back into report order — by
/// first message (time, MsgId), then id — holding only those that complete before an earlier
/// stay.
///
/// Stays are numbered (serials) in the order their first message arrives, and messages arrive in
/// checker order (time, MsgId, file), so serial order is report order except among stays whose
/// first messages share time and MsgId: such a run is sorted by id once it is complete, and it
/// is known complete only when a later stay exists (or at the end).
struct StayReorder {
    /// First-message time and MsgId of every stay not yet released, by serial.
    private var firstKeys: [Int: (instant: Int64, msgId: String)] = [:]
    /// Complete stays waiting for an earlier one, by serial.
    private var ready: [Int: StayResult] = [:]
    /// The next serial to release.
    private var next = 0
    /// One past the highest serial opened.
    private var opened = 0

    /// The most stays waiting at once.
    private(set) var maxWaiting = 0

    /// A stay numbered `serial` began with a message at `instant` with `msgId`.
    mutating func open(_ serial: Int, instant: Int64, msgId: String) {
        firstKeys[serial] = (instant, msgId)
        opened = max(opened, serial + 1)
    }

    /// The stay numbered `serial` is complete: hands out every stay that can go now.
    mutating func complete(_ serial: Int, _ stay: StayResult, sink: (StayResult) -> Void) {
        ready[serial] = stay
        maxWaiting = max(maxWaiting, ready.count)
        release(final: false, sink: sink)
    }

    /// Hands out every stay that is complete and has no earlier stay pending; with `final`
    /// (no stay opens any more), the last run of ties too.
    mutating func release(final: Bool, sink: (StayResult) -> Void) {
        while next < opened, let key = firstKeys[next] {
            var end = next + 1
            while end < opened, let other = firstKeys[end], other.instant == key.instant, other.msgId == key.msgId { end += 1 }
            if end == opened, !final { return }
            guard (next..<end).allSatisfy({ ready[$0] != nil }) else { return }
            var run: [StayResult] = []
            for serial in next..<end {
                firstKeys[serial] = nil
                if let stay = ready.removeValue(forKey: serial) { run.append(stay) }
            }
            if run.count > 1 { run.sort { $0.id < $1.id } }
            next = end
            for stay in run { sink(stay) }
        }
    }
}
