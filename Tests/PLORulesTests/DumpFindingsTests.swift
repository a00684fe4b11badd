import Foundation
import PLORules
import Testing
import XMLCore

/// With `DUMP_FINDINGS=1`, prints every fixture's findings (to write the expectation table).
@Suite struct DumpFindingsTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DUMP_FINDINGS"] == "1"))
    func dump() throws {
        let root = RuleHarness.folder("").path
        let rules = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted()
        var text = ""
        for rule in rules {
            for file in RuleHarness.fixtures(rule, "") {
                text += "== \(rule)/\(file)\n"
                for finding in try RuleHarness.findings(rule, file) {
                    text += "   \(finding.rule) \(finding.severity) \(finding.line ?? -1) \(finding.xpath ?? "-") | \(finding.message)\n"
                }
            }
        }
        print(text)
    }
}
