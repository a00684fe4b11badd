import PLOCalendar
import PLORules
import XMLCore

/// The JSON report, the machine contract (cli.md): `{"tool", "version", "summary": {…}, <lists>}`.
/// `plo validate` lists `results`; `plo flow` lists `stays`, then `unassigned`, then with
/// `--stats` adds `stats`. Fields come in the documented order; each item is serialized as it is
/// added, and the head with the counts is put in front at the end.
struct JSONFormat: ReportFormat {
    let kind: ReportKind
    /// The elements of the first list (`results`, `stays`) written so far; its bytes are moved to the body.
    private var first = JSONWriter(pretty: true, elementsOfArrayAtDepth: listDepth)
    /// `plo flow`: the elements of `unassigned`, once the first unassigned message came.
    private var second: JSONWriter?

    /// The depth of a list in the report (the report object, the list).
    static let listDepth = 2

    init(_ kind: ReportKind, style: TextStyle) {
        self.kind = kind
    }

    var streamsBody: Bool { false }

    mutating func add(_ result: FileResult, to body: inout [UInt8]) {
        Self.write(result, to: &first)
        first.moveBytes(to: &body)
    }

    mutating func add(_ stay: StayResult, to body: inout [UInt8]) {
        Self.write(stay, to: &first)
        first.moveBytes(to: &body)
    }

    mutating func add(_ entry: UnassignedMessage, to body: inout [UInt8]) {
        var writer = second ?? beginUnassigned(&body)
        Self.write(entry, to: &writer)
        writer.moveBytes(to: &body)
        second = writer
    }

    /// Closes `stays` and opens `unassigned` in `body`; returns the writer of its elements.
    private func beginUnassigned(_ body: inout [UInt8]) -> JSONWriter {
        var frame = Self.frame(summary: [], firstList: "stays", first: first)
        _ = frame.takeBytes()
        Self.openUnassigned(&frame)
        frame.moveBytes(to: &body)
        return JSONWriter(pretty: true, elementsOfArrayAtDepth: Self.listDepth)
    }

    mutating func finish(_ summary: ReportSummary) -> (head: [UInt8], tail: [UInt8]) {
        let counts: [(String, Int)]
        switch kind {
        case .validate:
            counts = [
                ("files", summary.files), ("valid", summary.valid), ("invalid", summary.invalid), ("errors", summary.errors),
                ("warnings", summary.warnings),
            ]
        case .flow:
            counts = [
                ("messages", summary.messages), ("stays", summary.stays), ("errors", summary.errors), ("warnings", summary.warnings),
                ("unassigned", summary.unassigned),
            ]
        }
        var frame = Self.frame(summary: counts, firstList: kind == .validate ? "results" : "stays", first: first)
        let head = frame.takeBytes()
        if kind == .flow {
            Self.openUnassigned(&frame)
            if let second {
                // Opened in the body when the first unassigned message came.
                frame.spliceElements(of: second, copying: false)
                _ = frame.takeBytes()
            }
        }
        frame.endArray()
        if let stats = summary.stats {
            frame.key("stats")
            stats.json().write(to: &frame)
        }
        frame.endObject()
        var tail = frame.takeBytes()
        tail.append(0x0A)
        return (head, tail)
    }

    /// The report up to the first list's elements (spliced, not copied), the list still open.
    private static func frame(summary counts: [(String, Int)], firstList: String, first: JSONWriter) -> JSONWriter {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.field("tool", AppInfo.tool)
        writer.field("version", AppInfo.version)
        writer.key("summary")
        writer.beginObject()
        for (name, value) in counts {
            writer.key(name)
            writer.int(value)
        }
        writer.endObject()
        writer.key(firstList)
        writer.beginArray()
        writer.spliceElements(of: first, copying: false)
        return writer
    }

    /// Closes the first list and opens `unassigned`.
    private static func openUnassigned(_ writer: inout JSONWriter) {
        writer.endArray()
        writer.key("unassigned")
        writer.beginArray()
    }

    // MARK: Items

    /// One `plo validate` result: file, valid, message (or null), findings.
    static func write(_ result: FileResult, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("file", result.file)
        writer.field("valid", result.valid)
        writer.key("message")
        if let message = result.message {
            writer.beginObject()
            writer.field("type", message.type)
            writer.field("msgId", message.msgId)
            writer.field("genDate", message.genDate)
            writer.field("standard", message.standard)
            writer.field("contentNamespace", message.contentNamespace)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("findings")
        write(result.findings, files: false, to: &writer)
        writer.endObject()
    }

    /// Findings as an array: rule, severity, message, then (flow: `files`, and for time rules
    /// `deadline`, `lateSeconds`) what is known of line, column and XPath.
    static func write(_ findings: [Finding], files: Bool, to writer: inout JSONWriter) {
        writer.beginArray()
        for finding in findings {
            writer.beginObject()
            writer.field("rule", finding.rule)
            writer.field("severity", finding.severity.rawValue)
            writer.field("message", finding.message)
            if files {
                writer.key("files")
                write(finding.files, to: &writer)
                if let deadline = finding.deadline { writer.field("deadline", deadline.iso) }
                if let late = finding.lateSeconds { writer.field("lateSeconds", Int(late)) }
            }
            if let line = finding.line { writer.field("line", line) }
            if let column = finding.column { writer.field("column", column) }
            if let xpath = finding.xpath { writer.field("xpath", xpath) }
            writer.endObject()
        }
        writer.endArray()
    }

    /// An array of strings.
    static func write(_ strings: [String], to writer: inout JSONWriter) {
        writer.beginArray()
        for string in strings { writer.string(string) }
        writer.endArray()
    }
}
