import PLOCalendar
import PLOModel
import PLORules
import XMLCore

extension FlowReport {
    /// One testcase per stay (and per unassigned message); errors fail it, the rest are notes.
    public func junit() -> String {
        func describe(_ finding: FlowFinding) -> String {
            JUnit.describe(finding.finding, file: finding.files.joined(separator: ", "))
        }
        var cases = stays.map { stay in
            JUnit.TestCase(
                name: stay.id, className: "plo.flow.stay",
                failures: stay.findings.filter { $0.severity == .error }.map(describe),
                notes: stay.findings.filter { $0.severity != .error }.map(describe))
        }
        cases += unassigned.map { entry in
            JUnit.TestCase(
                name: entry.file, className: "plo.flow.unassigned",
                failures: entry.findings.filter { $0.severity == .error }.map(describe),
                notes: ["unassigned: \(entry.reason)"] + entry.findings.filter { $0.severity != .error }.map(describe))
        }
        return JUnit.document(suite: "plo flow", cases: cases)
    }
}
