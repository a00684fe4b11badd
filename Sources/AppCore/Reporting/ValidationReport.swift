import PLORules
import XMLCore

/// Renders the results of `plo validate` in each format.
public struct ValidationReport: Sendable {
    public let results: [FileResult]

    public init(results: [FileResult]) {
        self.results = results
    }

    public var errorCount: Int { results.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count } }
    public var warningCount: Int { results.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count } }
    public var validCount: Int { results.filter(\.valid).count }

    /// The exit code of the contract: 1 when any error finding exists, else 0.
    public var exitCode: Int32 { errorCount > 0 ? 1 : 0 }

    public func render(_ format: OutputFormat, style: TextStyle = TextStyle(color: false)) -> String {
        switch format {
        case .text, .html: text(style: style)
        case .json: json().serialized(pretty: true) + "\n"
        case .junit: junit()
        case .sarif: SARIF.document(findings: results.flatMap { result in result.findings.map { (result.file, $0) } }).serialized(pretty: true) + "\n"
        }
    }

    /// `file:line:col: severity: [RULE] message` per finding, then a summary.
    public func text(style: TextStyle) -> String {
        var out = ""
        for result in results {
            for finding in result.findings {
                var place = result.file
                if let line = finding.line {
                    place += ":\(line)"
                    if let column = finding.column { place += ":\(column)" }
                }
                out += "\(style.bold(place)): \(style.severity(finding.severity.rawValue)): [\(finding.rule)] \(finding.message)"
                if let xpath = finding.xpath { out += style.dim("  (\(xpath))") }
                out += "\n"
            }
        }
        let files = results.count
        let invalid = files - validCount
        let summary = "\(files) file\(files == 1 ? "" : "s"): \(validCount) valid, \(invalid) invalid; \(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s")"
        out += invalid == 0 ? style.green(summary) : style.bold(summary)
        out += "\n"
        return out
    }

    public func json() -> JSONValue {
        .object([
            ("tool", .string(AppInfo.tool)),
            ("version", .string(AppInfo.version)),
            (
                "summary",
                .object([
                    ("files", .int(results.count)), ("valid", .int(validCount)), ("invalid", .int(results.count - validCount)),
                    ("errors", .int(errorCount)), ("warnings", .int(warningCount)),
                ])
            ),
            ("results", .array(results.map(Self.json))),
        ])
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
        let cases = results.map { result in
            JUnit.TestCase(
                name: result.file, className: "plo.validate." + (result.message?.type ?? "unknown"),
                failures: result.findings.filter { $0.severity == .error }.map { JUnit.describe($0, file: result.file) },
                notes: result.findings.filter { $0.severity != .error }.map { JUnit.describe($0, file: result.file) })
        }
        return JUnit.document(suite: "plo validate", cases: cases)
    }
}
