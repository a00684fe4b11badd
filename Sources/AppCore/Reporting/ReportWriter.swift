import PLORules
import Synchronization
import XMLCore

/// The one way a report is written: one `ReportFormat` into one ``ReportOutput``, an item at a
/// time, by `plo validate`, `plo flow` and `plo serve` alike.
///
/// Bytes that can go out at once (text) go out at ``flush()``; a body that must wait for a counted
/// head (JSON, JUnit, SARIF, HTML) is set aside in a `ReportSpool` (a temporary file) in chunks
/// of about ``chunkSize`` bytes, so memory stays flat however long the report. ``finish(messages:)``
/// writes the head, the body and the tail and completes the output (a `--out` file appears whole).
/// "In memory" is ``ReportOutput/memory()``.
///
/// Safe to call from several threads (``ValidationEngine`` hands results on from its workers):
/// calls are serialized by a lock.
public final class ReportWriter: Sendable {
    private struct State {
        var format: any ReportFormat
        let streams: Bool
        var output: ReportOutput
        var summary: ReportSummary
        /// The body not yet written or set aside.
        var body: [UInt8] = []
        let spool = ReportSpool()

        /// Moves a full chunk of the body on: to the output when the format streams, else aside.
        mutating func setAsideIfFull() {
            guard body.count >= ReportWriter.chunkSize else { return }
            if streams { output.write(body) } else { spool.append(body) }
            body.removeAll(keepingCapacity: true)
        }
    }

    private let state: Mutex<State>

    /// The size at which a waiting body's chunk is set aside.
    public static let chunkSize = 1 << 20

    /// Begins a `kind` report in `format` to `output`; `stats` (`plo flow --stats`) is filled stay by stay.
    public init(_ kind: ReportKind, format: OutputFormat, style: TextStyle = TextStyle(color: false), output: ReportOutput, stats: FlowStats? = nil) {
        let made = format.makeFormat(kind, style: style)
        var summary = ReportSummary()
        summary.stats = stats
        state = Mutex(State(format: made, streams: made.streamsBody, output: output, summary: summary))
    }

    /// Adds the next input's result (`plo validate`), in input order.
    public func add(_ result: FileResult) {
        state.withLock { state in
            state.summary.add(result)
            state.format.add(result, to: &state.body)
            state.setAsideIfFull()
        }
    }

    /// Adds the next stay (`plo flow`), in report order.
    public func add(_ stay: StayResult) {
        state.withLock { state in
            state.summary.add(stay)
            state.format.add(stay, to: &state.body)
            state.setAsideIfFull()
        }
    }

    /// Adds a message that belongs to no stay (`plo flow`), after the last stay.
    public func add(_ entry: UnassignedMessage) {
        state.withLock { state in
            state.summary.add(entry)
            state.format.add(entry, to: &state.body)
            state.setAsideIfFull()
        }
    }

    /// Writes what can go out now: the text added since the last flush (other formats wait).
    public func flush() {
        state.withLock { state in
            guard state.streams, !state.body.isEmpty else { return }
            state.output.write(state.body)
            state.body.removeAll(keepingCapacity: true)
        }
    }

    /// The counts so far.
    public var summary: ReportSummary { state.withLock { $0.summary } }

    /// True once a write failed: nothing more can reach the output.
    public var isClosed: Bool { state.withLock { $0.output.failed } }

    /// Writes the rest of the report and completes the output; call once, after the last item.
    ///
    /// - Parameter messages: `plo flow`: the distinct messages read, for the summary.
    /// - Returns: the counts, and what was written when the output is ``ReportOutput/memory()``.
    /// - Throws: ``UsageFailure`` when the report could not be written.
    @discardableResult
    public func finish(messages: Int = 0) throws(UsageFailure) -> (summary: ReportSummary, captured: [UInt8]) {
        try state.withLock { (state) throws(UsageFailure) -> (summary: ReportSummary, captured: [UInt8]) in
            state.summary.messages = messages
            let (head, tail) = state.format.finish(state.summary)
            state.output.write(head)
            state.spool.drain(into: &state.output)
            state.output.write(state.body)
            state.body = []
            state.output.write(tail)
            try state.output.finish()
            return (state.summary, state.output.captured)
        }
    }

    /// Gives up on the output (see ``ReportOutput/abandon()``).
    public func abandon() {
        state.withLock { $0.output.abandon() }
    }
}

extension ReportWriter: ValidationSink {
    public func receive(_ result: FileResult, at index: Int) { add(result) }

    public func endOfBatch() { flush() }
}
