import HeapModule

/// Simulated time: seconds since the Unix epoch (an instant; convert with `Oslo.local`).
public typealias SimTime = Int64

/// One scheduled entry: fires at `time`; `sequence` breaks ties in insertion order.
struct ScheduledEvent<Payload>: Comparable {
    let time: SimTime
    let sequence: UInt64
    let payload: Payload

    static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.time != rhs.time ? lhs.time < rhs.time : lhs.sequence < rhs.sequence
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.time == rhs.time && lhs.sequence == rhs.sequence
    }
}

/// A min-heap of events ordered by `(time, sequence)`: earliest first, ties first-in first-out.
public struct EventQueue<Payload> {
    private var heap = Heap<ScheduledEvent<Payload>>()
    private var nextSequence: UInt64 = 0

    /// Creates an empty queue.
    public init() {}

    /// The number of pending events.
    public var count: Int { heap.count }

    /// `true` when nothing is scheduled.
    public var isEmpty: Bool { heap.isEmpty }

    /// The time of the earliest pending event, if any.
    public var nextTime: SimTime? { heap.min?.time }

    /// Schedules `payload` at `time`; among equal times, earlier calls fire first.
    public mutating func schedule(at time: SimTime, _ payload: Payload) {
        heap.insert(ScheduledEvent(time: time, sequence: nextSequence, payload: payload))
        nextSequence &+= 1
    }

    /// Removes and returns the earliest event with its time.
    public mutating func popNext() -> (time: SimTime, payload: Payload)? {
        guard let event = heap.popMin() else { return nil }
        return (event.time, event.payload)
    }
}
