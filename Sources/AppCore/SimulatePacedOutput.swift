import Foundation
import PLOSimulator

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

    /// Wraps `base`; `speed` is simulated seconds per wall-clock second (60: one minute per second).
    public init(_ base: Base, speed: Double, simStart: SimTime) {
        self.base = base
        self.speed = speed
        self.simStart = simStart
        self.lastTime = simStart
        self.wallStart = clock.now
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
