import PLOCalendar
import PLOModel
import PLORules
import XMLCore

extension FlowReport {
    /// Groups and checks `inputs` and writes the report to `output` stay by stay, as stays
    /// complete (in report order): the same bytes as `FlowReport(inputs:context:).render(format,
    /// style:)`, but no stay is kept once written, and the text format goes out as it is made.
    ///
    /// - Returns: the exit code (1 when any error finding exists, else 0). Write failures are
    ///   left in `output` for ``ReportOutput/finish()`` to report.
    public static func write(
        inputs: consuming [FlowInput], context: FlowContext, format: OutputFormat, style: TextStyle, stats: Bool = false,
        failOn: Severity = .error, to output: inout ReportOutput
    ) -> Int32 {
        write(FlowInputSplit(inputs), context: context, format: format, style: style, stats: stats, failOn: failOn, to: &output)
    }

    /// As ``write(inputs:context:format:style:to:)``, for inputs read by ``FlowRunner/readSplit(_:engine:jobs:)``.
    public static func write(
        _ split: consuming FlowInputSplit, context: FlowContext, format: OutputFormat, style: TextStyle, stats: Bool = false,
        failOn: Severity = .error,
        to output: inout ReportOutput
    ) -> Int32 {
        var split = split
        let messages = split.messages
        split.messages = []
        var writer = FlowReportWriter(format: format, style: style)
        if stats { writer.stats = FlowStats(context: context) }
        let outcome = FlowChecker(context: context).checkInReportOrder(consume messages) { stay in
            writer.add(split.attachingOwnFindings(to: stay))
            output.write(writer.takeReady())
        }
        let unassigned = split.unassigned(outcome)
        writer.finish(unassigned: unassigned, messages: outcome.messages + split.unreadable.count, to: &output)
        return writer.exitCode(failOn: failOn)
    }
}
