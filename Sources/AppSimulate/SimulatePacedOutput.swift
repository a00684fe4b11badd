import Foundation
import PLOSimulator

#if canImport(Glibc)
    import Glibc
#endif

/// Paces a run against the wall clock: before writing a document whose simulated time lies
/// ahead, sleeps until `wallStart + (simTime − simStart) / speed`. Lives outside the
/// deterministic core, which never sees the wall clock; the bytes written are the same as an
/// unpaced run.
public final class SimulatePacedOutput<Base: SimulationOutput>: SimulationOutput {
    private var base: Base
    private let speed: Double
    private let simStart: SimTime
    private let wallStart: ContinuousClock.Instant
    private var lastTime: SimTime
    private let clock = ContinuousClock()
    /// Called with one line per document as soon as it is written (the live feed).
    private let feed: (@Sendable (String) -> Void)?

    /// Wraps `base`; `speed` is simulated seconds per wall-clock second (60: one minute per second).
    /// `feed`, when given, gets ``feedLine(_:)`` of each document right after it is written.
    public init(_ base: Base, speed: Double, simStart: SimTime, feed: (@Sendable (String) -> Void)? = nil) {
        self.base = base
        self.speed = speed
        self.simStart = simStart
        self.lastTime = simStart
        self.wallStart = clock.now
        self.feed = feed
    }

    /// One line of the live feed: `2026-03-30 02:34:46  LOG_INNLAGT  8100002 → 8200006  stay …  file`.
    public static func feedLine(_ record: MessageRecord) -> String {
        let time = record.localTime.replacingOccurrences(of: "T", with: " ")
        let type = record.type.padding(toLength: max(record.type.count, 22), withPad: " ", startingAt: 0)
        return "\(time)  \(type)  \(record.sender) → \(record.receiver)  stay \(record.stay)  \(record.file)"
    }

    /// Writes `line` and a newline to standard output at once (unbuffered: a class watches it
    /// live). A reader that went away (`plo simulate … | head`) ends the feed, not the run.
    @Sendable public static func standardOutputFeed(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(STDOUT_FILENO, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// The wrapped output.
    public var wrapped: Base { base }

    /// Sleeps when the simulated clock has advanced (a new batch of events), then writes.
    public func write(_ bytes: [UInt8], for record: MessageRecord) throws {
        if record.time > lastTime {
            lastTime = record.time
            let target = wallStart + .milliseconds(Self.milliseconds(simulated: record.time - simStart, speed: speed))
            let wait = target - clock.now
            if wait > .zero { Thread.sleep(forTimeInterval: Double(wait.components.seconds) + Double(wait.components.attoseconds) * 1e-18) }
        }
        try base.write(bytes, for: record)
        feed?(Self.feedLine(record))
    }

    /// Wall-clock milliseconds for `simulated` seconds at `speed`, converted with checks: a
    /// non-finite or huge quotient (a tiny speed) waits at most about a century, never traps.
    static func milliseconds(simulated: SimTime, speed: Double) -> Int64 {
        let value = (Double(simulated) * 1000 / speed).rounded()
        let century = 100 * 366 * 86_400 * 1000.0
        guard value > 0 else { return 0 }
        guard value < century, let whole = Int64(exactly: value) else { return Int64(century) }
        return whole
    }

    /// Passes manifest chunks through.
    public func appendManifest(_ bytes: [UInt8]) throws {
        try base.appendManifest(bytes)
    }
}
