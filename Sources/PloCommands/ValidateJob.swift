import AppCore
import XMLCore

/// One `plo validate` run as plain values: what ``ValidateCommand`` parses its options into, and
/// what the fast path of ``FastValidate`` builds without the argument parser.
struct ValidateJob {
    var paths: [String]
    var schemas: String? = nil
    var catalog: String? = nil
    var settings = ValidationSettings()
    var jobs = RunDefaults.allCores
    var format: OutputFormat = .text
    var style = TextStyle(color: RunDefaults.color(out: nil), minimumSeverity: .warning)
    var out: String? = nil
    var failOn: Severity = .error
    var allowEmpty = false

    /// Validates every input, streaming the report; returns the exit code (0, or 1 for findings
    /// at `failOn` or worse).
    ///
    /// - Throws: ``UsageFailure`` (exit 2) for no input, an unusable schema set or output.
    func run() throws(UsageFailure) -> Int32 {
        let inputs = try RunInputs.prepare(paths, schemas: schemas, catalog: catalog, allowEmpty: allowEmpty)
        KeptUntilExit.keep(inputs.schemas)
        let engine = ValidationEngine(schemas: inputs.schemas, settings: settings)
        // Each result is written (text) or serialized (the other formats) as soon as it and
        // all before it are ready, and then dropped.
        let output = try out.map { path throws(UsageFailure) in try ReportOutput.file(path) } ?? .standardOutput
        let writer = ReportWriter(.validate, format: format, style: style, output: output)
        engine.validate(inputs.items, jobs: jobs, into: writer)
        return try writer.finish().summary.exitCode(failOn: failOn)
    }
}

/// `plo validate PATH…` with no option at all — the one-file CI call — run without the argument
/// parser, whose first use costs more than validating a message (its reflection scans every
/// protocol conformance in the binary; see docs/performance.md). Anything else (an option, `-`,
/// `--help`, no path) goes through the parser as usual.
enum FastValidate {
    /// The exit code of the run, or nil when `arguments` (without the program name) are not
    /// `validate` followed by plain paths.
    static func run(_ arguments: ArraySlice<String>) -> Int32? {
        guard arguments.first == "validate", arguments.count >= 2,
            arguments.dropFirst().allSatisfy({ !$0.hasPrefix("-") && !$0.isEmpty })
        else { return nil }
        do {
            return try ValidateJob(paths: Array(arguments.dropFirst())).run()
        } catch {
            writeToStandardError("plo: \(error.reason)\n")
            return 2
        }
    }
}
