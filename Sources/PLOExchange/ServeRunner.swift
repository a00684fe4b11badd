import AppCore
import Foundation
import PLOCalendar
import PLOSimulator
import Synchronization

/// How `plo serve` keeps time.
public enum ServeClock: String, Sendable, CaseIterable {
    /// Wall-clock time, `speed` times as fast, from where the journal's clock stands.
    case real
    /// Time jumps from event to event (`--until-idle`, `--duration`).
    case virtual
}

/// The `plo serve` use case over the folder transport: the loop that moves the clock, takes the
/// inbox, fires the counterpart's events and fills the outbox.
public final class ServeRunner {
    public let exchange: Exchange
    public let folders: FolderTransport?
    public let clock: ServeClock
    public let speed: Double
    /// Notes for standard error (name clashes, rejected files).
    public var log: (String) -> Void = { _ in }
    /// Set from a signal handler: finish the current step and stop.
    public static let stopRequested = Atomic<Bool>(false)

    /// Asks the running loop to stop after its current step (safe from a signal handler).
    public static func requestStop() { stopRequested.store(true, ordering: .relaxed) }

    /// Files read but not yet due (virtual clock: each is delivered at its GenDate), the next
    /// one last.
    private var waiting: [(due: SimTime, name: String, bytes: [UInt8])] = []

    public init(exchange: Exchange, folders: FolderTransport?, clock: ServeClock, speed: Double) {
        self.exchange = exchange
        self.folders = folders
        self.clock = clock
        self.speed = speed
    }

    /// The earliest GenDate among the inbox files (the virtual clock's start on a new journal).
    public static func earliestGenDate(in folders: FolderTransport) -> LocalDateTime? {
        folders.pending().compactMap { name in
            folders.read(name).flatMap(SalvageScan.genDate).flatMap(LocalDateTime.init(iso:))
        }.min()
    }

    /// Virtual clock: runs until no event is scheduled and the inbox is empty, or until the
    /// clock reaches `limit`.
    public func runVirtual(until limit: SimTime? = nil) throws {
        var steps = 0
        while !Self.stopRequested.load(ordering: .relaxed) {
            if waiting.isEmpty { scanInbox() }
            let nextEvent = try exchange.nextEventTime()
            let nextFile = waiting.last.map { max($0.due, exchange.now) }
            guard let next = [nextEvent, nextFile].compactMap({ $0 }).min() else { break }
            if let limit, next > limit { break }
            if let nextFile, nextFile <= next {
                try exchange.advance(to: nextFile)
                var batch: [(due: SimTime, name: String, bytes: [UInt8])] = []
                while let first = waiting.last, max(first.due, exchange.now) <= nextFile, batch.count < 256 {
                    batch.append(first)
                    waiting.removeLast()
                }
                try receive(batch.map { (name: $0.name, bytes: $0.bytes) })
            } else {
                try exchange.advance(to: next)
            }
            // Nobody reads the outbox while a virtual clock runs ahead: write it in batches (the
            // journal keeps what is not yet written).
            steps += 1
            if steps % 64 == 0 { try deliver() }
        }
        if let limit, !Self.stopRequested.load(ordering: .relaxed) { try exchange.advance(to: limit) }
        try deliver()
    }

    /// One step of a real clock at wall-clock time `wall` (for a server that runs its own loop):
    /// fires what is due, takes the inbox, fills the outbox.
    public func tick(anchor: (wall: Date, virtual: SimTime), wall: Date = Date()) throws {
        let t = anchor.virtual + SimTime((wall.timeIntervalSince(anchor.wall) * speed).rounded(.down))
        try exchange.advance(to: t)
        if let folders {
            var batch: [(name: String, bytes: [UInt8])] = []
            for name in folders.pending().prefix(256) {
                if let bytes = folders.read(name) { batch.append((name, bytes)) }
            }
            try receive(batch)
        }
        try deliver()
    }

    /// Real clock: polls the inbox and fires events as wall-clock time passes, until `duration`
    /// virtual seconds have passed (or forever) or a stop is requested.
    public func runReal(duration: SimTime?) throws {
        let wallStart = Date()
        let virtualStart = exchange.now
        try deliver()
        while !Self.stopRequested.load(ordering: .relaxed) {
            let elapsed = SimTime((Date().timeIntervalSince(wallStart) * speed).rounded(.down))
            let t = virtualStart + elapsed
            try exchange.advance(to: t)
            var busy = false
            if let folders {
                let names = folders.pending()
                var batch: [(name: String, bytes: [UInt8])] = []
                for name in names.prefix(256) {
                    if let bytes = folders.read(name) { batch.append((name, bytes)) }
                }
                if !batch.isEmpty {
                    try receive(batch)
                    busy = true
                }
            }
            try deliver()
            if let duration, t - virtualStart >= duration { break }
            if !busy { usleep(10_000) }
        }
        try deliver()
    }

    private func scanInbox() {
        guard let folders else { return }
        var found: [(due: SimTime, name: String, bytes: [UInt8])] = []
        for name in folders.pending() {
            guard let bytes = folders.read(name) else { continue }
            let due = SalvageScan.genDate(bytes).flatMap(LocalDateTime.init(iso:)).map(Oslo.instant) ?? exchange.now
            found.append((due, name, bytes))
        }
        // Stable: by delivery time, then name; reversed, so the next is taken from the end.
        waiting = found.enumerated().sorted { a, b in
            (a.element.due, a.offset) > (b.element.due, b.offset)
        }.map(\.element)
    }

    private func receive(_ batch: [(name: String, bytes: [UInt8])]) throws {
        guard !batch.isEmpty else { return }
        let outcomes = try exchange.receive(batch.map { Exchange.Incoming(name: $0.name, bytes: $0.bytes) })
        guard let folders else { return }
        for (item, outcome) in zip(batch, outcomes) {
            try folders.settle(item.name, accepted: outcome.isAccepted, reason: Self.reason(outcome))
            if !outcome.isAccepted { log("plo serve: \(item.name): \(Self.reason(outcome) ?? "rejected")") }
        }
    }

    static func reason(_ outcome: Exchange.Outcome) -> String? {
        switch outcome {
        case .accepted, .appRec: nil
        case .resend(let seq, let accepted): accepted ? nil : "sent again, identical to journal #\(seq), which was not accepted"
        case .rejected(let seq, let code, let detail): "AppRec avvist \(code.rawValue) \(code.displayName): \(detail) (journal #\(seq))"
        case .conflict(let seq, let original):
            "409: the same sender and MsgId as journal #\(original) with other content (FLOW-DUPLICATE-MSGID; journal #\(seq))"
        case .unanswerable(let seq, let reason): "\(reason) (journal #\(seq))"
        }
    }

    /// Writes the journal's undelivered messages to the outbox, then marks them delivered.
    public func deliver() throws {
        guard let folders else { return }
        let pending = try exchange.undelivered()
        guard !pending.isEmpty else { return }
        var done: [Int64] = []
        defer { try? exchange.markDelivered(done) }
        for message in pending {
            let result = try folders.deliver(message.name, bytes: message.bytes)
            if let clash = result.clash { log("plo serve: \(clash)") }
            done.append(message.seq)
        }
    }
}
