import PLOCalendar
import PLOModel
import XMLCore

/// A finding about the messages of a stay.
public struct FlowFinding: Sendable, Hashable {
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The files the finding names, the main one first.
    public var files: [String]
    /// For time rules: the deadline or window opening the message missed.
    public var deadline: LocalDateTime?
    /// For time rules: seconds past the deadline.
    public var lateSeconds: Int64?
    /// Line, column and XPath for a message's own finding (from `plo validate`).
    public var line: Int?
    public var column: Int?
    public var xpath: String?

    public init(
        rule: String, severity: Severity, message: String, files: [String], deadline: LocalDateTime? = nil,
        lateSeconds: Int64? = nil, line: Int? = nil, column: Int? = nil, xpath: String? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.files = files
        self.deadline = deadline
        self.lateSeconds = lateSeconds
        self.line = line
        self.column = column
        self.xpath = xpath
    }

    /// A message's own finding, naming its file.
    public init(_ finding: Finding, file: String) {
        self.init(
            rule: finding.rule, severity: finding.severity, message: finding.message, files: [file], line: finding.line,
            column: finding.column, xpath: finding.xpath)
    }
}
