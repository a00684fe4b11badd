import Foundation
import PLOModel
import PLORules
import TestSupport
import Testing
import XMLCore

/// The 22 official PLO 1.6 examples are correct messages: the default profile finds no error.
@Suite struct OfficialExamplesTests {
    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func officialExamplesHaveNoErrorUnderDefaultProfile() throws {
        let examples = TestPaths.officialExamples
        #expect(examples.count == 22)
        for url in examples {
            let findings = try RuleHarness.findings(at: url, schema: false)
            let errors = findings.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(url.lastPathComponent): \(errors)")
            // Nothing else either: the examples carry ordinary numbers and the standard's codes.
            #expect(findings.isEmpty, "\(url.lastPathComponent): \(findings)")
        }
    }

    @Test(.enabled(if: TestPaths.hasReference, TestPaths.missingReference))
    func officialExamplesHaveNoErrorUnderNationalProfile() throws {
        for url in TestPaths.officialExamples {
            let findings = try RuleHarness.findings(at: url, profile: .national, schema: false)
            #expect(findings.filter { $0.severity == .error }.isEmpty, "\(url.lastPathComponent): \(findings)")
        }
    }
}
