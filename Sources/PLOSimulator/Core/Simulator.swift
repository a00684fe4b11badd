import PLOCalendar
import PLOModel
import XMLCore

/// The discrete-event simulation of hospital wards, municipal nursing services and case
/// offices exchanging PLO messages.
///
/// Virtual time is an integer (Unix seconds, shown as Europe/Oslo wall-clock time); events sit
/// in a min-heap ordered by `(time, sequence)`; every random choice comes from one
/// ``SplitMix64`` seeded by the caller. No wall clock, no Dispatch, no `async`: the same
/// scenario and seed always produce the same bytes.
///
/// ```swift
/// var out = InMemoryOutput()
/// let sim = try Simulator(scenario: Scenario(stays: 3), seed: 42)
/// let summary = try sim.run(into: &out)
/// ```
public final class Simulator {
    /// The scenario being run.
    public let scenario: Scenario
    /// The seed.
    public let seed: UInt64
    /// The start instant.
    public let start: SimTime
    /// The current virtual time; set before each event's handler runs.
    public private(set) var now: SimTime
    /// Stop admitting new stays once this many documents have been written (open stays finish).
    public var messageLimit: Int?
    /// Tool name and version for the manifest.
    public var tool = AppInfo.tool
    /// Tool version for the manifest.
    public var version = AppInfo.version

    var rng: SplitMix64
    var queue = EventQueue<SimEvent>()
    var writer = MessageWriter()
    var manifest = ManifestWriter()
    var patients: PatientFactory
    var admittedCount = 0
    var messageCount = 0
    var injected: [PredictedFinding] = []
    /// GenDate (instant) of the latest document written: how far the output reaches.
    var lastWrittenAt: SimTime = .min
    /// Messages whose AppRec was left out on purpose (appRecMissing): stay, file, send time.
    var pendingMissing: [(Stay, String, SimTime)] = []
    let window = WorkingWindow.standard
    let faultTable: [(FaultKind, Double)]
    private var started = false
    /// The first instant no event may reach (``Scenario/horizon``).
    private let horizonInstant: SimTime = Scenario.horizon.map { Oslo.instant($0) } ?? .max
    private var output: (any SimulationOutput)?

    /// Creates a simulation.
    /// - Parameters:
    ///   - scenario: what to simulate.
    ///   - seed: the generator seed (same seed, same bytes).
    ///   - start: overrides `scenario.start` (Oslo local).
    /// - Throws: ``SimulationError`` when the scenario is unusable.
    public init(scenario: Scenario, seed: UInt64, start: LocalDateTime? = nil) throws {
        let problems = scenario.problems()
        if let first = problems.first { throw SimulationError.invalidScenario(first) }
        guard let startTime = start ?? LocalDateTime(iso: scenario.start) else {
            throw SimulationError.invalidScenario("start '\(scenario.start)' is not a date-time like 2026-01-05T00:00")
        }
        if let horizon = Scenario.horizon, startTime >= horizon {
            throw SimulationError.invalidScenario("start \(startTime.iso) is too late: a run must start before 9999-01-01")
        }
        self.scenario = scenario
        self.seed = seed
        self.start = Oslo.instant(startTime)
        self.now = self.start
        self.rng = SplitMix64(seed: seed)
        self.patients = PatientFactory(seed: seed)
        self.faultTable = FaultKind.allCases.compactMap { kind in
            guard let p = scenario.faults[kind], p > 0 else { return nil }
            return (kind, p)
        }
    }

    /// What a finished run produced.
    public struct Summary: Sendable, Equatable {
        /// Documents written (PLO messages and AppRecs).
        public var messages: Int
        /// Stays admitted.
        public var stays: Int
        /// Findings injected on purpose.
        public var injected: [PredictedFinding]
        /// Virtual time of the last event.
        public var end: SimTime
    }

    /// Runs until no event is left, writing every document and the manifest to `output`.
    public func run(into output: inout some SimulationOutput) throws -> Summary {
        try begin(into: &output)
        while try step(into: &output) {}
        return try finish(into: &output)
    }

    /// Writes the manifest header and schedules the first admission. Call once, before ``step(into:)``.
    public func begin(into output: inout some SimulationOutput) throws {
        guard !started else { return }
        started = true
        try output.appendManifest(
            manifest.header(
                tool: tool, version: version, seed: seed, scenario: scenario.name,
                start: Oslo.local(start).iso, appRec: scenario.appRec))
        if scenario.stays > 0 { queue.schedule(at: start + interArrival(), .arrival) }
    }

    /// Fires the earliest event (setting ``now`` first). Returns `false` when nothing is left.
    public func step(into output: inout some SimulationOutput) throws -> Bool {
        guard let (time, event) = queue.popNext() else { return false }
        if time >= horizonInstant {
            throw SimulationError.invalidScenario(
                "the run reaches 9999-01-01, beyond the four-digit years GenDate carries: start earlier or simulate fewer stays")
        }
        now = time
        try handle(event, &output)
        return true
    }

    /// Fires every event scheduled at or before `limit`.
    public func run(until limit: SimTime, into output: inout some SimulationOutput) throws {
        while let next = queue.nextTime, next <= limit {
            _ = try step(into: &output)
        }
    }

    /// The time of the next pending event, if any.
    public var nextEventTime: SimTime? { queue.nextTime }

    /// Writes the manifest footer (predicted findings, summary).
    public func finish(into output: inout some SimulationOutput) throws -> Summary {
        predictMissingReceipts()
        try output.appendManifest(manifest.footer(injected: injected, messages: messageCount, stays: admittedCount))
        return Summary(messages: messageCount, stays: admittedCount, injected: injected, end: now)
    }

