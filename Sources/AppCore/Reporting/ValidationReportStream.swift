import Synchronization

/// A ``ValidationSink`` that writes the report of `plo validate` to an output as results arrive:
/// text lines after each batch, the other formats whole at ``finish()`` (see
/// ``ValidationReportWriter``).
public final class ValidationReportStream: ValidationSink {
    private struct State: Sendable {
        var writer: ValidationReportWriter
        var output: ReportOutput
    }

    private let state: Mutex<State>

    public init(format: OutputFormat, style: TextStyle, output: ReportOutput) {
        state = Mutex(State(writer: ValidationReportWriter(format: format, style: style), output: output))
    }

    public func receive(_ result: FileResult, at index: Int) {
        state.withLock { $0.writer.add(result) }
    }

    public func endOfBatch() {
        state.withLock { state in
            let ready = state.writer.takeReady()
            state.output.write(ready)
        }
    }

    /// True once a write failed: nothing more can reach the output.
    public var isClosed: Bool { state.withLock { $0.output.failed } }

    /// The counts so far.
    public var summary: ValidationSummary { state.withLock { $0.writer.summary } }

    /// Writes the rest of the report and completes the output; call once, after the run.
    ///
    /// - Returns: the run's counts, and what was written when the output is ``ReportOutput/memory()``.
    /// - Throws: ``UsageFailure`` when the report could not be written.
    public func finish() throws(UsageFailure) -> (summary: ValidationSummary, captured: [UInt8]) {
        try state.withLock { (state) throws(UsageFailure) -> (summary: ValidationSummary, captured: [UInt8]) in
            let writer = state.writer
            let summary = writer.summary
            state.writer = ValidationReportWriter(format: writer.format, style: writer.style)
            for chunk in writer.finish() { state.output.write(chunk) }
            try state.output.finish()
            return (summary, state.output.captured)
        }
    }

    /// Gives up on the output (see ``ReportOutput/abandon()``).
    public func abandon() {
        state.withLock { $0.output.abandon() }
    }
}
