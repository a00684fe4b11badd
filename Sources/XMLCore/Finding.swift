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

/// One thing a check found in a message: a stable rule ID, a severity, a plain-language message,
/// and where known the 1-based line and column and the XPath of the offending node.
///
/// Checks *return* findings and keep going; they throw only for operational failures.
public struct Finding: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Stable rule ID, e.g. `XML-WELLFORMED`, `XSD`, `PLO-EVENT-REQUIRED`.
    public var rule: String
    public var severity: Severity
    public var message: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known (libxml2 gives it for syntax errors, rarely for schema errors).
    public var column: Int?
    /// XPath of the offending node, when known.
    public var xpath: String?

    public init(rule: String, severity: Severity, message: String, line: Int? = nil, column: Int? = nil, xpath: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.line = line
        self.column = column
        self.xpath = xpath
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
