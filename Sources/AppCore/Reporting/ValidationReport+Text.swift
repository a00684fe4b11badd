import XMLCore

extension ValidationReport {
    /// `file:line:col: severity: [RULE] message` per finding, then the summary line.
    public func text(style: TextStyle) -> String {
        var out: [UInt8] = []
        for result in results { Self.appendText(result, style: style, to: &out) }
        Self.appendSummary(summary, style: style, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The text lines of one result: one per finding the style shows (none for a clean file).
    public static func appendText(_ result: FileResult, style: TextStyle, to out: inout [UInt8]) {
        for finding in result.findings where style.shows(finding.severity) {
            style.beginPaint("1", &out)
            out.append(contentsOf: result.file.utf8)
            if let line = finding.line {
                out.append(UInt8(ascii: ":"))
                DecimalText.append(line, to: &out)
                if let column = finding.column {
                    out.append(UInt8(ascii: ":"))
                    DecimalText.append(column, to: &out)
                }
            }
            style.endPaint(&out)
            out.append(contentsOf: ": ".utf8)
            style.beginPaint(TextStyle.code(for: finding.severity), &out)
            out.append(contentsOf: finding.severity.rawValue.utf8)
            style.endPaint(&out)
            out.append(contentsOf: ": [".utf8)
            out.append(contentsOf: finding.rule.utf8)
            out.append(contentsOf: "] ".utf8)
            out.append(contentsOf: finding.message.utf8)
            if let xpath = finding.xpath {
                style.beginPaint("2", &out)
                out.append(contentsOf: "  (".utf8)
                out.append(contentsOf: xpath.utf8)
                out.append(UInt8(ascii: ")"))
                style.endPaint(&out)
            }
            out.append(0x0A)
        }
    }

    /// The summary line and its newline.
    public static func appendSummary(_ summary: ValidationSummary, style: TextStyle, to out: inout [UInt8]) {
        out.append(contentsOf: summary.line(style: style).utf8)
        out.append(0x0A)
    }
}
