import AppCore
import ArgumentParser
import PLORules
import XMLCore

extension OutputFormat: ExpressibleByArgument {}
extension RuleProfile: ExpressibleByArgument {}

/// Options shared by the commands that read messages.
public struct ReadingOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("Schema folder to validate against instead of the bundled Schemas/ (e.g. the official e-helse folder).", valueName: "dir"),
        completion: .directory)
    public var schemas: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "OASIS XML catalog mapping namespaces to schema files (default: the best *Catalog.xml in the schema folder).", valueName: "file"),
        completion: .file(extensions: ["xml"]))
    public var catalog: String?

    @Flag(name: .long, help: "XSD only: skip the PLO profile rules.")
    var noProfile = false

    @Option(name: .long, help: "Rule profile: hnt (national + Helse Nord-Trøndelag rules) or national.")
    var profile: RuleProfile = .hnt

    @Option(
        name: .long, parsing: .singleValue,
        help: ArgumentHelp("Skip a rule of severity warning or info (repeatable), e.g. --disable FLOW-WINDOW-UTSKRIVNINGSKLAR.", valueName: "rule"),
        completion: .list(RuleRegistry.all.filter { $0.severity != .error }.map(\.id)))
    var disable: [String] = []

    @Option(name: .long, help: ArgumentHelp("Largest input accepted, in bytes (larger files get an XML-LIMIT finding unread).", valueName: "bytes"))
    var maxSize: Int = ParseLimits.default.maxBytes

    @Option(name: .customLong("jobs"), help: ArgumentHelp("Parallel workers (default: all cores).", valueName: "n"))
    var jobsOption: Int?

    /// `--jobs`, or every core.
    public var jobs: Int { jobsOption ?? RunDefaults.allCores }

    public init() {}

    public func validate() throws {
        guard (1...1024).contains(jobs) else { throw ValidationError("--jobs must lie in 1…1024 (got \(jobs))") }
        guard (1...ParseLimits.largestAcceptedBytes).contains(maxSize) else {
            throw ValidationError(
                "--max-size must lie in 1…\(ParseLimits.largestAcceptedBytes) bytes, the most the XML parser takes in one piece (got \(maxSize))")
        }
        for id in disable {
            guard let rule = RuleRegistry.rule(id) else { throw ValidationError("--disable \(id): no such rule (see 'plo rules')") }
            guard rule.severity != .error else {
                throw ValidationError("--disable \(id): rules of severity error cannot be disabled; only warnings and info")
            }
        }
    }

    /// The validation settings these options describe.
    public var settings: ValidationSettings {
        var settings = ValidationSettings()
        settings.profileEnabled = !noProfile
        settings.profile = profile
        settings.disabled = Set(disable.compactMap { RuleRegistry.rule($0)?.id })
        settings.limits.maxBytes = maxSize
        return settings
    }
}

/// A `--format` a command accepts: its help lists exactly these values.
public protocol ReportFormatChoice: ExpressibleByArgument, CaseIterable {
    static var defaultChoice: Self { get }
    /// The report format it stands for.
    var outputFormat: OutputFormat { get }
}

extension OutputFormat: ReportFormatChoice {
    public static var defaultChoice: OutputFormat { .text }
    public var outputFormat: OutputFormat { self }
}

/// The formats of `plo validate` (no html page: that is `plo flow`'s).
enum ValidateFormat: String, ReportFormatChoice {
    case text, json, junit, sarif

    static var defaultChoice: ValidateFormat { .text }
    var outputFormat: OutputFormat { OutputFormat(rawValue: rawValue) ?? .text }
}

/// Where a report goes, in every format (`plo flow`).
public typealias ReportOptions = OutputOptions<OutputFormat>

/// Where a report goes, in the formats `Format` lists.
public struct OutputOptions<Format: ReportFormatChoice>: ParsableArguments {
    @Option(name: .long, help: "Output format.")
    public var format: Format = .defaultChoice

    @Option(name: .long, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"), completion: .file())
    public var out: String?

    public init() {}

    /// Colour only on a terminal, and never with NO_COLOR set or a file as output.
    public var style: TextStyle { TextStyle(color: RunDefaults.color(out: out)) }

    /// Standard output, or the `--out` file (which appears only once it is complete).
    public func openOutput() throws(UsageFailure) -> ReportOutput {
        guard let out else { return .standardOutput }
        return try ReportOutput.file(out)
    }

    /// Writes a whole report.
    public func emit(_ text: String) throws(UsageFailure) {
        var output = try openOutput()
        output.write(Array(text.utf8))
        try output.finish()
    }
}

/// Runs `body`, turning a `UsageFailure` into a one-line reason on stderr and exit code 2.
public func runReportingUsage(_ body: () throws -> Int32) throws {
    let code: Int32
    do {
        code = try body()
    } catch let failure as UsageFailure {
        writeToStandardError("plo: \(failure.reason)\n")
        throw ExitCode(2)
    }
    if code != 0 { throw ExitCode(code) }
}
