import AppCore
import AppSimulate
import ArgumentParser
import PloCommands

/// `plo simulate`: the discrete-event simulation of hospitals and municipalities.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate hospitals and municipalities exchanging PLO messages; write them with a manifest.",
        usage: "plo simulate [--scenario <file>] [--stays <n>] --out <dir> [<options>]",
        discussion: """
            Writes DIR/messages/<NNNNNN>-<TYPE>-<msgid8>.xml (MsgHead 1.2 + PLO 1.6, \
            AppRec 1.1) and DIR/manifest.json (every message with stay, sender, receiver, \
            type, msgId, simulated send time; "injected": the findings 'plo flow DIR' must \
            report). Same seed, same bytes. With --speed, each message is printed as it \
            is sent.

            Scenario file (YAML or JSON; every field optional):
              name: calm-week
              start: 2026-01-05T00:00     # Europe/Oslo local
              stays: 40                   # admissions
              arrivalsPerDay: 8           # Poisson arrivals
              appRec: true                # AppRec for every received message
              timing:                     # minutes; fixed|uniform|lognormal|exponential
                lengthOfStay: {kind: lognormal, median: 4320, sigma: 0.5,
                               min: 1620, max: 20160}
                innleggelsesrapportDelay: {kind: uniform, min: 15, max: 180}
              events:                     # probabilities
                death: 0.02
                correction: 0.1           # utskrivningsklar corrected (M)
              faults:                     # per stay; at most one fault a stay
                lateInnleggelsesrapport: 0.05
                utskrivningsklarAfterHours: 0.05
              hospitals:
                - {name: Sykehuset Levanger, her: "8100001",
                   ward: {name: Medisinsk sengepost, her: "8100011"}}
              municipalities:
                - {name: Verdal kommune, her: "8200002",
                   nursing: {name: Sykepleietjeneste, her: "82000021"},
                   caseOffice: {name: Tildelingskontoret, her: "82000022"}}

            Fault kinds: lateInnleggelsesrapport, missingInnleggelsesrapport, \
            lateHelseopplysninger, missingHelseopplysninger, utskrivningsklarAfterHours, \
            utskrivningsklarOnClosedDay, avmeldingWithoutUtskrivningsklar, \
            utskrevetWithoutReport, messageAfterUtskrevet, lateSupplement, \
            duplicateMsgId, wrongTypeDisplayName, correctionWithoutTarget.

            Examples:
              plo simulate --stays 5 --seed 42 --out /tmp/sim
              plo simulate --scenario Fixtures/scenarios/easter-week.yaml --out /tmp/easter
              plo simulate --scenario Fixtures/scenarios/teaching-one-patient.yaml \\
                --speed 3600 --out /tmp/live
            """
    )

    @Option(name: .long, help: ArgumentHelp("Scenario file (YAML or JSON).", valueName: "file"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("Number of stays (overrides the scenario; 10 without a scenario).", valueName: "n"))
    var stays: Int?

    @Option(name: .long, help: ArgumentHelp("Seed for the random generator (same seed, same bytes).", valueName: "n"))
    var seed: UInt64 = 1

    @Option(name: .long, help: ArgumentHelp("Start of simulated time, Europe/Oslo local (e.g. 2026-01-05T00:00).", valueName: "time"))
    var start: String?

    @Option(name: .long, help: ArgumentHelp("Output directory (must be empty unless --force).", valueName: "dir"), completion: .directory)
    var out: String

    @Flag(name: .long, help: "Write into a non-empty directory, replacing earlier simulator output.")
    var force = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Pace against the wall clock: simulated seconds per real second (e.g. 60); prints each message as it is sent.", valueName: "x"))
    var speed: Double?

    @Flag(name: .customLong("no-apprec"), help: "Do not write AppRec receipts (overrides the scenario).")
    var noAppRec = false

    @Option(name: .long, help: ArgumentHelp("Stop admitting stays after this many documents (open stays finish).", valueName: "n"))
    var messages: Int?

    func run() throws {
        var options = SimulateRunner.Options(out: out)
        options.scenarioPath = scenario
        options.stays = stays
        options.seed = seed
        options.start = start
        options.force = force
        options.speed = speed
        options.appRec = noAppRec ? false : nil
        options.messageLimit = messages
        do {
            let report = try SimulateRunner().run(options)
            print(report.line)
        } catch {
            writeToStandardError("plo simulate: \(error)\n")
            throw ExitCode(2)
        }
    }
}
