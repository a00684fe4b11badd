import AppCore
import TestSupport
import XMLCore

/// The text and JUnit renderers of `plo validate` as they were before reports were written as
/// bytes (String building, the scalar-at-a-time XML escaper), kept to pin today's output to them.
enum ReportReference {
    static func text(_ results: [FileResult], color: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func severity(_ name: String) -> String {
            switch name {
            case "error": paint(name, "1;31")
            case "warning": paint(name, "1;33")
            default: paint(name, "2")
            }
        }
        var out = ""
        for result in results {
            for finding in result.findings {
                var place = result.file
                if let line = finding.line {
                    place += ":\(line)"
                    if let column = finding.column { place += ":\(column)" }
                }
                out += "\(paint(place, "1")): \(severity(finding.severity.rawValue)): [\(finding.rule)] \(finding.message)"
                if let xpath = finding.xpath { out += paint("  (\(xpath))", "2") }
                out += "\n"
            }
        }
        let files = results.count
        let validCount = results.filter(\.valid).count
        let errorCount = results.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count }
        let warningCount = results.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count }
        let invalid = files - validCount
        let summary =
            "\(files) file\(files == 1 ? "" : "s"): \(validCount) valid, \(invalid) invalid; \(errorCount) error\(errorCount == 1 ? "" : "s"), \(warningCount) warning\(warningCount == 1 ? "" : "s")"
        out += invalid == 0 ? paint(summary, "32") : paint(summary, "1")
        out += "\n"
        return out
    }

    static func junit(_ results: [FileResult]) -> String {
        func escape(_ value: String) -> String { ReferenceEscaping.xml(value) }
        let cases = results.map { result in
            JUnit.TestCase(
                name: result.file, className: "plo.validate." + (result.message?.type ?? "unknown"),
                failures: result.findings.filter { $0.severity == .error }.map { JUnit.describe($0, file: result.file) },
                notes: result.findings.filter { $0.severity != .error }.map { JUnit.describe($0, file: result.file) })
        }
        let suite = "plo validate"
        let failures = cases.filter { !$0.failures.isEmpty }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(escape(suite))\" tests=\"\(cases.count)\" failures=\"\(failures)\">\n"
        out += "  <testsuite name=\"\(escape(suite))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        for testCase in cases {
            out += "    <testcase name=\"\(escape(testCase.name))\" classname=\"\(escape(testCase.className))\""
            if testCase.failures.isEmpty && testCase.notes.isEmpty {
                out += "/>\n"
                continue
            }
            out += ">\n"
            if let first = testCase.failures.first {
                let count = testCase.failures.count
                out += "      <failure message=\"\(escape(count == 1 ? first : "\(count) errors; first: \(first)"))\" type=\"plo\">"
                out += escape(testCase.failures.joined(separator: "\n"))
                out += "</failure>\n"
            }
            if !testCase.notes.isEmpty {
                out += "      <system-out>\(escape(testCase.notes.joined(separator: "\n")))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }
}
