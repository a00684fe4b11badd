import PLORules
import XMLCore

/// The HTML teaching page of `plo flow` (``FlowHTML`` draws it): counts and an index of stays at
/// the top, so the stays' sections wait for the end; then the unassigned messages, the
/// statistics (`--stats`) and the legend. `plo validate` has no page (its html is text: see
/// ``OutputFormat/makeFormat(_:style:)``), so results are not drawn.
struct HTMLFormat: ReportFormat {
    /// The page's index of stays.
    private var index: [FlowHTML.IndexEntry] = []
    /// The unassigned messages, listed after the stays (their findings are in the JSON report).
    private var unassigned: [UnassignedMessage] = []

    init(_ kind: ReportKind, style: TextStyle) {}

    var streamsBody: Bool { false }

    mutating func add(_ result: FileResult, to body: inout [UInt8]) {}

    mutating func add(_ stay: StayResult, to body: inout [UInt8]) {
        index.append(FlowHTML.IndexEntry(stay))
        body.append(contentsOf: FlowHTML.section(stay).utf8)
    }

    mutating func add(_ entry: UnassignedMessage, to body: inout [UInt8]) {
        unassigned.append(UnassignedMessage(file: entry.file, reason: entry.reason))
    }

    mutating func finish(_ summary: ReportSummary) -> (head: [UInt8], tail: [UInt8]) {
        let head = FlowHTML.pageHead(
            stays: summary.stays, messages: summary.messages, unassigned: summary.unassigned, errors: summary.errors, warnings: summary.warnings,
            index: index)
        return (Array(head.utf8), Array(FlowHTML.pageTail(unassigned: unassigned, stats: summary.stats).utf8))
    }
}
