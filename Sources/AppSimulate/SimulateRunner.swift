import PLOCalendar
import PLOSimulator
import XMLCore

/// `plo simulate`: resolves options into a scenario, runs the simulator into a directory
/// and reports what was written.
public struct SimulateRunner {
    /// Options as given on the command line.
    public struct Options: Sendable {
        /// Scenario file (YAML or JSON); nil for the defaults.
        public var scenarioPath: String?
        /// Overrides the scenario's number of stays.
        public var stays: Int?
        /// Generator seed.
        public var seed: UInt64 = 1
        /// Overrides the scenario's start (Oslo local, `2026-01-05T00:00`).
        public var start: String?
        /// Output directory.
        public var out: String
        /// Allow a non-empty output directory (old `messages/*.xml` and `manifest.json` are removed).
        public var force = false
        /// Pace against the wall clock: simulated seconds per real second.
        public var speed: Double?
        /// Overrides the scenario's `appRec` flag when set.
        public var appRec: Bool?
        /// Stop admitting new stays after this many documents (open stays still finish).
        public var messageLimit: Int?

        /// Creates options writing to `out`.
        public init(out: String) {
            self.out = out
        }
    }

    /// What the run wrote.
    public struct Report: Sendable {
        /// Documents written.
        public var messages: Int
        /// Stays admitted.
        public var stays: Int
        /// Injected findings.
        public var injected: Int
        /// Output directory.
        public var directory: String

        /// One line for stdout.
        public var line: String {
            "plo simulate: wrote \(messages) message\(messages == 1 ? "" : "s") (\(stays) stay\(stays == 1 ? "" : "s"), \(injected) injected finding\(injected == 1 ? "" : "s")) to \(directory)"
        }
    }

    /// Creates a runner.
    public init() {}

    /// Builds the scenario the options describe.
    /// - Throws: ``SimulateError`` or `SimulationError` with a one-line reason.
    public func scenario(for options: Options) throws -> Scenario {
        var scenario = try options.scenarioPath.map { try Scenario.load(path: $0) } ?? Scenario()
        if let stays = options.stays {
            guard (0...Scenario.mostStays).contains(stays) else {
                throw SimulateError.usage("--stays must lie in 0…\(Scenario.mostStays) (got \(stays))")
            }
            scenario.stays = stays
        }
        if let start = options.start {
            if let problem = Scenario.startProblem(start) { throw SimulateError.usage("--start \(problem)") }
            scenario.start = start
        }
        if let appRec = options.appRec { scenario.appRec = appRec }
        return scenario
    }

    /// Fastest and slowest pace accepted by `--speed` (simulated seconds per real second).
    public static let speedRange: ClosedRange<Double> = 0.001...1_000_000_000

    /// Why the numeric options cannot be used, or `nil`.
    public static func optionProblem(_ options: Options) -> String? {
        if let speed = options.speed, !speed.isFinite || !speedRange.contains(speed) {
            return "--speed must be a number in 0.001…1000000000 simulated seconds per second (got \(speed))"
        }
        if let limit = options.messageLimit, limit < 1 {
            return "--messages must be at least 1 (got \(limit))"
        }
        if let stays = options.stays, !(0...Scenario.mostStays).contains(stays) {
            return "--stays must lie in 0…\(Scenario.mostStays) (got \(stays))"
        }
        return nil
    }

    /// Runs the simulation and writes `DIR/messages/…` and `DIR/manifest.json`.
    /// - Throws: ``SimulateError`` or `SimulationError` with a one-line reason.
    public func run(_ options: Options) throws -> Report {
        if let problem = Self.optionProblem(options) { throw SimulateError.usage(problem) }
        let scenario = try scenario(for: options)
        let simulator = try Simulator(scenario: scenario, seed: options.seed)
        simulator.messageLimit = options.messageLimit
        simulator.tool = AppInfo.tool
        simulator.version = AppInfo.version
        try prepare(directory: options.out, force: options.force)
        // Paced runs write each document as it happens; unpaced runs overlap file creation on a second thread.
        let directory = try SimulateDirectoryOutput(directory: options.out, background: options.speed == nil)
        let summary: Simulator.Summary
        do {
            if let speed = options.speed {
                var paced = SimulatePacedOutput(
                    directory, speed: speed, simStart: simulator.start, feed: SimulatePacedOutput<SimulateDirectoryOutput>.standardOutputFeed)
                summary = try simulator.run(into: &paced)
            } else {
                var out = directory
                summary = try simulator.run(into: &out)
            }
            try directory.close()
        } catch {
            directory.abandon()
            throw error
        }
        return Report(
            messages: summary.messages, stays: summary.stays, injected: summary.injected.count, directory: options.out)
    }

    /// Refuses a non-empty directory unless `force`; with `force`, removes earlier output only.
    func prepare(directory: String, force: Bool) throws {
        guard FilePaths.exists(directory) else { return }
        guard FilePaths.isDirectory(directory) else { throw SimulateError.usage("--out \(directory) exists and is not a directory") }
        let entries = FilePaths.listDirectory(directory)
        guard !entries.isEmpty else { return }
        guard force else {
            if entries.contains(SimulateDirectoryOutput.noteName) {
                throw SimulateError.usage(
                    "--out \(directory) holds a run that did not finish (see its \(SimulateDirectoryOutput.noteName)); use --force to replace it")
            }
            throw SimulateError.usage("--out \(directory) is not empty (use --force to overwrite earlier output)")
        }
        let messages = directory + "/messages"
        for name in FilePaths.listDirectory(messages) where name.hasSuffix(".xml") {
            FilePaths.remove(messages + "/" + name)
        }
        for name in ["manifest.json", SimulateDirectoryOutput.partialName, SimulateDirectoryOutput.noteName] {
            FilePaths.remove(directory + "/" + name)
        }
    }
}
