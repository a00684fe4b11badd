import AppCore
import Foundation
import Synchronization
import TestSupport
import Testing
import XMLCore

/// `plo validate` streams its report through ``ReportWriter``: text as results arrive, the other
/// formats' bodies set aside until the counts are known. These pin that the bytes do not depend
/// on how the report was fed (flushed after every result or not at all, one worker or several),
/// that the command writes what the library writes, and that text appears before the run ends.
/// The bytes themselves are pinned by the goldens (``GoldenReportTests``).
@Suite(.serialized) struct ValidateStreamingTests {
    // MARK: Inputs

    /// A folder of awkward inputs: names with markup and JSON characters, Norwegian letters and an
    /// emoji; a malformed file whose parser message quotes non-ASCII; one with a control character.
    private static func awkwardFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let innlagt = try Data(contentsOf: TestPaths.fixture("messages/innlagt.xml"))
        try innlagt.write(to: folder.appendingPathComponent("a \"quoted\" & <tagged> 'ø' \\ 😀.xml"))
        try Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Ærø😀 a=\"&quot;\">tekst</Ærø>".utf8).write(
            to: folder.appendingPathComponent("b-mismatch-ø.xml"))
        try Data("<a>\u{1}</a>".utf8).write(to: folder.appendingPathComponent("c-control.xml"))
        try Data().write(to: folder.appendingPathComponent("d-empty.xml"))
        return folder
    }

    /// Valid, invalid (XSD and profile) and malformed messages, and the awkward folder.
    private static func mixedPaths(_ awkward: URL) -> [String] {
        [TestPaths.fixture("messages").path, TestPaths.fixture("rules").path, awkward.path]
    }

    private static func engine() throws -> ValidationEngine {
        let schemas = try SchemaLocator.compile(directory: TestPaths.schemas.path, catalog: nil)
        return ValidationEngine(schemas: schemas, settings: ValidationSettings())
    }

    /// The report of `results` through a writer into memory; `flushing` after every result (as
    /// the engine does after each batch) or only at the end.
    private static func written(
        _ results: [FileResult], _ format: OutputFormat, style: TextStyle = TextStyle(color: false), flushing: Bool = true
    ) throws -> (text: String, summary: ReportSummary) {
        let writer = ReportWriter(.validate, format: format, style: style, output: .memory())
        for result in results {
            writer.add(result)
            if flushing { writer.flush() }
        }
        let (summary, captured) = try writer.finish()
        return (String(decoding: captured, as: UTF8.self), summary)
    }

    /// The report of `paths` as the library writes it, validated with one worker.
    private static func reference(_ format: OutputFormat, paths: [String], style: TextStyle = TextStyle(color: false)) throws -> (
        text: String, exitCode: Int32
    ) {
        let written = try written(try engine().validate(try InputCollector.collect(paths), jobs: 1), format, style: style)
        return (written.text, written.summary.exitCode())
    }

    // MARK: The writer on its own

    @Test(arguments: [OutputFormat.text, .json, .junit, .sarif])
    func flushingDoesNotChangeTheBytes(format: OutputFormat) throws {
        // 0 and 1 results, a few, and enough for a body of several chunks set aside.
        for count in [0, 1, 7, 9_000] {
            let results = AwkwardResults.make(count: count)
            let streamed = try Self.written(results, format).text
            #expect(streamed == (try Self.written(results, format, flushing: false).text), "\(format), \(count) results")
            if count == 9_000 && format != .text { #expect(streamed.utf8.count > 2 * ReportWriter.chunkSize) }
        }
    }

    @Test(arguments: [Severity.warning, .error])
    func textHidingFindingsCountsThem(minimum: Severity) throws {
        let results = AwkwardResults.make(count: 40)
        let text = try Self.written(results, .text, style: TextStyle(color: false, minimumSeverity: minimum)).text
        let all = results.flatMap(\.findings)
        let shown = all.filter { $0.severity >= minimum }
        #expect(text.components(separatedBy: ": [").count - 1 == shown.count)
        let infos = all.filter { $0.severity == .info }.count
        let warnings = all.filter { $0.severity == .warning }.count
        let hidden = minimum == .error ? "\(warnings) warnings, \(infos) info" : "\(infos) info"
        #expect(text.hasSuffix("; \(hidden) not shown (--verbose shows them)\n"), "\(text.suffix(200))")
    }

    @Test func summaryCountsWhatWasAdded() throws {
        let results = AwkwardResults.make(count: 50)
        let summary = try Self.written(results, .json).summary
        #expect(summary.files == 50)
        #expect(summary.valid == results.filter(\.valid).count)
        #expect(summary.invalid == results.filter { !$0.valid }.count)
        #expect(summary.errors == results.flatMap(\.findings).filter { $0.severity == .error }.count)
        #expect(summary.warnings == results.flatMap(\.findings).filter { $0.severity == .warning }.count)
        #expect(summary.infos == results.flatMap(\.findings).filter { $0.severity == .info }.count)
        #expect(summary.exitCode() == 1)
    }

    // MARK: The engine

    @Test(arguments: [1, 3])
    func engineHandsResultsOnInInputOrder(jobs: Int) throws {
        let awkward = try Self.awkwardFolder()
        defer { try? FileManager.default.removeItem(at: awkward) }
        let items = try InputCollector.collect(Self.mixedPaths(awkward))
        let engine = try Self.engine()
        let seen = Mutex<[(Int, String)]>([])
        engine.forEach(items, jobs: jobs, extract: { _, _ in nil as Never? }) { index, result, _ in
            seen.withLock { $0.append((index, result.file)) }
        }
        let order = seen.withLock { $0 }
        #expect(order.map(\.0) == Array(items.indices))
        #expect(order.map(\.1) == items.map(\.name))
        #expect(engine.validate(items, jobs: jobs).map(\.file) == items.map(\.name))
    }

    // MARK: The command

    @Test(arguments: [OutputFormat.text, .json, .junit, .sarif], [1, 4])
    func commandWritesWhatTheLibraryWrites(format: OutputFormat, jobs: Int) throws {
        let awkward = try Self.awkwardFolder()
        defer { try? FileManager.default.removeItem(at: awkward) }
        let paths = Self.mixedPaths(awkward)
        // Text prints warnings and errors by default (info only counted), as the library does
        // with that style.
        let expected = try Self.reference(format, paths: paths, style: TextStyle(color: false, minimumSeverity: .warning))
        #expect(expected.exitCode == 1)
        let result = try CLI.run(["validate", "--format", format.rawValue, "--jobs", "\(jobs)"] + paths)
        #expect(result.exitCode == expected.exitCode, "\(result.stderr)")
        #expect(result.stdout == expected.text)
        // SARIF names files by URI, percent-encoded.
        #expect(result.stdout.contains(format == .sarif ? "b-mismatch-%C3%B8.xml" : "b-mismatch-ø.xml"))
    }

    @Test func outFileHoldsTheSameReportAndReplacesAnOldOneWhole() throws {
        let awkward = try Self.awkwardFolder()
        defer { try? FileManager.default.removeItem(at: awkward) }
        let folder = awkward.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let report = folder.appendingPathComponent("report.json")
        try Data("old report".utf8).write(to: report)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: report.path)
        let paths = [TestPaths.fixture("rules").path]

        let result = try CLI.run(["validate", "--format", "json", "--jobs", "2", "--out", report.path] + paths)
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: report, encoding: .utf8) == Self.reference(.json, paths: paths).text)
        #expect(try FileManager.default.attributesOfItem(atPath: report.path)[.posixPermissions] as? Int == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"], "no temporary file left")

        // A run that fails (exit 2) leaves the earlier report as it was, and no temporary file.
        let failed = try CLI.run(["validate", "--format", "json", "--out", report.path, "/nonexistent/input.xml"])
        #expect(failed.exitCode == 2)
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("{\n  \"tool\": \"plo\""))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])

        // A folder that does not exist, and a device that cannot take the bytes: exit 2 with a reason.
        let missing = try CLI.run(["validate", "--out", folder.appendingPathComponent("none/report.txt").path] + paths)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("cannot write --out"))
        if FileManager.default.fileExists(atPath: "/dev/full") {
            let full = try CLI.run(["validate", "--format", "json", "--out", "/dev/full"] + paths)
            #expect(full.exitCode == 2)
            #expect(full.stderr.contains("cannot write --out /dev/full"), "\(full.stderr)")
        }
    }

    @Test func textIsWrittenBeforeTheRunEnds() throws {
        // The first input has a finding; the second is standard input, held open. Its line must
        // arrive while plo still waits for standard input.
        let first = TestPaths.fixture("rules/PLO-PATIENT-ID/info-synthetic.xml").path
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["validate", "--verbose", "--jobs", "1", first, "-"]
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
        }
        let seen = Collected()
        let reader = output.fileHandleForReading
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            while case let data = reader.availableData, !data.isEmpty {
                seen.bytes.withLock { $0 += data }
            }
            done.signal()
        }
        let deadline = Date().addingTimeInterval(60)
        var firstLine = ""
        while Date() < deadline {
            firstLine = seen.text
            if firstLine.contains("\n") { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        #expect(process.isRunning, "plo should still be waiting for standard input")
        #expect(firstLine.contains("info-synthetic.xml"), "no line before the end of input: \(firstLine)")
        #expect(firstLine.contains("[PLO-PATIENT-ID]"))
        try input.fileHandleForWriting.write(contentsOf: Data(contentsOf: TestPaths.fixture("messages/innlagt.xml")))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(done.wait(timeout: .now() + 60) == .success)
        let all = seen.text
        #expect(process.terminationStatus == 0)
        #expect(all.hasSuffix("2 files: 2 valid, 0 invalid; 0 errors, 0 warnings\n"), "\(all)")
    }
}

/// Bytes read on another thread.
private final class Collected: Sendable {
    let bytes = Mutex<[UInt8]>([])
    var text: String { bytes.withLock { String(decoding: $0, as: UTF8.self) } }
}
