import XMLCore

/// Report formats. `text` is for people; `json` is the machine contract; `junit` and `sarif`
/// feed CI dashboards and code-scanning tools; `html` is the teaching page of `plo flow`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text
    case json
    case junit
    case sarif
    case html
}

/// How text output looks: colour only on a terminal (never when `NO_COLOR` is set), and which
/// findings it prints. Findings below ``minimumSeverity`` are only counted in the summary;
/// JSON, JUnit, SARIF and HTML always keep every finding.
public struct TextStyle: Sendable {
    public var color: Bool
    /// The least severe finding text output prints (`plo` prints warnings and errors by
    /// default, everything with `--verbose`, errors only with `--quiet`).
    public var minimumSeverity: Severity

    /// - Parameters:
    ///   - color: paint with ANSI colours.
    ///   - minimumSeverity: the least severe finding printed; the default prints every finding.
    public init(color: Bool, minimumSeverity: Severity = .info) {
        self.color = color
        self.minimumSeverity = minimumSeverity
    }

    /// Whether text output prints a finding of `severity`.
    public func shows(_ severity: Severity) -> Bool { severity >= minimumSeverity }

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// `text` in the colour of `severity`: errors red, warnings yellow, info dim.
    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: paint(text, "1;31")
        case .warning: paint(text, "1;33")
        case .info: paint(text, "2")
        }
    }

    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }
    func green(_ text: String) -> String { paint(text, "32") }

    /// `3 warnings, 101 info not shown` for the findings this style hides, or nil when it hides none.
    func hiddenCount(warnings: Int, infos: Int) -> String? {
        var hidden: [String] = []
        if !shows(.warning) && warnings > 0 { hidden.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        if !shows(.info) && infos > 0 { hidden.append("\(infos) info") }
        return hidden.isEmpty ? nil : hidden.joined(separator: ", ") + " not shown"
    }

    /// `; 3 warnings, 101 info not shown (--verbose shows them)`, the end of a summary line, or
    /// nothing when the style hides nothing.
    func hiddenNote(warnings: Int, infos: Int) -> String {
        hiddenCount(warnings: warnings, infos: infos).map { "; \($0) (--verbose shows them)" } ?? ""
    }
}
