import PLOCalendar
import PLOModel

/// Generates stays directly as ``FlowMessage`` values (no XML), for Benchmarks/flow.sh and the tests
/// (benchmark-only code: the test-only target `SyntheticFlow` and `Benchmarks/Package.swift`).
///
/// Stay `n` is admitted 97 s after stay `n − 1` (from 2026-01-05) and lasts 72 h 10 min
/// (admission to LOG_UTSKREVET), so at most ``maxOverlap`` stays are open at any moment, however
/// many there are — up to the autumn DST fold (from about 270 000 stays), where wall-clock
/// GenDates in the repeated hour read an hour early and a few more stays seem to overlap.
public enum SyntheticStays {
    /// Seconds between two admissions.
    public static let spacing: Int64 = 97
    /// Seconds from a stay's admission to its last message.
    public static let length: Int64 = 72 * 3600 + 600
    /// The most stays open at once: those admitted within one ``length`` before another's end.
    public static let maxOverlap = Int(length / spacing) + 1

    /// Messages of `count` stays, stay by stay (so *not* in time order): 8 per stay (innlagt,
    /// innleggelsesrapport, helseopplysninger varsel (TypeInnhold 1), updated helseopplysninger
    /// (TypeInnhold 2), utskrivningsklar, the municipality's answer (Dialogmelding referring to it),
    /// utskrivningsrapport, utskrevet), admissions spread over time and over 5 hospitals and 300
    /// municipalities; every 10th stay has a late Innleggelsesrapport (one
    /// FLOW-DEADLINE-INNLEGGELSESRAPPORT-4H finding).
    public static func messages(stays count: Int) -> [FlowMessage] {
        var messages: [FlowMessage] = []
        messages.reserveCapacity(count * 8)
        for stay in 0..<count { messages += self.stay(stay).map(\.message) }
        return messages
    }

    /// The same messages as ``messages(stays:)``, generated lazily in checker order (time,
    /// MsgId, file); iterating holds only the pending messages of open stays.
    public static func timeOrdered(stays count: Int) -> TimeOrdered { TimeOrdered(count: count) }

    /// The messages of `count` stays in time order (see ``timeOrdered(stays:)``); every
    /// iteration starts afresh and yields the same messages.
    public struct TimeOrdered: Sequence, Sendable {
        let count: Int

        public func makeIterator() -> Iterator { Iterator(count: count) }

        public struct Iterator: IteratorProtocol {
            let count: Int
            var nextStay = 0
            /// A binary min-heap of the generated, not yet returned messages: their instants and
            /// slots in `slots` (so sifting moves two integers, not a message).
            var heap: [(instant: Int64, slot: Int)] = []
            var slots: [FlowMessage?] = []
            var free: [Int] = []

            init(count: Int) { self.count = count }

            public mutating func next() -> FlowMessage? {
                // A stay's messages are no earlier than its admission − 1 h (a DST fold), so once
                // that bound passes the heap's minimum no later stay can precede it.
                while nextStay < count, heap.first.map({ SyntheticStays.earliest(nextStay) <= $0.instant }) ?? true {
                    for timed in SyntheticStays.stay(nextStay) { push(timed) }
                    nextStay += 1
                }
                guard let top = heap.first else { return nil }
                let last = heap.removeLast()
                if !heap.isEmpty {
                    heap[0] = last
                    siftDown()
                }
                let message = slots[top.slot]
                slots[top.slot] = nil
                free.append(top.slot)
                return message
            }

            private func precedes(_ a: (instant: Int64, slot: Int), _ b: (instant: Int64, slot: Int)) -> Bool {
                if a.instant != b.instant { return a.instant < b.instant }
                guard let x = slots[a.slot], let y = slots[b.slot] else { return a.slot < b.slot }
                return (x.msgId ?? "", x.file) < (y.msgId ?? "", y.file)
            }

            private mutating func push(_ timed: Timed) {
                let slot: Int
                if let reused = free.popLast() {
                    slot = reused
                    slots[slot] = timed.message
                } else {
                    slot = slots.count
                    slots.append(timed.message)
                }
                heap.append((timed.instant, slot))
                var child = heap.count - 1
                while child > 0 {
                    let parent = (child - 1) / 2
                    guard precedes(heap[child], heap[parent]) else { break }
                    heap.swapAt(child, parent)
                    child = parent
                }
            }

            private mutating func siftDown() {
                var parent = 0
                while true {
                    var smallest = parent
                    let left = 2 * parent + 1, right = left + 1
                    if left < heap.count, precedes(heap[left], heap[smallest]) { smallest = left }
                    if right < heap.count, precedes(heap[right], heap[smallest]) { smallest = right }
                    if smallest == parent { return }
                    heap.swapAt(parent, smallest)
                    parent = smallest
                }
            }
        }
    }

    /// A generated message with its instant (as the checker computes it from GenDate).
    struct Timed {
        var instant: Int64
        var message: FlowMessage
    }

    static let start = LocalDateTime(year: 2026, month: 1, day: 5, hour: 0, minute: 0)

    /// A lower bound of the instants of stay `stay`'s messages, increasing with `stay`.
    static func earliest(_ stay: Int) -> Int64 {
        guard let start else { return .min }
        return Oslo.instant(start) + Int64(stay) * spacing - 3600
    }

    /// The 8 messages of stay number `stay`.
    static func stay(_ stay: Int) -> [Timed] {
        guard let start else { return [] }
        let admission = Deadline.adding(seconds: Int64(stay) * spacing, to: start)
        let patient = String(10_000_000_000 + stay)
        let hospital = String(8_100_000 + stay % 5)
        let municipality = String(8_200_000 + stay % 300)
        let steps: [(MessageType, Int64, Bool, String?)] = [
            (.innlagt, 0, true, nil), (.innleggelsesrapport, stay % 10 == 0 ? 5 * 3600 : 2 * 3600, false, nil),
            (.helseopplysninger, 5 * 3600, true, "1"), (.helseopplysninger, 50 * 3600, true, "2"),
            (.utskrivningsklar, 51 * 3600, true, nil), (.dialogmelding, 52 * 3600, false, nil),
            (.utskrivningsrapport, 72 * 3600, true, nil), (.utskrevet, length, true, nil),
        ]
        return steps.enumerated().map { number, step in
            let (type, offset, fromHospital, contentType) = step
            let time = Deadline.adding(seconds: offset, to: admission)
            return Timed(
                instant: Oslo.instant(time),
                message: FlowMessage(
                    file: "s\(stay)/m\(number).xml", typeCode: type.rawValue, statusCode: "N",
                    msgId: "\(stay)-\(number)", refToParent: type == .dialogmelding ? "\(stay)-4" : nil, genDate: time.iso,
                    senderHerId: fromHospital ? hospital : municipality, receiverHerId: fromHospital ? municipality : hospital,
                    patientId: patient, contentHash: UInt64(stay * 8 + number), contentType: contentType))
        }
    }
}
