import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// The result of `plo flow` held in memory: stays with their flow findings and their messages'
/// own findings, and the messages that belong to no stay. `plo serve` reports its exchange from
/// one; `plo flow` itself streams (``check(_:context:into:)``) and keeps none.
///
/// It is written like every report, through a ``ReportWriter`` (``write(to:)``).
public struct FlowReport: Sendable {
    public let stays: [StayResult]
    public let unassigned: [UnassignedMessage]
    /// Distinct messages read (identical resends counted once).
    public let messageCount: Int

    /// Groups and checks `inputs`; each message's own findings join its stay's findings.
    ///
    /// The inputs are consumed, so the checker can free each message once its stay is done.
    public init(inputs: consuming [FlowInput], context: FlowContext) {
        var split = FlowInputSplit(inputs)
        let messages = split.messages
        split.messages = []
        let (checked, outcome) = FlowChecker(context: context).checkAll(consume messages)
        stays = checked.map(split.attachingOwnFindings)
        unassigned = split.unassigned(outcome)
        messageCount = outcome.messages + split.unreadable.count
    }

    /// Every finding: the stays' and the unassigned messages'.
    public var allFindings: [Finding] { stays.flatMap(\.findings) + unassigned.flatMap(\.findings) }

    /// 1 when any finding of `failOn` or worse exists (`--fail-on warning`: warnings too), else 0.
    public func exitCode(failOn: Severity = .error) -> Int32 {
        allFindings.contains { $0.severity >= failOn } ? 1 : 0
    }

    /// Writes the stays, then the unassigned messages, to `writer` and finishes it.
    ///
    /// - Returns: the counts, and the bytes when the writer's output is ``ReportOutput/memory()``.
    @discardableResult
    public func write(to writer: ReportWriter) throws(UsageFailure) -> (summary: ReportSummary, captured: [UInt8]) {
        for stay in stays { writer.add(stay) }
        for entry in unassigned { writer.add(entry) }
        return try writer.finish(messages: messageCount)
    }

    /// The report in `format`, written into memory (`plo serve`'s HTTP answers).
    public func rendered(_ format: OutputFormat, style: TextStyle = TextStyle(color: false)) throws(UsageFailure) -> String {
        String(decoding: try write(to: ReportWriter(.flow, format: format, style: style, output: .memory())).captured, as: UTF8.self)
    }

    /// Groups and checks the inputs read by ``FlowRunner/readSplit(_:engine:jobs:)`` and hands
    /// each stay to `writer` as it completes (in report order), then the unassigned messages, and
    /// finishes it: no stay is kept once written, and text goes out as it is made.
    ///
    /// - Returns: the counts (``ReportSummary/exitCode(failOn:)`` gives the exit code), and the
    ///   bytes when the writer's output is ``ReportOutput/memory()``.
    /// - Throws: ``UsageFailure`` when the report could not be written.
    @discardableResult
    public static func check(_ split: consuming FlowInputSplit, context: FlowContext, into writer: ReportWriter) throws(UsageFailure)
        -> (summary: ReportSummary, captured: [UInt8])
    {
        var split = split
        let messages = split.messages
        split.messages = []
        let outcome = FlowChecker(context: context).checkInReportOrder(consume messages) { stay in
            writer.add(split.attachingOwnFindings(to: stay))
            writer.flush()
        }
        for entry in split.unassigned(outcome) { writer.add(entry) }
        return try writer.finish(messages: outcome.messages + split.unreadable.count)
    }
}
