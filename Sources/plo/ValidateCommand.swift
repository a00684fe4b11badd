import AppCore
import ArgumentParser
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check each message on its own: well-formedness, XSD, and the PLO profile rules.",
        discussion: """
            Inputs are files, folders (searched recursively for *.xml) or - for standard \
            input. Each message is parsed securely (no network, no DTD, no entity \
            expansion, size and depth capped), validated against MsgHead v1.2 + PLO 1.6 + \
            AppRec 1.1 in one compiled schema set, then checked by the profile rules (see \
            'plo rules').

            Text output prints errors and warnings and counts info findings in its summary \
            line (--verbose prints them, --quiet prints errors only); json, junit and sarif \
            carry every finding.

            Examples:
              plo validate Fixtures/messages
              plo validate --format json Fixtures/messages/innlagt.xml
              cat message.xml | plo validate -
              plo validate --schemas ../shared/reference/ehelse/schemas incoming/
              plo validate --format junit --out plo-report.xml incoming/
              plo validate --fail-on warning --quiet incoming/

            Exit codes: 0 no error finding (with --fail-on warning: no warning either); 1 \
            at least one; 2 usage error, no input message, unreadable input or unusable \
            schema set.
            """
    )

    @OptionGroup var reading: ReadingOptions
    @OptionGroup var report: OutputOptions<ValidateFormat>
    @OptionGroup var gate: GateOptions

    @Argument(help: ArgumentHelp("Message files, folders, or - for standard input.", valueName: "path"), completion: .file(extensions: ["xml"]))
    var paths: [String] = []

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file, folder or - (standard input)") }
    }

    func run() throws {
        try runReportingUsage {
            let items = try InputCollector.collect(paths)
            try gate.requireInput(items, paths: paths)
            let schemas = try SchemaLocator.compile(directory: reading.schemas, catalog: reading.catalog)
            let engine = ValidationEngine(schemas: schemas, settings: reading.settings)
            // Each result is written (text) or serialized (the other formats) as soon as it and
            // all before it are ready, and then dropped.
            let writer = ReportWriter(
                .validate, format: report.format.outputFormat, style: gate.applied(to: report.style), output: try report.openOutput())
            engine.validate(items, jobs: reading.jobs, into: writer)
            return try writer.finish().summary.exitCode(failOn: gate.failOn.severity)
        }
    }
}
