import AppCore
import Foundation
import PLORules
import TestSupport
import Testing
import XMLCore

/// `plo flow` checks stays as they complete and writes each at once (``FlowReport/check(_:context:into:)``);
/// these pin it to the all-at-once ``FlowReport`` (every stay checked first, then written through
/// the same ``ReportWriter``) byte for byte, in every format, with colour and without, on every
/// fixture flow folder (together and one by one), on inputs that cannot be read, and on a
/// simulated month. The bytes themselves are pinned by the goldens (``GoldenReportTests``).
@Suite(.serialized) struct FlowStreamingReportTests {
    private static func engine() throws -> ValidationEngine {
        let schemas = try SchemaLocator.compile(directory: TestPaths.schemas.path, catalog: nil)
        return ValidationEngine(schemas: schemas, settings: ValidationSettings())
    }

    /// Both paths on `paths`, every format and style; returns how many reports were compared.
    @discardableResult
    private static func compare(_ paths: [String], jobs: Int = 2) throws -> Int {
        let engine = try engine()
        let items = try InputCollector.collect(paths)
        var compared = 0
        for format in OutputFormat.allCases {
            for style in [TextStyle(color: false), TextStyle(color: true)] {
                let reference = FlowReport(inputs: FlowRunner.read(items, engine: engine, jobs: jobs), context: FlowContext())
                let streamed = try FlowReport.check(
                    FlowRunner.readSplit(items, engine: engine, jobs: jobs), context: FlowContext(),
                    into: ReportWriter(.flow, format: format, style: style, output: .memory()))
                let expected = try reference.rendered(format, style: style)
                let written = String(decoding: streamed.captured, as: UTF8.self)
                #expect(written == expected, "\(format) differs for \(paths)")
                #expect(streamed.summary.exitCode() == reference.exitCode())
                compared += 1
            }
        }
        return compared
    }

    @Test func fixtureFlowsMatchTheWholeReport() throws {
        let root = TestPaths.fixture("flows")
        let names = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        #expect(!names.isEmpty)
        try Self.compare([root.path])
        for name in names { try Self.compare([root.appendingPathComponent(name).path], jobs: 1) }
    }

    @Test func unreadableAndInvalidInputsMatchTheWholeReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-flow-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<a>not closed".utf8).write(to: folder.appendingPathComponent("b-malformed-ø.xml"))
        try Data().write(to: folder.appendingPathComponent("a-empty.xml"))
        try Self.compare([folder.path, TestPaths.fixture("messages").path, TestPaths.fixture("flows/late-innleggelsesrapport").path])
    }

    @Test func simulatedCorpusMatchesTheWholeReport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plo-flow-sim-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run(["simulate", "--stays", "150", "--seed", "3", "--out", folder.path])
        #expect(run.exitCode == 0)
        #expect(try Self.compare([folder.appendingPathComponent("messages").path]) == OutputFormat.allCases.count * 2)
    }
}
