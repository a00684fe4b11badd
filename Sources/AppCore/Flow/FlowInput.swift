import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// One input of `plo flow`, as little as the report needs: its name, its own findings (from
/// validation) and, when readable, its flow facts.
public struct FlowInput: Sendable {
    public var file: String
    /// The message's own findings; equal lists share one storage (see `FindingsInterner`).
    public var findings: [Finding]
    public var message: FlowMessage?

    public init(file: String, findings: [Finding], message: FlowMessage?) {
        self.file = file
        self.findings = findings
        self.message = message
    }

    /// Why an input without flow facts belongs to no stay.
    var unreadableReason: String {
        findings.first.map { "could not be read: [\($0.rule)] \($0.message)" } ?? "could not be read"
    }
}
