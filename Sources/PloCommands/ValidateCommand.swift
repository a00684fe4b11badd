import AppCore
import ArgumentParser

public struct ValidateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
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

    public func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one file, folder or - (standard input)") }
    }

    public init() {}

    public func run() throws {
        try runReportingUsage {
            try ValidateJob(
                paths: paths, schemas: reading.schemas, catalog: reading.catalog, settings: reading.settings, jobs: reading.jobs,
                format: report.format.outputFormat, style: gate.applied(to: report.style), out: report.out,
                failOn: gate.failOn.severity, allowEmpty: gate.allowEmpty
            ).run()
        }
    }
}
