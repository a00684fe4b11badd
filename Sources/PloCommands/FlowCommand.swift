import AppCore
import ArgumentParser
import PLORules

public struct FlowCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "flow",
        abstract: "Group messages into patient stays and check their order and timing (FLOW rules).",
        discussion: """
            Inputs are files, folders (searched recursively for *.xml) or - for standard \
            input. Each message is validated like 'plo validate' (its own findings are \
            reported too), then grouped into stays by patient, hospital and municipality, \
            sorted by GenDate then MsgId, and checked against the flow rules (see 'plo \
            rules' and docs/flow-rules.md).

            Formats: text (a timeline per stay), json, junit (one testcase per stay), \
            sarif, html (one self-contained teaching page with a swimlane timeline per \
            stay; --out FILE or standard output).

            Examples:
              plo flow Fixtures/flows/clean-discharge
              plo flow --verbose Fixtures/flows/late-supplement
              plo flow --format json incoming/
              plo flow --format html --out stays.html incoming/
              plo flow --stats --format json incoming/
              plo flow --explain-order
              plo flow --explain-order --format html --out order.html

            Exit codes: 0 no error finding (with --fail-on warning: no warning either); 1 \
            at least one; 2 usage error, no input message, unreadable input or unusable \
            schema set.
            """
    )

    @OptionGroup var reading: ReadingOptions

    @OptionGroup var report: ReportOptions

    @OptionGroup var gate: GateOptions

    @Flag(name: .long, help: "Print (text, json) or draw (html) the correct order of a stay's messages and their deadlines; needs no input.")
    var explainOrder = false

    @Flag(
        name: .long,
        help:
            "Add statistics per hospital and municipality: stays, share of each deadline met, median and p90 times to Innleggelsesrapport and to the answer, waiting days, findings per rule (text, json, html)."
    )
    var stats = false

    @Argument(help: ArgumentHelp("Message files, folders, or - for standard input.", valueName: "path"), completion: .file(extensions: ["xml"]))
    var paths: [String] = []

    public func validate() throws {
        if explainOrder { return }
        guard !paths.isEmpty else { throw ValidationError("give at least one file, folder or - (standard input), or --explain-order") }
    }

    public init() {}

    public func run() throws {
        try runReportingUsage {
            if explainOrder {
                switch report.format {
                case .text: try report.emit(DischargeOrder.text)
                case .json: try report.emit(DischargeOrder.json().serialized(pretty: true) + "\n")
                case .html: try report.emit(FlowHTML.orderPage())
                case .junit, .sarif: throw UsageFailure("--explain-order writes text, json or html, not \(report.format.rawValue)")
                }
                return 0
            }
            let prepared = try RunInputs.prepare(paths, schemas: reading.schemas, catalog: reading.catalog, allowEmpty: gate.allowEmpty)
            KeptUntilExit.keep(prepared.schemas)
            let engine = ValidationEngine(schemas: prepared.schemas, settings: reading.settings)
            let inputs = FlowRunner.readSplit(prepared.items, engine: engine, jobs: reading.jobs)
            let settings = reading.settings
            let context = FlowContext(profile: settings.profile, disabled: settings.disabled)
            let writer = ReportWriter(
                .flow, format: report.format, style: gate.applied(to: report.style), output: try report.openOutput(),
                stats: stats ? FlowStats(context: context) : nil)
            return try FlowReport.check(consume inputs, context: context, into: writer).summary.exitCode(failOn: gate.failOn.severity)
        }
    }
}