    // MARK: Dispatch

    private func handle(_ event: SimEvent, _ out: inout some SimulationOutput) throws {
        switch event {
        case .arrival:
            admit()
        case .stay(let stay, let step):
            try handle(step, of: stay, &out)
        case .appRec(let stay, let received, let plan):
            try sendAppRec(stay, for: received, plan: plan, &out)
        }
    }

    private func handle(_ step: StayStep, of stay: Stay, _ out: inout some SimulationOutput) throws {
        switch step {
        case .sendInnlagt: try sendInnlagt(stay, &out)
        case .sendHelseopplysninger: try sendHelseopplysninger(stay, &out)
        case .sendDuplicateHelseopplysninger: try sendDuplicateHelseopplysninger(stay, &out)
        case .ready: try ready(stay, &out)
        case .sendUpdatedHelseopplysninger: try sendUpdatedHelseopplysninger(stay, &out)
        case .sendUtskrivningsklar(let faulty): try sendUtskrivningsklar(stay, faulty: faulty, &out)
        case .sendCorrection(let target, let faulty): try sendCorrection(stay, of: target, faulty: faulty, &out)
        case .sendAvmelding: try sendAvmelding(stay, &out)
        case .sendUtskrivningsrapport: try sendUtskrivningsrapport(stay, &out)
        case .sendUtskrevet: try sendUtskrevet(stay, &out)
        case .sendAfterUtskrevet: try sendAfterUtskrevet(stay, &out)
        case .sendInnleggelsesrapport: try sendInnleggelsesrapport(stay, &out)
        case .sendSupplement: try sendSupplement(stay, &out)
        case .caseOfficeDecision: try caseOfficeDecision(stay, &out)
        case .resendInnlagt: try resendInnlagt(stay, &out)
        case .resendInnleggelsesrapport(let same): try resendInnleggelsesrapport(stay, sameMsgId: same, &out)
        case .received(let message): received(message, in: stay)
        }
    }

    // MARK: Arrivals

    func interArrival() -> SimTime {
        Math.wholeSeconds(rng.exponential(mean: 86_400 / scenario.arrivalsPerDay))
    }

    private func admit() {
        admittedCount += 1
        let h = scenario.hospitals[rng.index(below: scenario.hospitals.count)]
        let m = scenario.municipalities[rng.index(below: scenario.municipalities.count)]
        let fault = drawFault()
        let stay = Stay(
            number: admittedCount,
            hospital: Address(organisation: h.name, her: h.her, unit: h.ward),
            nursing: Address(organisation: m.name, her: m.her, unit: m.nursing),
            caseOffice: Address(organisation: m.name, her: m.her, unit: m.caseOffice),
            patient: patients.next(municipality: m, &rng),
            doctor: NamePool.professional(kind: "LE", &rng),
            hospitalNurse: NamePool.professional(kind: "SP", &rng),
            municipalNurse: NamePool.professional(kind: "SP", &rng),
            fault: fault)
        stay.admitted = settle(now - now % 60, notAfter: nil, notBefore: now - now % 60)
        let delay = fault == .lateInnlagt ? 22 * 3600 + minutes(5, 55) : scenario.timing.innlagtDelay.sampleSeconds(&rng)
        let innlagt = settle(stay.admitted + max(delay, 60), notAfter: nil, notBefore: now)
        queue.schedule(at: innlagt, .stay(stay, .sendInnlagt))
        let underLimit = messageLimit.map { messageCount < $0 } ?? true
        if admittedCount < scenario.stays && underLimit {
            queue.schedule(at: now + interArrival(), .arrival)
        }
    }

    private func drawFault() -> FaultKind? {
        guard !faultTable.isEmpty else { return nil }
        var u = rng.nextUnit()
        for (kind, p) in faultTable {
            if u < p { return kind }
            u -= p
        }
        return nil
    }

    // MARK: Time helpers

    /// `true` when the Oslo wall-clock time of `t` reads back to `t` (not in the repeated autumn hour).
    func isUnambiguous(_ t: SimTime) -> Bool {
        Oslo.instant(Oslo.local(t)) == t
    }

    /// Moves `t` out of the repeated autumn hour, forward if that stays within `notAfter`,
    /// else backward (not before `notBefore`), so GenDate reads back to the same instant.
    func settle(_ t: SimTime, notAfter: SimTime?, notBefore: SimTime) -> SimTime {
        if isUnambiguous(t) { return t }
        var forward = t
        while !isUnambiguous(forward) { forward += 600 }
        if notAfter.map({ forward <= $0 }) ?? true { return forward }
        var backward = t
        while !isUnambiguous(backward) { backward -= 600 }
        return backward >= notBefore ? backward : forward
    }

    /// The instant at which Oslo clocks show `date` `hour:minute`.
    func instant(_ date: LocalDate, hour: Int, minute: Int = 0) -> SimTime {
        Oslo.instant(LocalDateTime(date: date, hour: hour, minute: minute) ?? LocalDateTime(startOf: date))
    }

    func minutes(_ lo: Int64, _ hi: Int64) -> SimTime {
        rng.int(in: lo...hi) * 60
    }
}

/// Why a simulation cannot start.
public enum SimulationError: Error, Equatable, CustomStringConvertible {
    /// The scenario has an unusable value; the text says which.
    case invalidScenario(String)

    /// A one-line explanation.
    public var description: String {
        switch self {
        case .invalidScenario(let reason): "invalid scenario: \(reason)"
        }
    }
}
