import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// Writes the report of `plo flow` one stay at a time, in report order, without keeping the
/// stays: the same bytes as ``FlowReport/render(_:style:)``.
///
/// Text is ready as soon as a stay is added (``takeReady()``). JSON, JUnit, SARIF and HTML start
/// with counts, so each stay's serialized bytes wait, in chunks of about
/// ``ValidationReportWriter/chunkSize`` bytes, in a ``ReportSpool`` (a temporary file, so memory
/// does not grow with the report) until ``finish(unassigned:messages:to:)`` writes the header
/// in front of them.
public struct FlowReportWriter {
    public let format: OutputFormat
    public let style: TextStyle
    /// Stays, error and warning findings so far.
    public private(set) var stays = 0
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var infos = 0
    /// Text: not yet taken. JUnit and HTML: the body since the last full chunk.
    private var bytes: [UInt8] = []
    /// JSON: the elements of `stays` so far. SARIF: those of `results`.
    private var elements: JSONWriter
    /// SARIF: the rule IDs of the findings so far.
    private var usedRules: Set<String> = []
    /// JUnit: testcases with a failure.
    private var failedCases = 0
    /// HTML: the page's index of stays.
    private var htmlIndex: [FlowHTML.IndexEntry] = []
    /// JSON, JUnit, SARIF and HTML: the full chunks of the body so far.
    private let body: ReportSpool

    /// With `plo flow --stats`: the statistics gathered stay by stay, written after the report
    /// (text), as `"stats"` beside `stays` (JSON) or as a section (HTML).
    public var stats: FlowStats?

    /// The depth of the `stays` array in the JSON report (the report object, `stays`).
    static let jsonStaysDepth = 2

    public init(format: OutputFormat, style: TextStyle = TextStyle(color: false)) {
        self.format = format
        self.style = style
        body = ReportSpool()
        elements = JSONWriter(pretty: true, elementsOfArrayAtDepth: format == .sarif ? SARIF.resultsDepth : Self.jsonStaysDepth)
    }

    /// Adds the next stay in report order, with its messages' own findings attached.
    public mutating func add(_ stay: StayResult) {
        stays += 1
        stats?.add(stay)
        count(stay.findings)
        switch format {
        case .text:
            bytes.append(contentsOf: FlowReport.text(stay, style: style).utf8)
            bytes.append(0x0A)
        case .json: FlowReport.json(stay).write(to: &elements)
        case .sarif: writeSARIF(stay.findings)
        case .junit:
            let testCase = FlowReport.testCase(stay)
            if !testCase.failures.isEmpty { failedCases += 1 }
            JUnit.append(testCase, to: &bytes)
        case .html:
            htmlIndex.append(FlowHTML.IndexEntry(stay))
            bytes.append(contentsOf: FlowHTML.section(stay).utf8)
        }
        if elements.bytes.count >= ValidationReportWriter.chunkSize { body.append(elements.takeBytes()) }
        if format != .text, bytes.count >= ValidationReportWriter.chunkSize {
            body.append(bytes)
            bytes = []
        }
    }

    /// The text that can be written now (only the text format has any), taken out of the writer.
    public mutating func takeReady() -> [UInt8] {
        guard format == .text, !bytes.isEmpty else { return [] }
        let ready = bytes
        bytes.removeAll(keepingCapacity: true)
        return ready
    }

    /// 1 when any error finding was written, else 0 (valid after ``finish(unassigned:messages:to:)``).
    public var exitCode: Int32 { errors > 0 ? 1 : 0 }

    /// 1 when any finding of `failOn` or worse was written (`--fail-on warning`: warnings too), else 0.
    public func exitCode(failOn: Severity) -> Int32 {
        failOn == .error ? exitCode : (errors + warnings + (failOn == .info ? infos : 0) > 0 ? 1 : 0)
    }

