import PLORules
import XMLCore

/// What a report lists: the results of `plo validate` (one per input) or of `plo flow` (stays,
/// then the messages that belong to no stay; `plo serve` reports like `plo flow`).
public enum ReportKind: Sendable {
    case validate
    case flow
}

/// One output format of the reports: made (begun) for a ``ReportKind``, given one item at a time,
/// finished with the ``ReportSummary``. Each format (`Formats/`) serves every command.
///
/// A format writes each item's bytes to the report's body. ``ReportWriter`` sends the body on as
/// it grows when the format streams (text), else sets it aside until ``finish(_:)`` has given the
/// head, which needs the counts (JSON, JUnit, SARIF, HTML). A new format is a type in `Formats/`,
/// a case in ``OutputFormat`` and a line in ``OutputFormat/makeFormat(_:style:)``.
protocol ReportFormat {
    /// Begins a report of `kind`; `style` is how text looks (the other formats ignore it).
    init(_ kind: ReportKind, style: TextStyle)

    /// Whether the body can go out as it is made: the head is empty and needs no counts.
    var streamsBody: Bool { get }

    /// `plo validate`: the next input's result, in input order.
    mutating func add(_ result: FileResult, to body: inout [UInt8])

    /// `plo flow`: the next stay, in report order, with its messages' own findings.
    mutating func add(_ stay: StayResult, to body: inout [UInt8])

    /// `plo flow`: a message that belongs to no stay (after the last stay), with its own findings.
    mutating func add(_ entry: UnassignedMessage, to body: inout [UInt8])

    /// The bytes before the body (empty for a format that streams) and those after it.
    mutating func finish(_ summary: ReportSummary) -> (head: [UInt8], tail: [UInt8])
}

extension OutputFormat {
    /// The format that writes a `kind` report in this format.
    func makeFormat(_ kind: ReportKind, style: TextStyle) -> any ReportFormat {
        switch self {
        case .text: TextFormat(kind, style: style)
        // `plo validate` has no page: its html is the text report, as it always was.
        case .html where kind == .validate: TextFormat(kind, style: style)
        case .html: HTMLFormat(kind, style: style)
        case .json: JSONFormat(kind, style: style)
        case .junit: JUnitFormat(kind, style: style)
        case .sarif: SARIFFormat(kind, style: style)
        }
    }
}
