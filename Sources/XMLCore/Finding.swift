import PLOCalendar

/// How serious a finding is. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One thing a check found: a stable rule ID, a severity, a plain-language message, and what is
/// known of where: the 1-based line and column and the XPath of the offending node in a message,
/// the files a flow finding is about, and for a time rule the deadline and how late.
///
/// Checks *return* findings and keep going; they throw only for operational failures. A message's
/// own findings (`plo validate`) leave ``files`` empty: they are reported with their file.
public struct Finding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Stable rule ID, e.g. `XML-WELLFORMED`, `XSD`, `PLO-EVENT-REQUIRED`, `FLOW-RESEND`.
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The files the finding is about, the main one first; empty for a message's own finding
    /// reported with its file.
    public var files: [String]
    /// For time rules: the deadline or window opening the message missed.
    public var deadline: LocalDateTime?
    /// For time rules: seconds past the deadline.
    public var lateSeconds: Int64?
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known (libxml2 gives it for syntax errors, rarely for schema errors).
    public var column: Int?
    /// XPath of the offending node, when known.
    public var xpath: String?

    public init(
        rule: String, severity: Severity, message: String, files: [String] = [], deadline: LocalDateTime? = nil, lateSeconds: Int64? = nil,
        line: Int? = nil, column: Int? = nil, xpath: String? = nil
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

    /// This finding, about `files` (a message's own finding among the findings of its stay).
    public func about(_ files: [String]) -> Finding {
        var finding = self
        finding.files = files
        return finding
    }

    /// `line:column: severity: [RULE] message`, the way compilers print diagnostics.
    public var description: String {
        var place = ""
        if let line {
            place = "\(line)"
            if let column { place += ":\(column)" }
            place += ": "
        }
        return "\(place)\(severity.rawValue): [\(rule)] \(message)"
    }

    private enum CodingKeys: String, CodingKey {
        case rule, severity, message, line, column, xpath, files, deadline, lateSeconds
    }

    /// Decodes what ``encode(to:)`` writes; `files` may be absent (findings journaled before it existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            rule: try container.decode(String.self, forKey: .rule), severity: try container.decode(Severity.self, forKey: .severity),
            message: try container.decode(String.self, forKey: .message),
            files: try container.decodeIfPresent([String].self, forKey: .files) ?? [],
            deadline: try container.decodeIfPresent(LocalDateTime.self, forKey: .deadline),
            lateSeconds: try container.decodeIfPresent(Int64.self, forKey: .lateSeconds),
            line: try container.decodeIfPresent(Int.self, forKey: .line), column: try container.decodeIfPresent(Int.self, forKey: .column),
            xpath: try container.decodeIfPresent(String.self, forKey: .xpath))
    }

    /// Rule, severity, message, then only what is known (line, column, XPath, files, deadline,
    /// lateness): a message's own finding encodes as it did before findings had files.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encodeIfPresent(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encodeIfPresent(xpath, forKey: .xpath)
        if !files.isEmpty { try container.encode(files, forKey: .files) }
        try container.encodeIfPresent(deadline, forKey: .deadline)
        try container.encodeIfPresent(lateSeconds, forKey: .lateSeconds)
    }
}

/// Rule IDs that belong to the XML layer itself.
public enum CoreRule {
    /// The input is not well-formed XML.
    public static let wellFormed = "XML-WELLFORMED"
    /// The input goes beyond a safety limit (size, depth, DTD, entities) and was refused.
    public static let limit = "XML-LIMIT"
    /// The message is not valid against the schema set.
    public static let xsd = "XSD"
}
