import XMLCore

/// Writes the report of `plo validate` one result at a time, in any format, without keeping the
/// results: the same bytes as ``ValidationReport/render(_:style:)``.
///
/// Text lines are ready as soon as their result is added (``takeReady()``). JSON, JUnit and SARIF
/// start with counts, so each result's serialized bytes wait in a buffer until ``finish()`` puts
/// the header in front of them. The buffer is kept as a list of chunks of about ``chunkSize``
/// bytes, so it grows without copying what it holds.
public struct ValidationReportWriter: Sendable {
    public let format: OutputFormat
    public let style: TextStyle
    /// The counts so far.
    public private(set) var summary = ValidationSummary()
    /// Text: lines not yet taken. JUnit: the testcases so far.
    private var bytes: [UInt8] = []
    /// JSON and SARIF: the elements of the `results` array so far.
    private var elements: JSONWriter
    /// SARIF: the rule IDs of the findings so far.
    private var usedRules: Set<String> = []
    /// JUnit: testcases with a failure.
    private var failedCases = 0
    /// JSON, JUnit and SARIF: the full chunks of the body so far (the rest is in `elements` or `bytes`).
    private var body: [[UInt8]] = []

    /// The size at which a body chunk is set aside and a new one started.
    public static let chunkSize = 1 << 20

    public init(format: OutputFormat, style: TextStyle = TextStyle(color: false)) {
        self.format = format
        self.style = style
        elements = JSONWriter(pretty: true, elementsOfArrayAtDepth: format == .sarif ? SARIF.resultsDepth : Self.jsonResultsDepth)
    }

    /// Adds the next result in input order.
    public mutating func add(_ result: FileResult) {
        summary.add(result)
        switch format {
        case .text, .html: ValidationReport.appendText(result, style: style, to: &bytes)
        case .json: Self.writeJSON(result, to: &elements)
        case .sarif:
            for finding in result.findings {
                usedRules.insert(finding.rule)
                SARIF.writeResult(file: result.file, finding: finding, to: &elements)
            }
        case .junit:
            let testCase = ValidationReport.testCase(result)
            if !testCase.failures.isEmpty { failedCases += 1 }
            JUnit.append(testCase, to: &bytes)
        }
        if elements.bytes.count >= Self.chunkSize { body.append(elements.takeBytes()) }
        if format == .junit && bytes.count >= Self.chunkSize {
            body.append(bytes)
            bytes = []
        }
    }

    /// The text that can be written now (only the text format has any), taken out of the writer.
    public mutating func takeReady() -> [UInt8] {
        guard format == .text || format == .html, !bytes.isEmpty else { return [] }
        let ready = bytes
        bytes.removeAll(keepingCapacity: true)
        return ready
    }

    /// The rest of the report after what ``takeReady()`` gave, as chunks to write in turn (so the
    /// large body is never copied).
    public consuming func finish() -> [[UInt8]] {
        switch format {
        case .text, .html:
            var rest = takeReady()
            ValidationReport.appendSummary(summary, style: style, to: &rest)
            return [rest]
        case .json, .sarif:
            let lastChunk = elements.takeBytes()
            let (head, tail) =
                format == .json ? Self.jsonFrame(summary: summary, results: elements) : SARIF.frame(usedRules: usedRules, results: elements)
            return [head] + body + [lastChunk, tail]
        case .junit:
            var head: [UInt8] = []
            JUnit.appendHeader(suite: ValidationReport.junitSuite, tests: summary.files, failures: failedCases, to: &head)
            var tail: [UInt8] = []
            JUnit.appendFooter(to: &tail)
            return [head] + body + [bytes, tail]
        }
    }
}
