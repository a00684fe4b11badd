import AppCore
import Foundation
import Synchronization
import TestSupport
import Testing
import XMLCore

/// `plo validate` streams its report; these pin it to the all-at-once ``ValidationReport`` byte
/// for byte, in every format, whatever the number of workers.
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

    /// The report as the all-at-once path renders it.
    private static func reference(_ format: OutputFormat, paths: [String], style: TextStyle = TextStyle(color: false)) throws -> (
        text: String, exitCode: Int32
    ) {
        let items = try InputCollector.collect(paths)
        let report = ValidationReport(results: try engine().validate(items, jobs: 1))
        return (report.render(format, style: style), report.exitCode)
    }

    /// Findings with everything an escaper can trip on, and results with and without a message.
    private static func awkwardResults(count: Int) -> [FileResult] {
        let summary = MessageSummary(type: "LOG_INNLAGT", msgId: "id \"1\"", genDate: nil, standard: "PLO 1.6", contentNamespace: "urn:ø&<>")
        return (0..<count).map { index in
            let findings = (0..<(index % 4)).map { number in
                Finding(
                    rule: ["XSD", "XML-WELLFORMED", "PLO-PATIENT-ID", "NOT-A-RULE"][number],
                    severity: [Severity.error, .warning, .info][(index + number) % 3],
                    message: "message \(index).\(number): \"quoted\" back\\slash <tag> & 'apos' tab\t nl\n ctl\u{1} del\u{7F} ø 😀 \u{FFFE}",
                    line: number == 1 ? nil : index + 1, column: number == 0 ? 7 : nil,
                    xpath: number == 2 ? nil : "/MsgHead/Document[\(number + 1)]")
            }
            return FileResult(file: "dir/ø \"\(index)\" & <x>.xml", message: index % 5 == 0 ? nil : summary, findings: findings)
        }
    }

    /// Everything a ``ValidationReportWriter`` writes for `results`: what it had ready after each
    /// result, then the rest.
    private static func streamed(_ results: [FileResult], _ format: OutputFormat, style: TextStyle = TextStyle(color: false)) -> String {
        var writer = ValidationReportWriter(format: format, style: style)
        var bytes: [UInt8] = []
        for result in results {
            writer.add(result)
            bytes += writer.takeReady()
        }
        for chunk in writer.finish() { bytes += chunk }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: The writer on its own

    @Test(arguments: [OutputFormat.text, .json, .junit, .sarif])
    func writerMatchesTheAllAtOnceReport(format: OutputFormat) {
        // 0 and 1 results, a few, and enough for a body of several chunks.
        for count in [0, 1, 7, 9_000] {
            let results = Self.awkwardResults(count: count)
            let expected = ValidationReport(results: results).render(format)
            let streamed = Self.streamed(results, format)
            #expect(streamed == expected, "\(format), \(count) results")
            if count == 9_000 && format != .text { #expect(streamed.utf8.count > 2 * ValidationReportWriter.chunkSize) }
        }
    }

    @Test func colouredTextMatches() {
        let results = Self.awkwardResults(count: 12)
        let style = TextStyle(color: true)
        let expected = ValidationReport(results: results).render(.text, style: style)
        #expect(expected.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(Self.streamed(results, .text, style: style) == expected)
    }

    @Test(arguments: [Severity.warning, .error])
    func textHidingFindingsMatchesAndCountsThem(minimum: Severity) {
        let results = Self.awkwardResults(count: 40)
        let style = TextStyle(color: false, minimumSeverity: minimum)
        let expected = ValidationReport(results: results).render(.text, style: style)
        #expect(Self.streamed(results, .text, style: style) == expected)
        let all = results.flatMap(\.findings)
        let shown = all.filter { $0.severity >= minimum }
        #expect(expected.components(separatedBy: ": [").count - 1 == shown.count)
        let infos = all.filter { $0.severity == .info }.count
        let warnings = all.filter { $0.severity == .warning }.count
        let hidden = minimum == .error ? "\(warnings) warnings, \(infos) info" : "\(infos) info"
        #expect(expected.hasSuffix("; \(hidden) not shown (--verbose shows them)\n"), "\(expected.suffix(200))")
    }

    @Test func textAndJUnitAreWhatTheyWereBeforeBytes() {
        for count in [0, 1, 13] {
            let results = Self.awkwardResults(count: count)
            let report = ValidationReport(results: results)
            #expect(report.render(.text) == ReportReference.text(results, color: false))
            #expect(report.render(.text, style: TextStyle(color: true)) == ReportReference.text(results, color: true))
            #expect(report.render(.junit) == ReportReference.junit(results))
        }
    }

    @Test func summaryCountsAsTheReportDoes() {
        let results = Self.awkwardResults(count: 50)
        var writer = ValidationReportWriter(format: .json)
        for result in results { writer.add(result) }
        let report = ValidationReport(results: results)
        #expect(writer.summary == report.summary)
        #expect(writer.summary.files == 50)
        #expect(writer.summary.valid == results.filter(\.valid).count)
        #expect(writer.summary.errors == results.flatMap(\.findings).filter { $0.severity == .error }.count)
        #expect(writer.summary.warnings == results.flatMap(\.findings).filter { $0.severity == .warning }.count)
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
    func commandMatchesTheAllAtOnceReport(format: OutputFormat, jobs: Int) throws {
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