    /// Counts the unassigned messages' findings and writes the rest of the report after what
    /// ``takeReady()`` gave to `output`.
    public mutating func finish(unassigned: [FlowReport.Unassigned], messages: Int, to output: inout ReportOutput) {
        if format == .json {
            // The unassigned entries are serialized one by one straight to the output (100,000
            // junk files would otherwise be one JSON tree and one buffer in memory).
            for entry in unassigned { count(entry.findings) }
            let lastChunk = elements.takeBytes()
            var writer = jsonHead(unassigned: unassigned.count, messages: messages)
            output.write(writer.takeBytes())
            body.drain(into: &output)
            output.write(lastChunk)
            writer.endArray()
            writer.key("unassigned")
            writer.beginArray()
            for entry in unassigned {
                FlowReport.json(entry).write(to: &writer)
                if writer.bytes.count >= ValidationReportWriter.chunkSize { output.write(writer.takeBytes()) }
            }
            writer.endArray()
            if let stats {
                writer.key("stats")
                stats.json().write(to: &writer)
            }
            writer.endObject()
            var tail = writer.takeBytes()
            tail.append(0x0A)
            output.write(tail)
            return
        }
        let (head, tail) = finish(unassigned: unassigned, messages: messages)
        for chunk in head { output.write(chunk) }
        body.drain(into: &output)
        for chunk in tail { output.write(chunk) }
    }

    /// The JSON report up to its `stays` elements (spliced, not copied).
    private func jsonHead(unassigned: Int, messages: Int) -> JSONWriter {
        var writer = JSONWriter(pretty: true)
        writer.beginReport(
            summary: [("messages", messages), ("stays", stays), ("errors", errors), ("warnings", warnings), ("unassigned", unassigned)],
            list: "stays")
        writer.spliceElements(of: elements, copying: false)
        return writer
    }

    /// The rest of the report: what goes before the spooled body and what goes after it.
    private mutating func finish(unassigned: [FlowReport.Unassigned], messages: Int) -> (head: [[UInt8]], tail: [[UInt8]]) {
        for entry in unassigned { count(entry.findings) }
        switch format {
        case .text:
            var rest = takeReady()
            rest.append(
                contentsOf: FlowReport.textTail(
                    unassigned: unassigned, messages: messages, stays: stays, errors: errors, warnings: warnings, infos: infos, style: style
                ).utf8)
            if let stats { rest.append(contentsOf: ("\n" + stats.text()).utf8) }
            return ([rest], [])
        case .json:
            // Written entry by entry by finish(unassigned:messages:to:), never through here.
            return ([], [])
        case .sarif:
            for entry in unassigned { writeSARIF(entry.findings) }
            let lastChunk = elements.takeBytes()
            let (head, tail) = SARIF.frame(usedRules: usedRules, results: elements)
            return ([head], [lastChunk, tail])
        case .junit:
            let cases = unassigned.map(FlowReport.testCase)
            var rest = bytes
            for testCase in cases { JUnit.append(testCase, to: &rest) }
            JUnit.appendFooter(to: &rest)
            var head: [UInt8] = []
            let failures = failedCases + cases.filter { !$0.failures.isEmpty }.count
            JUnit.appendHeader(suite: FlowReport.junitSuite, tests: stays + cases.count, failures: failures, to: &head)
            return ([head], [rest])
        case .html:
            let head = FlowHTML.pageHead(
                stays: stays, messages: messages, unassigned: unassigned.count, errors: errors, warnings: warnings, index: htmlIndex)
            return ([Array(head.utf8)], [bytes, Array(FlowHTML.pageTail(unassigned: unassigned, stats: stats).utf8)])
        }
    }

    private mutating func count(_ findings: [Finding]) {
        for finding in findings {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    private mutating func writeSARIF(_ findings: [Finding]) {
        for finding in findings {
            usedRules.insert(finding.rule)
            SARIF.writeResult(file: finding.files.first ?? "-", finding: finding, related: Array(finding.files.dropFirst()), to: &elements)
        }
    }
}
