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

    /// The whole document for `cases`.
    public static func document(suite: String, cases: [TestCase]) -> String {
        var out: [UInt8] = []
        appendHeader(suite: suite, tests: cases.count, failures: cases.filter { !$0.failures.isEmpty }.count, to: &out)
        for testCase in cases { append(testCase, to: &out) }
        appendFooter(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The XML declaration and the opening `testsuites` and `testsuite` tags.
    public static func appendHeader(suite: String, tests: Int, failures: Int, to out: inout [UInt8]) {
        out.append(contentsOf: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"".utf8)
        XMLText.append(suite, to: &out)
        out.append(contentsOf: "\" tests=\"\(tests)\" failures=\"\(failures)\">\n  <testsuite name=\"".utf8)
        XMLText.append(suite, to: &out)
        out.append(contentsOf: "\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n".utf8)
    }

    /// One `testcase` element: a failure carrying every failure line, the notes as system-out.
    public static func append(_ testCase: TestCase, to out: inout [UInt8]) {
        out.append(contentsOf: "    <testcase name=\"".utf8)
        XMLText.append(testCase.name, to: &out)
        out.append(contentsOf: "\" classname=\"".utf8)
        XMLText.append(testCase.className, to: &out)
        out.append(UInt8(ascii: "\""))
        if testCase.failures.isEmpty && testCase.notes.isEmpty {
            out.append(contentsOf: "/>\n".utf8)
            return
        }
        out.append(contentsOf: ">\n".utf8)
        if let first = testCase.failures.first {
            let count = testCase.failures.count
            out.append(contentsOf: "      <failure message=\"".utf8)
            XMLText.append(count == 1 ? first : "\(count) errors; first: \(first)", to: &out)
            out.append(contentsOf: "\" type=\"plo\">".utf8)
            appendLines(testCase.failures, to: &out)
            out.append(contentsOf: "</failure>\n".utf8)
        }
        if !testCase.notes.isEmpty {
            out.append(contentsOf: "      <system-out>".utf8)
            appendLines(testCase.notes, to: &out)
            out.append(contentsOf: "</system-out>\n".utf8)
        }
        out.append(contentsOf: "    </testcase>\n".utf8)
    }

    /// The closing `testsuite` and `testsuites` tags.
    public static func appendFooter(to out: inout [UInt8]) {
        out.append(contentsOf: "  </testsuite>\n</testsuites>\n".utf8)
    }

    /// `lines` escaped, one per line (no newline after the last).
    private static func appendLines(_ lines: [String], to out: inout [UInt8]) {
        for (index, line) in lines.enumerated() {
            if index > 0 { out.append(0x0A) }
            XMLText.append(line, to: &out)
        }
    }
}
