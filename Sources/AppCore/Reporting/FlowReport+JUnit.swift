import PLOCalendar
import PLOModel
import PLORules
import XMLCore

extension FlowReport {
    /// One testcase per stay (and per unassigned message); errors fail it, the rest are notes.
    public func junit() -> String {
        JUnit.document(suite: Self.junitSuite, cases: stays.map(Self.testCase) + unassigned.map(Self.testCase))
    }

    static let junitSuite = "plo flow"

    static func testCase(_ stay: StayResult) -> JUnit.TestCase {
        JUnit.TestCase(
            name: stay.id, className: "plo.flow.stay",
            failures: stay.findings.filter { $0.severity == .error }.map(describe),
            notes: stay.findings.filter { $0.severity != .error }.map(describe))
    }

    static func testCase(_ entry: Unassigned) -> JUnit.TestCase {
        JUnit.TestCase(
            name: entry.file, className: "plo.flow.unassigned",
            failures: entry.findings.filter { $0.severity == .error }.map(describe),
            notes: ["unassigned: \(entry.reason)"] + entry.findings.filter { $0.severity != .error }.map(describe))
    }

    private static func describe(_ finding: Finding) -> String {
        JUnit.describe(finding, file: finding.files.joined(separator: ", "))
    }
}
