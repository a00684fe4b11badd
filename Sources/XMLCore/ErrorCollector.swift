internal import CLibXML2

/// Gathers libxml2's structured errors for one parse or one validation and turns them into
/// findings. libxml2 calls ``structuredErrorCallback`` with an unretained pointer to it.
final class ErrorCollector {
    enum Stage {
        case parse
        case validate
    }

    /// Most findings kept per document; garbage input can produce thousands.
    static let maxFindings = 50

    let stage: Stage
    private(set) var findings: [Finding] = []
    private(set) var dropped = 0

    init(stage: Stage) {
        self.stage = stage
    }

    func add(_ error: xmlError) {
        let level = error.level
        if level == XML_ERR_NONE { return }
        guard findings.count < Self.maxFindings else {
            dropped += 1
            return
        }
        let text = Self.clean(error.message)
        var line = error.line > 0 ? Int(error.line) : nil
        var column = error.int2 > 0 ? Int(error.int2) : nil
        var xpath: String?
        if let node = error.node?.assumingMemoryBound(to: xmlNode.self), node.pointee.type == XML_ELEMENT_NODE {
            xpath = XMLNode.path(of: node)
            let nodeLine = Int(xmlGetLineNo(node))
            if nodeLine > 0 { line = line ?? nodeLine }
        }
        let rule: String
        switch stage {
        case .validate:
            rule = CoreRule.xsd
            if column == 0 { column = nil }
        case .parse:
            rule = Self.isLimit(text) ? CoreRule.limit : CoreRule.wellFormed
        }
        let severity: Severity = level == XML_ERR_WARNING ? .warning : .error
        findings.append(Finding(rule: rule, severity: severity, message: text, line: line, column: column, xpath: xpath))
    }

    /// Adds a finding of our own (limits, refusals) ahead of libxml2's.
    func prepend(_ finding: Finding) {
        findings.insert(finding, at: 0)
    }

    /// Findings plus a note when some were dropped.
    var allFindings: [Finding] {
        guard dropped > 0, let last = findings.last else { return findings }
        return findings + [Finding(rule: last.rule, severity: .info, message: "\(dropped) further messages of this kind were left out")]
    }

    var hasErrors: Bool { findings.contains { $0.severity == .error } }

    static func clean(_ message: UnsafeMutablePointer<CChar>?) -> String {
        guard let message else { return "unspecified libxml2 error" }
        var text = String(cString: message)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        text = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        if text.hasPrefix("Excessive depth in document:") {
            text = "elements nest deeper than libxml2's limit of 256 levels; refused (" + text + ")"
        }
        return text
    }

    /// libxml2's own resource limits, reported as ours.
    static func isLimit(_ message: String) -> Bool {
        let markers = [
            "Excessive depth", "huge text node", "Huge input lookup", "XML_PARSE_HUGE", "Memory allocation failed", "entity reference loop",
            "amplification",
        ]
        return markers.contains { message.contains($0) }
    }
}

/// The C-callable bridge from libxml2's structured error channel into an ``ErrorCollector``.
let structuredErrorCallback: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().add(error.pointee)
}
