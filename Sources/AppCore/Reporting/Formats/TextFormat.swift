import PLORules
import XMLCore

/// The text report, for people, written as results arrive. `plo validate`: one line per shown
/// finding, `file:line:col: severity: [RULE] message  (xpath)`, then the summary line. `plo flow`:
/// a timeline per stay (``TextFormat/append(_:style:to:)``), the unassigned messages, the summary
/// line and, with `--stats`, the statistics.
struct TextFormat: ReportFormat {
    let kind: ReportKind
    let style: TextStyle
    /// Whether the heading of the unassigned messages is written.
    private var unassignedBegun = false

    init(_ kind: ReportKind, style: TextStyle) {
        self.kind = kind
        self.style = style
    }

    var streamsBody: Bool { true }

    mutating func add(_ result: FileResult, to body: inout [UInt8]) {
        for finding in result.findings where style.shows(finding.severity) {
            style.beginPaint("1", &body)
            body.append(contentsOf: result.file.utf8)
            if let line = finding.line {
                body.append(UInt8(ascii: ":"))
                DecimalText.append(line, to: &body)
                if let column = finding.column {
                    body.append(UInt8(ascii: ":"))
                    DecimalText.append(column, to: &body)
                }
            }
            style.endPaint(&body)
            body.append(contentsOf: ": ".utf8)
            style.beginPaint(TextStyle.code(for: finding.severity), &body)
            body.append(contentsOf: finding.severity.rawValue.utf8)
            style.endPaint(&body)
            body.append(contentsOf: ": [".utf8)
            body.append(contentsOf: finding.rule.utf8)
            body.append(contentsOf: "] ".utf8)
            body.append(contentsOf: finding.message.utf8)
            if let xpath = finding.xpath {
                style.beginPaint("2", &body)
                body.append(contentsOf: "  (".utf8)
                body.append(contentsOf: xpath.utf8)
                body.append(UInt8(ascii: ")"))
                style.endPaint(&body)
            }
            body.append(0x0A)
        }
    }

    mutating func add(_ stay: StayResult, to body: inout [UInt8]) {
        Self.append(stay, style: style, to: &body)
        body.append(0x0A)
    }

    mutating func add(_ entry: UnassignedMessage, to body: inout [UInt8]) {
        if !unassignedBegun {
            unassignedBegun = true
            body.append(contentsOf: (style.bold("Unassigned messages") + "\n").utf8)
        }
        body.append(contentsOf: "  \(entry.file): \(entry.reason)\n".utf8)
        for finding in entry.findings { body.append(contentsOf: Self.findingLine(finding, style: style).utf8) }
    }

    mutating func finish(_ summary: ReportSummary) -> (head: [UInt8], tail: [UInt8]) {
        var tail = unassignedBegun ? "\n" : ""
        tail += summaryLine(summary) + "\n"
        if let stats = summary.stats { tail += "\n" + stats.text() }
        return ([], Array(tail.utf8))
    }

    /// The last line: `N files: V valid, I invalid; E errors, W warnings` (validate) or
    /// `N messages, S stays, U unassigned; E errors, W warnings` (flow), then how many findings
    /// the style did not print; green when clean.
    private func summaryLine(_ summary: ReportSummary) -> String {
        let errors = plural(summary.errors, "error") + ", " + plural(summary.warnings, "warning")
        let hidden = style.hiddenNote(warnings: summary.warnings, infos: summary.infos)
        switch kind {
        case .validate:
            let text = plural(summary.files, "file") + ": \(summary.valid) valid, \(summary.invalid) invalid; " + errors + hidden
            return summary.invalid == 0 ? style.green(text) : style.bold(text)
        case .flow:
            let text =
                plural(summary.messages, "message") + ", " + plural(summary.stays, "stay") + ", \(summary.unassigned) unassigned; " + errors + hidden
            return summary.errors == 0 && summary.warnings == 0 ? style.green(text) : style.bold(text)
        }
    }

    /// `1 error`, `2 errors`, `0 errors`.
    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
