import Foundation
import PLORules
import TestSupport
import Testing
import XMLCore

@Suite struct RegistryTests {
    /// The stable IDs of the single-message catalog (rules.md); they must never disappear.
    static let catalogIDs = [
        "XML-WELLFORMED", "XML-LIMIT", "XSD", "PLO-UNKNOWN-MESSAGE", "PLO-TYPE-MISMATCH", "PLO-EVENT-REQUIRED",
        "PLO-EVENT-FINAL", "PLO-EVENT-TIME", "PLO-UTSKREVET-TIL", "PLO-RESPONSIBLE-HCP", "PLO-PATIENT-ID", "PLO-HER-ID",
        "PLO-CODE", "PLO-STATUS", "APPREC-STATUS", "APPREC-ERROR-CODE", "APPREC-ORIGINAL-MSGID",
    ]

    @Test func idsAreUnique() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count, "\(ids)")
    }

    @Test func catalogIDsArePresent() {
        for id in Self.catalogIDs {
            #expect(RuleRegistry.rule(id) != nil, "\(id) is missing")
        }
    }

    @Test func idsFollowTheScheme() {
        for rule in RuleRegistry.all {
            let id = rule.id
            #expect(id == id.uppercased() && !id.contains(" "), "\(id)")
            #expect(["XML-", "XSD", "PLO-", "APPREC-", "FLOW-"].contains { id.hasPrefix($0) }, "\(id)")
        }
    }

    @Test func everyRuleHasPassingAndFailingFixtures() {
        for rule in RuleRegistry.xmlRules + RuleRegistry.messageRules.map({ type(of: $0).info }) {
            #expect(!RuleHarness.fixtures(rule.id, "pass-").isEmpty, "\(rule.id) has no pass-*.xml")
            #expect(!RuleHarness.fixtures(rule.id, "fail-").isEmpty, "\(rule.id) has no fail-*.xml")
            #expect(failingFixtures.contains { $0.rule == rule.id }, "\(rule.id) has no expectation in failingFixtures")
        }
    }

    @Test func everyFixtureFolderNamesARule() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: RuleHarness.folder("").path).filter { !$0.hasSuffix(".py") }
        for folder in folders {
            #expect(RuleRegistry.rule(folder) != nil, "Fixtures/rules/\(folder) names no rule")
        }
    }

    @Test func everyRuleIsDocumented() {
        for rule in RuleRegistry.all where rule.kind != .flow {
            #expect(!rule.summary.isEmpty && !rule.source.isEmpty && !rule.explanation.isEmpty, "\(rule.id)")
            #expect(!rule.passingExample.isEmpty && !rule.failingExample.isEmpty, "\(rule.id)")
            #expect(!rule.profiles.isEmpty, "\(rule.id)")
        }
    }

    @Test func messageRulesAreNational() {
        // None of the single-message rules comes from the regional (HNT) agreement.
        for rule in RuleRegistry.messageRules.map({ type(of: $0).info }) {
            #expect(rule.profiles.contains(.national) && rule.profiles.contains(.hnt), "\(rule.id)")
            #expect(rule.kind == .message, "\(rule.id)")
        }
    }

    @Test func lookupIsCaseInsensitive() {
        #expect(RuleRegistry.rule("plo-event-required")?.id == "PLO-EVENT-REQUIRED")
        #expect(RuleRegistry.rule("NO-SUCH-RULE") == nil)
    }

    @Test func disabledRulesAreSkipped() throws {
        let url = RuleHarness.folder("PLO-PATIENT-ID").appendingPathComponent("info-synthetic.xml")
        let bytes = try [UInt8](Data(contentsOf: url))
        let document = try #require(XMLParser.parse(bytes, name: "x").document)
        let message = PLOMessageFactory.message(document)
        #expect(ProfileChecker(profile: .hnt, disabled: ["PLO-PATIENT-ID"]).check(message).isEmpty)
        #expect(ProfileChecker(profile: .hnt).check(message).count == 1)
    }
}
