import PLORules
import XMLCore

/// Renders the results of `plo validate` in each format, all at once from results in memory.
///
/// `plo validate` itself streams with ``ValidationReportWriter``, which writes the same bytes
/// without keeping the results; this form serves tests and library users.
public struct ValidationReport: Sendable {
    public let results: [FileResult]
    public let summary: ValidationSummary

    public init(results: [FileResult]) {
        self.results = results
        summary = ValidationSummary(results)
    }

    public var errorCount: Int { summary.errors }
    public var warningCount: Int { summary.warnings }
    public var validCount: Int { summary.valid }

    /// The exit code of the contract: 1 when any error finding exists, else 0.
    public var exitCode: Int32 { summary.exitCode }

    public func render(_ format: OutputFormat, style: TextStyle = TextStyle(color: false)) -> String {
        switch format {
        case .text, .html: text(style: style)
        case .json: json().serialized(pretty: true) + "\n"
        case .junit: junit()
        case .sarif: SARIF.document(findings: results.flatMap { result in result.findings.map { (result.file, $0) } }).serialized(pretty: true) + "\n"
        }
    }

    public func json() -> JSONValue {
        .report(
            summary: [
                ("files", summary.files), ("valid", summary.valid), ("invalid", summary.invalid), ("errors", summary.errors),
                ("warnings", summary.warnings),
            ],
            lists: [("results", results.map(Self.json))])
    }

    static func json(_ result: FileResult) -> JSONValue {
        var fields: [(String, JSONValue)] = [("file", .string(result.file)), ("valid", .bool(result.valid))]
        if let message = result.message {
            fields.append(
                (
                    "message",
                    .object([
                        ("type", .optional(message.type)), ("msgId", .optional(message.msgId)), ("genDate", .optional(message.genDate)),
                        ("standard", .string(message.standard)), ("contentNamespace", .optional(message.contentNamespace)),
                    ])
                ))
        } else {
            fields.append(("message", .null))
        }
        fields.append(("findings", .array(result.findings.map(json))))
        return .object(fields)
    }

    /// A finding as the JSON contract writes it.
    public static func json(_ finding: Finding) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)), ("message", .string(finding.message)),
        ]
        if let line = finding.line { fields.append(("line", .int(line))) }
        if let column = finding.column { fields.append(("column", .int(column))) }
        if let xpath = finding.xpath { fields.append(("xpath", .string(xpath))) }
        return .object(fields)
    }

    /// One testcase per file; a failure carries the error findings, warnings go to system-out.
    public func junit() -> String {
        JUnit.document(suite: Self.junitSuite, cases: results.map(Self.testCase))
    }

    /// The JUnit suite name.
    static let junitSuite = "plo validate"

    /// The JUnit testcase of one result.
    static func testCase(_ result: FileResult) -> JUnit.TestCase {
        var failures: [String] = []
        var notes: [String] = []
        for finding in result.findings {
            if finding.severity == .error {
                failures.append(JUnit.describe(finding, file: result.file))
            } else {
                notes.append(JUnit.describe(finding, file: result.file))
            }
        }
        return JUnit.TestCase(name: result.file, className: "plo.validate." + (result.message?.type ?? "unknown"), failures: failures, notes: notes)
    }
}
