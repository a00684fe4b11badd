import XMLCore

/// JUnit XML, the format CI dashboards read.
public enum JUnit {
    public struct TestCase: Sendable {
        public var name: String
        public var className: String
        public var failures: [String]
        public var notes: [String]

        public init(name: String, className: String, failures: [String], notes: [String]) {
            self.name = name
            self.className = className
            self.failures = failures
            self.notes = notes
        }
    }

    /// `file:line: [RULE] message (xpath)`.
    public static func describe(_ finding: Finding, file: String) -> String {
        var text = file
        if let line = finding.line { text += ":\(line)" }
        text += ": \(finding.severity.rawValue): [\(finding.rule)] \(finding.message)"
        if let xpath = finding.xpath { text += " (\(xpath))" }
        return text
    }

    public static func document(suite: String, cases: [TestCase]) -> String {
        let failures = cases.filter { !$0.failures.isEmpty }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(XMLText.escape(suite))\" tests=\"\(cases.count)\" failures=\"\(failures)\">\n"
        out += "  <testsuite name=\"\(XMLText.escape(suite))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        for testCase in cases {
            out += "    <testcase name=\"\(XMLText.escape(testCase.name))\" classname=\"\(XMLText.escape(testCase.className))\""
            if testCase.failures.isEmpty && testCase.notes.isEmpty {
                out += "/>\n"
                continue
            }
            out += ">\n"
            if let first = testCase.failures.first {
                let count = testCase.failures.count
                out += "      <failure message=\"\(XMLText.escape(count == 1 ? first : "\(count) errors; first: \(first)"))\" type=\"plo\">"
                out += XMLText.escape(testCase.failures.joined(separator: "\n"))
                out += "</failure>\n"
            }
            if !testCase.notes.isEmpty {
                out += "      <system-out>\(XMLText.escape(testCase.notes.joined(separator: "\n")))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }
}
