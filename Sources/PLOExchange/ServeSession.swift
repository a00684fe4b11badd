import AppCore
import Foundation
import PLOCalendar
import PLORules
import PLOSimulator
import XMLCore

/// The options of `plo serve`, as the command parsed them.
public struct ServeOptions: Sendable {
    public var role: EPJRole = .hospital
    public var her: [String] = []
    public var scenario: String?
    public var seed: UInt64 = 1
    public var journal = "plo-journal.sqlite"
    public var listen: String?
    public var inbox: String?
    public var outbox: String?
    public var clock: ServeClock = .real
    public var speed: Double = 1
    public var start: String?
    public var untilIdle = false
    public var duration: String?
    public var faults: [String] = []
    public var flowContext = FlowContext()

    public init() {}
}

/// The `plo serve` use case: checks the options, opens the journal and the folders, runs the
/// loop, and hands back the exchange for the report.
public enum ServeSession {
    /// Whether the options ask for the HTTP face: `--listen`, or no folders at all.
    public static func servesHTTP(_ o: ServeOptions) -> Bool {
        o.listen != nil || (o.inbox == nil && !o.untilIdle && o.duration == nil)
    }

    /// - Throws: ``ExchangeError`` (usage, folders, journal: exit 2).
    public static func run(_ o: ServeOptions, validation: ValidationEngine, log: @escaping (String) -> Void) throws -> Exchange {
        let (exchange, runner, duration) = try prepare(o, validation: validation, log: log)
        switch o.clock {
        case .virtual:
            try runner.runVirtual(until: duration.map { exchange.now + $0 })
        case .real:
            try runner.runReal(duration: duration)
        }
        return exchange
    }

    /// Checks the options, opens the journal and the folders (if any).
    /// - Returns: the exchange, a runner over the folders, and `--duration` in seconds.
    public static func prepare(_ o: ServeOptions, validation: ValidationEngine, log: @escaping (String) -> Void) throws -> (
        Exchange, ServeRunner, Int64?
    ) {
        if o.untilIdle && o.clock != .virtual { throw ExchangeError.usage("--until-idle needs --clock virtual") }
        if o.untilIdle && o.duration != nil { throw ExchangeError.usage("give --until-idle or --duration, not both") }
        guard (o.inbox == nil) == (o.outbox == nil) else { throw ExchangeError.usage("--inbox and --outbox go together") }
        if o.inbox == nil && !servesHTTP(o) {
            throw ExchangeError.usage("--until-idle and --duration run the folder transport: give --inbox DIR --outbox DIR")
        }
        guard o.speed > 0, o.speed.isFinite else { throw ExchangeError.usage("--speed must be a positive number") }
        var duration: Int64?
        if let text = o.duration {
            guard let seconds = ISODuration.seconds(text) else {
                throw ExchangeError.usage("--duration \(text) is not an ISO 8601 duration like PT4H or P2DT30M")
            }
            duration = seconds
        }
        var start: LocalDateTime?
        if let text = o.start {
            guard let t = LocalDateTime(iso: text) else { throw ExchangeError.usage("--start \(text) is not a date-time like 2026-03-02T08:00") }
            start = t
        }
        let faults = try o.faults.map { text in
            guard let fault = ExchangeFault(text: text) else {
                throw ExchangeError.usage("--fault \(text): use no-apprec, late-apprec, reject:CODE, duplicate-apprec or no-answer")
            }
            return fault
        }
        var scenario = Scenario()
        if let path = o.scenario {
            do {
                scenario = try Scenario.load(path: path)
            } catch {
                throw ExchangeError.usage("--scenario \(path): \(error)")
            }
        }
        if let problem = scenario.problems().first { throw ExchangeError.usage("invalid scenario: \(problem)") }
        if o.role == .hospital, let her = o.her.first(where: { h in scenario.municipalities.contains { $0.her == h } }) {
            throw ExchangeError.usage("--her \(her) is one of the counterpart's municipalities")
        }

        let folders = try o.inbox.map { try FolderTransport(inbox: $0, outbox: o.outbox ?? ".", maxBytes: validation.settings.limits.maxBytes) }
        let journal = try Journal(path: o.journal)
        // A new journal's clock: --start; else (virtual) the EPJ hospital's first message, or
        // the scenario's start when the counterpart hospital drives the stays; else (real) now.
        let hint: LocalDateTime? =
            switch (o.clock, o.role) {
            case (.virtual, .hospital): folders.flatMap(ServeRunner.earliestGenDate)
            case (.virtual, .municipality): nil
            case (.real, _): Oslo.local(Int64(Date().timeIntervalSince1970))
            }
        let settings = ExchangeSettings(
            role: o.role, scenario: scenario, seed: o.seed, epjHERs: o.her, flowContext: o.flowContext, start: start)
        let exchange = try Exchange(journal: journal, settings: settings, validation: validation, startHint: hint)
        for fault in faults { try exchange.addFault(fault) }
        let runner = ServeRunner(exchange: exchange, folders: folders, clock: o.clock, speed: o.speed)
        runner.log = log
        return (exchange, runner, duration)
    }
}
