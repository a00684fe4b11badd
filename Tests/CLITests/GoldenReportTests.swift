import AppCore
import Foundation
import PLORules
import TestSupport
import Testing
import XMLCore

/// The reports of `plo validate`, `plo flow` and `plo serve` in every format, compared byte for
/// byte with the goldens in `Tests/CLITests/Goldens` (see ``GoldenFile``). Plain text, JSON,
/// JUnit, SARIF and HTML come from the real `plo` binary; coloured text (only on a terminal)
/// and synthetic results come from the library, through the same report writer.
@Suite(.serialized) struct GoldenReportTests {
    /// One command line whose report is pinned.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        /// The formats pinned; `--verbose` and `--quiet` text are pinned as `<name>.verbose.txt`, `<name>.quiet.txt`.
        var formats: [OutputFormat]
        var exitCode: Int32
        var testDescription: String { name }
    }

    static let unreadable = "Tests/CLITests/Goldens/inputs/unreadable"

    static let validateCases = [
        Case(
            name: "fixtures", arguments: ["Fixtures/messages", "Fixtures/rules"], formats: [.text, .json, .junit, .sarif], exitCode: 1),
        Case(
            name: "limit-and-malformed", arguments: ["--max-size", "2000", "Fixtures/messages/innlagt.xml", unreadable],
            formats: [.text, .json, .junit, .sarif], exitCode: 1),
        Case(name: "clean", arguments: ["Fixtures/messages/innlagt.xml"], formats: [.text, .json, .junit, .sarif], exitCode: 0),
    ]

    /// Flow folders that together use every part of a stay's report: receipts, resends, findings
    /// about two files, deadlines, deaths, stays without admission, self-discharge.
    static let stayFolders = [
        "apprec-faults", "duplicate-msgid", "late-innlagt", "resend", "death", "no-admission", "self-discharge", "answer",
    ].map { "Fixtures/flows/\($0)" }

    static let flowCases = [
        Case(name: "stays", arguments: stayFolders, formats: OutputFormat.allCases, exitCode: 1),
        Case(name: "clean", arguments: ["Fixtures/flows/clean-discharge"], formats: OutputFormat.allCases, exitCode: 0),
        Case(
            name: "unreadable", arguments: [unreadable, "Fixtures/messages", "Fixtures/flows/late-innleggelsesrapport"],
            formats: OutputFormat.allCases, exitCode: 1),
        Case(
            name: "stats", arguments: ["--stats", "Fixtures/flows/late-supplement", "Fixtures/flows/answer", "Fixtures/flows/death"],
            formats: [.text, .json, .html], exitCode: 0),
    ]

    // MARK: The binary

    @Test(arguments: validateCases)
    func validate(_ golden: Case) throws {
        try Self.checkCommand("validate", golden)
    }

    @Test(arguments: flowCases)
    func flow(_ golden: Case) throws {
        try Self.checkCommand("flow", golden)
    }

    /// `plo serve` in CI mode reports the exchange like `plo flow` (the same report over HTTP).
    @Test func serve() throws {
        for format in OutputFormat.allCases {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("plo-golden-serve-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: root) }
            let inbox = root.appendingPathComponent("inbox")
            let outbox = root.appendingPathComponent("outbox")
            try FileManager.default.createDirectory(at: outbox, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestPaths.fixture("flows/late-supplement"), to: inbox)
            let run = try CLI.run([
                "serve", "--inbox", inbox.path, "--outbox", outbox.path, "--journal", root.appendingPathComponent("journal.sqlite").path,
                "--scenario", "Fixtures/scenarios/teaching-one-patient.yaml", "--clock", "virtual", "--until-idle", "--format",
                format.rawValue,
            ])
            #expect(run.exitCode == 0, "\(run.stderr)")
            try GoldenFile.check(run.stdout.replacingOccurrences(of: root.path, with: "<root>"), "serve/late-supplement.\(GoldenFile.ext(format))")
        }
    }

    private static func checkCommand(_ command: String, _ golden: Case) throws {
        var runs: [(arguments: [String], file: String)] = golden.formats.map { format in
            (["--format", format.rawValue], "\(golden.name).\(GoldenFile.ext(format))")
        }
        if golden.formats.contains(.text) {
            runs += [(["--verbose"], "\(golden.name).verbose.txt"), (["--quiet"], "\(golden.name).quiet.txt")]
        }
        for (options, file) in runs {
            for jobs in ["1", "2"] {
                let run = try CLI.run([command, "--jobs", jobs] + options + golden.arguments)
                #expect(run.exitCode == golden.exitCode, "\(command) \(file): \(run.stderr)")
                try GoldenFile.check(run.stdout, "\(command)/\(file)")
            }
        }
    }

    // MARK: The library (coloured text, synthetic results)

    private static func engine() throws -> ValidationEngine {
        let schemas = try SchemaLocator.compile(directory: TestPaths.schemas.path, catalog: nil)
        return ValidationEngine(schemas: schemas, settings: ValidationSettings())
    }

    /// The inputs of `paths` (relative to the package root), named by absolute path: strip
    /// ``rootPrefix`` from the report.
    private static func items(_ paths: [String]) throws -> [InputItem] {
        try InputCollector.collect(paths.map { TestPaths.root.appendingPathComponent($0).path })
    }

    private static var rootPrefix: String { TestPaths.root.path + "/" }

    /// The validate report of `results` in `format`, through the report writer into memory.
    private static func validateReport(_ results: [FileResult], _ format: OutputFormat, style: TextStyle) -> String {
        let writer = ReportWriter(.validate, format: format, style: style, output: .memory())
        for result in results {
            writer.add(result)
            writer.flush()
        }
        return String(decoding: (try? writer.finish())?.captured ?? [], as: UTF8.self)
    }

    /// The flow report of `paths` in `format`, through the report writer into memory.
    private static func flowReport(_ paths: [String], _ format: OutputFormat, style: TextStyle) throws -> String {
        let writer = ReportWriter(.flow, format: format, style: style, output: .memory())
        let written = try FlowReport.check(
            FlowRunner.readSplit(try items(paths), engine: try engine(), jobs: 2), context: FlowContext(), into: writer)
        return String(decoding: written.captured, as: UTF8.self).replacingOccurrences(of: rootPrefix, with: "")
    }

    @Test func colouredText() throws {
        let verbose = TextStyle(color: true, minimumSeverity: .info)
        let results = try Self.engine().validate(try Self.items(["Fixtures/messages", "Fixtures/rules"]), jobs: 2)
        let validate = Self.validateReport(results, .text, style: verbose).replacingOccurrences(of: Self.rootPrefix, with: "")
        #expect(validate.contains("\u{1B}[1;31merror\u{1B}[0m"))
        try GoldenFile.check(validate, "validate/fixtures.color.txt")
        try GoldenFile.check(
            Self.validateReport(AwkwardResults.make(count: 13), .text, style: verbose), "validate/synthetic.color.txt")
        for (name, paths) in [("stays", Self.stayFolders), ("unreadable", [Self.unreadable, "Fixtures/flows/clean-discharge"])] {
            let flow = try Self.flowReport(paths, .text, style: verbose)
            #expect(flow.contains("\u{1B}[1m"))
            try GoldenFile.check(flow, "flow/\(name).color.txt")
        }
    }

    @Test(arguments: [OutputFormat.text, .json, .junit, .sarif])
    func syntheticResults(format: OutputFormat) throws {
        try GoldenFile.check(
            Self.validateReport(AwkwardResults.make(count: 13), format, style: TextStyle(color: false)),
            "validate/synthetic.\(GoldenFile.ext(format))")
        try GoldenFile.check(
            Self.validateReport([], format, style: TextStyle(color: false)), "validate/none.\(GoldenFile.ext(format))")
    }
}
