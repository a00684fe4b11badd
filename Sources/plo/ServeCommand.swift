import AppCore
import ArgumentParser
import Foundation
import PLOExchange
import PLORules
import PLOServeHTTP
import PloCommands

extension EPJRole: ExpressibleByArgument {}
extension ServeClock: ExpressibleByArgument {}

/// `plo serve`: a live counterpart for an EPJ under test (contract: serve.md).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Play the other side of PLO exchanges for an EPJ under test: AppRecs, answers, live FLOW checks.",
        discussion: """
            The EPJ writes complete *.xml files into --inbox (renamed into place); each is validated,
            journaled, answered with an AppRec 1.1 (T01, T02, E10, E36, E21 or OK) and moved to
            processed/ or rejected/ (with a .reason.txt). Everything for the EPJ appears in --outbox
            as <GenDate>-<TYPE>-<MsgId>.xml. As municipality (--epj hospital, the default) plo
            answers LOG_INNLAGT with an Innleggelsesrapport; as hospital (--epj municipality) it
            drives the scenario's stays. The journal (SQLite) makes a restart resume.

            CI mode: --clock virtual --until-idle replays the inbox at each file's GenDate, runs
            until nothing is scheduled, writes the report like 'plo flow' and exits 0/1.

            Examples:
              plo serve --inbox epj-out --outbox epj-in
              plo serve --clock virtual --until-idle --inbox epj-out --outbox epj-in --format junit --out serve.xml
              plo serve --epj municipality --scenario Fixtures/scenarios/teaching-one-patient.yaml --clock real --speed 60 --inbox in --outbox out

            Exit codes: 0 no error finding; 1 at least one error finding; 2 usage error, unusable
            folder, journal or schema set.
            """
    )

    @Option(name: .long, help: "Which side the EPJ under test plays: hospital (default) or municipality.")
    var epj: EPJRole = .hospital

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("The EPJ's own HER-id (repeatable).", valueName: "herid"))
    var her: [String] = []

    @Option(name: .long, help: "Scenario file (YAML or JSON, as for 'plo simulate'): the counterpart's parties and timings.")
    var scenario: String?

    @Option(name: .long, help: "Seed for the counterpart's random choices (same seed and inputs, same journal).")
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("The journal file (restart = resume).", valueName: "file"))
    var journal = "plo-journal.sqlite"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Serve the EDI 2.0 API and the control API here (default 127.0.0.1:8080 when no folders are given).", valueName: "host:port"))
    var listen: String?

    @Option(name: .long, help: ArgumentHelp("Folder the EPJ writes its messages to.", valueName: "dir"))
    var inbox: String?

    @Option(name: .long, help: ArgumentHelp("Folder where messages for the EPJ appear.", valueName: "dir"))
    var outbox: String?

    @Option(name: .long, help: "Clock: real (default) or virtual.")
    var clock: ServeClock = .real

    @Option(name: .long, help: "Real clock: how many times faster than wall-clock time.")
    var speed: Double = 1

    @Option(name: .long, help: ArgumentHelp("Clock start on a new journal, Europe/Oslo local (e.g. 2026-03-02T08:00).", valueName: "iso-time"))
    var start: String?

    @Flag(name: .long, help: "Virtual clock: run until nothing is scheduled and the inbox is empty, then report and exit.")
    var untilIdle = false

    @Option(name: .long, help: ArgumentHelp("Run this long (virtual time), e.g. PT4H, then report and exit.", valueName: "iso-duration"))
    var duration: String?

    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp(
            "What the counterpart does to the next message (repeatable): no-apprec, late-apprec, reject:CODE, duplicate-apprec, no-answer.",
            valueName: "fault"))
    var fault: [String] = []

    @Flag(name: .long, help: "Also print the journal export (JSON lines) to standard output at the end.")
    var export = false

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var report: ReportOptions

    func run() throws {
        try runReportingUsage {
            var options = ServeOptions()
            options.role = epj
            options.her = her
            options.scenario = scenario
            options.seed = seed
            options.journal = journal
            options.listen = listen
            options.inbox = inbox
            options.outbox = outbox
            options.clock = clock
            options.speed = speed
            options.start = start
            options.untilIdle = untilIdle
            options.duration = duration
            options.faults = fault
            let settings = reading.settings
            options.flowContext = FlowContext(profile: settings.profile, disabled: settings.disabled)
            let schemas = try SchemaLocator.compile(directory: reading.schemas, catalog: reading.catalog)
            let engine = ValidationEngine(schemas: schemas, settings: settings)
            if ServeSession.servesHTTP(options) { return try serveHTTP(options, engine: engine) }
            ServeSignals.install()
            let exchange: Exchange
            do {
                exchange = try ServeSession.run(options, validation: engine) { writeToStandardError($0 + "\n") }
            } catch let error as ExchangeError {
                throw UsageFailure(error.description)
            }
            if export { print(try exchange.export(), terminator: "") }
            let flow = try exchange.flowReport()
            if export && report.out == nil { return flow.exitCode() }
            try flow.write(to: ReportWriter(.flow, format: report.format, style: report.style, output: try report.openOutput()))
            return flow.exitCode()
        }
    }
}

extension ServeCommand {
    /// The EDI 2.0 HTTP face (and the control API) until SIGTERM or SIGINT.
    func serveHTTP(_ options: ServeOptions, engine: ValidationEngine) throws -> Int32 {
        let listen = options.listen ?? "127.0.0.1:8080"
        guard let address = HTTPServe.address(listen) else { throw UsageFailure("--listen \(listen): give HOST:PORT, e.g. 127.0.0.1:8080") }
        let runner: ServeRunner
        do {
            (_, runner, _) = try ServeSession.prepare(options, validation: engine) { writeToStandardError($0 + "\n") }
        } catch let error as ExchangeError {
            throw UsageFailure(error.description)
        }
        let failure = ServeFailure()
        let done = DispatchSemaphore(value: 0)
        let clock = options.clock
        let journal = options.journal
        nonisolated(unsafe) let unsafeRunner = runner
        Task {
            do {
                try await HTTPServe.run(runner: unsafeRunner, clock: clock, journalPath: journal, host: address.host, port: address.port)
            } catch {
                failure.set("\(error)")
            }
            done.signal()
        }
        done.wait()
        if let reason = failure.reason { throw UsageFailure("cannot serve on \(listen): \(reason)") }
        return 0
    }
}

/// A failure handed from the server task to the command.
final class ServeFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    func set(_ reason: String) { lock.withLock { text = reason } }
    var reason: String? { lock.withLock { text } }
}

/// SIGTERM and SIGINT: finish the current step, report, exit.
enum ServeSignals {
    static func install() {
        signal(SIGTERM) { _ in ServeRunner.requestStop() }
        signal(SIGINT) { _ in ServeRunner.requestStop() }
    }
}
