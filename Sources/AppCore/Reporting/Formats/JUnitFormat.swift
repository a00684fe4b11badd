import PLORules
import XMLCore

/// JUnit XML, the format CI dashboards read: one testcase per input (`plo validate`) or per stay
/// and unassigned message (`plo flow`); error findings fail it, the rest go to its system-out.
struct JUnitFormat: ReportFormat {
    /// One `testcase`: a failure carrying every failure line, the notes as system-out.
    struct TestCase {
        var name: String
        var className: String
        var failures: [String]
        var notes: [String]
    }

    let kind: ReportKind
    private var tests = 0
    private var failed = 0

    init(_ kind: ReportKind, style: TextStyle) {
        self.kind = kind
    }

    var streamsBody: Bool { false }

    mutating func add(_ result: FileResult, to body: inout [UInt8]) {
        let (failures, notes) = Self.describe(result.findings, file: { _ in result.file })
        append(
            TestCase(name: result.file, className: "plo.validate." + (result.message?.type ?? "unknown"), failures: failures, notes: notes), to: &body
        )
    }

    mutating func add(_ stay: StayResult, to body: inout [UInt8]) {
        let (failures, notes) = Self.describe(stay.findings, file: Self.files)
        append(TestCase(name: stay.id, className: "plo.flow.stay", failures: failures, notes: notes), to: &body)
    }

    mutating func add(_ entry: UnassignedMessage, to body: inout [UInt8]) {
        let (failures, notes) = Self.describe(entry.findings, file: Self.files)
        append(
            TestCase(name: entry.file, className: "plo.flow.unassigned", failures: failures, notes: ["unassigned: \(entry.reason)"] + notes),
            to: &body)
    }

    mutating func finish(_ summary: ReportSummary) -> (head: [UInt8], tail: [UInt8]) {
        let suite = kind == .validate ? "plo validate" : "plo flow"
        var head: [UInt8] = []
        head.append(contentsOf: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"".utf8)
        XMLText.append(suite, to: &head)
        head.append(contentsOf: "\" tests=\"\(tests)\" failures=\"\(failed)\">\n  <testsuite name=\"".utf8)
        XMLText.append(suite, to: &head)
        head.append(contentsOf: "\" tests=\"\(tests)\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\">\n".utf8)
        return (head, Array("  </testsuite>\n</testsuites>\n".utf8))
    }

    /// The files a flow finding names, for its line.
    private static func files(_ finding: Finding) -> String { finding.files.joined(separator: ", ") }

    /// The lines of the error findings and of the others: `file:line: severity: [RULE] message (xpath)`.
    private static func describe(_ findings: [Finding], file: (Finding) -> String) -> (failures: [String], notes: [String]) {
        var failures: [String] = []
        var notes: [String] = []
        for finding in findings {
            var text = file(finding)
            if let line = finding.line { text += ":\(line)" }
            text += ": \(finding.severity.rawValue): [\(finding.rule)] \(finding.message)"
            if let xpath = finding.xpath { text += " (\(xpath))" }
            if finding.severity == .error { failures.append(text) } else { notes.append(text) }
        }
        return (failures, notes)
    }

    private mutating func append(_ testCase: TestCase, to out: inout [UInt8]) {
        tests += 1
        if !testCase.failures.isEmpty { failed += 1 }
        out.append(contentsOf: "    <testcase name=\"".utf8)
        XMLText.append(testCase.name, to: &out)
        out.append(contentsOf: "\" classname=\"".utf8)
        XMLText.append(testCase.className, to: &out)
        out.append(UInt8(ascii: "\""))
        if testCase.failures.isEmpty && testCase.notes.isEmpty {
            out.append(contentsOf: "/>\n".utf8)
            return
        }
        out.append(contentsOf: ">\n".utf8)
        if let first = testCase.failures.first {
            let count = testCase.failures.count
            out.append(contentsOf: "      <failure message=\"".utf8)
            XMLText.append(count == 1 ? first : "\(count) errors; first: \(first)", to: &out)
            out.append(contentsOf: "\" type=\"plo\">".utf8)
            Self.appendLines(testCase.failures, to: &out)
            out.append(contentsOf: "</failure>\n".utf8)
        }
        if !testCase.notes.isEmpty {
            out.append(contentsOf: "      <system-out>".utf8)
            Self.appendLines(testCase.notes, to: &out)
            out.append(contentsOf: "</system-out>\n".utf8)
        }
        out.append(contentsOf: "    </testcase>\n".utf8)
    }

    /// `lines` escaped, one per line (no newline after the last).
    private static func appendLines(_ lines: [String], to out: inout [UInt8]) {
        for (index, line) in lines.enumerated() {
            if index > 0 { out.append(0x0A) }
            XMLText.append(line, to: &out)
        }
    }
}
