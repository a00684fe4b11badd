import Foundation
import PLORules
import TestSupport
import Testing
import XMLCore

/// One failing fixture and the finding it must give.
struct FailingFixture: Sendable, CustomTestStringConvertible {
    let rule: String
    let file: String
    let line: Int
    /// `nil` where the finding has no node (parse-level findings).
    let xpath: String?
    /// Other rules whose findings may accompany this one (e.g. XSD for a foreign namespace).
    var alsoAllowed: Set<String> = []

    var testDescription: String { "\(rule)/\(file)" }
}

private let content = "/MsgHead/Document/RefDoc/Content/p1:Pasientlogistikk"

/// The failing fixture of every rule, with the line and XPath of the finding it must give.
let failingFixtures: [FailingFixture] = [
    FailingFixture(rule: "XML-WELLFORMED", file: "fail-unclosed.xml", line: 80, xpath: nil),
    FailingFixture(rule: "XML-LIMIT", file: "fail-doctype.xml", line: 2, xpath: nil),
    FailingFixture(rule: "XSD", file: "fail-gendate.xml", line: 7, xpath: "/MsgHead/MsgInfo/GenDate"),
    FailingFixture(rule: "PLO-UNKNOWN-MESSAGE", file: "fail-plo15.xml", line: 54, xpath: content, alsoAllowed: ["XSD"]),
    FailingFixture(rule: "PLO-UNKNOWN-MESSAGE", file: "fail-unknown-type.xml", line: 5, xpath: "/MsgHead/MsgInfo/Type"),
    FailingFixture(rule: "PLO-TYPE-MISMATCH", file: "fail-child.xml", line: 69, xpath: content + "/p1:MeldingUtskrivningsklarPasient"),
    FailingFixture(rule: "PLO-TYPE-MISMATCH", file: "fail-display-name.xml", line: 5, xpath: "/MsgHead/MsgInfo/Type"),
    FailingFixture(rule: "PLO-EVENT-REQUIRED", file: "fail-no-admission.xml", line: 69, xpath: content + "/p1:MeldingUtskrivningsklarPasient"),
    FailingFixture(
        rule: "PLO-EVENT-FINAL", file: "fail-estimate.xml", line: 73, xpath: content + "/p1:MeldingInnlagtPasient/TidsfestetHendelse/Anslag"),
    FailingFixture(
        rule: "PLO-EVENT-TIME", file: "fail-no-clock.xml", line: 72,
        xpath: content + "/p1:MeldingInnlagtPasient/TidsfestetHendelse/TidspunktForHendelse"),
    FailingFixture(
        rule: "PLO-EVENT-TIME", file: "fail-after-gendate.xml", line: 76,
        xpath: content + "/p1:MeldingOmUtskrevetPasient/TidsfestetHendelse/TidspunktForHendelse"),
    FailingFixture(
        rule: "PLO-EVENT-DESCRIBED", file: "fail-silent.xml", line: 80, xpath: content + "/p1:MeldingUtskrivningsklarPasient/TidsfestetHendelse[3]"),
    FailingFixture(
        rule: "PLO-EVENT-DATE-ONLY", file: "fail-expected-clock.xml", line: 82,
        xpath: content + "/p1:MeldingUtskrivningsklarPasient/TidsfestetHendelse[3]/TidspunktForHendelse"),
    FailingFixture(
        rule: "PLO-UTSKREVET-TIL", file: "fail-no-code.xml", line: 72, xpath: content + "/p1:MeldingOmUtskrevetPasient/UtskrevetTil/UtTil"),
    FailingFixture(rule: "PLO-RESPONSIBLE-HCP", file: "fail-unnamed.xml", line: 59, xpath: content + "/AnsvarForRapport/AnsvarligRapport"),
    FailingFixture(rule: "PLO-RESPONSIBLE-HCP", file: "fail-missing.xml", line: 54, xpath: content),
    FailingFixture(rule: "PLO-PATIENT-ID", file: "fail-check-digit.xml", line: 45, xpath: "/MsgHead/MsgInfo/Patient/Ident/Id"),
    FailingFixture(rule: "PLO-HER-ID", file: "fail-no-her.xml", line: 26, xpath: "/MsgHead/MsgInfo/Receiver/Organisation"),
    FailingFixture(
        rule: "PLO-CODE", file: "fail-code-system.xml", line: 71, xpath: content + "/p1:MeldingInnlagtPasient/TidsfestetHendelse/Hendelsekode"),
    FailingFixture(rule: "PLO-STATUS", file: "fail-no-parent.xml", line: 56, xpath: content + "/InformasjonOmForsendelsen/Forsendelsesstatus"),
    FailingFixture(rule: "PLO-STATUS", file: "fail-code-e.xml", line: 60, xpath: content + "/InformasjonOmForsendelsen/Forsendelsesstatus"),
    FailingFixture(rule: "PLO-MSGID-UUID", file: "fail-not-uuid.xml", line: 8, xpath: "/MsgHead/MsgInfo/MsgId"),
    FailingFixture(
        rule: "PLO-HELSEOPPL-CONTENT-TYPE", file: "fail-varsel-as-update.xml", line: 74,
        xpath: "/MsgHead/Document/RefDoc/Content/p5:HelseopplysningerVedSoknad/TypeInnholdIMelding/TypeInnhold"),
    FailingFixture(rule: "APPREC-STATUS", file: "fail-status-0.xml", line: 28, xpath: "/AppRec/Status"),
    FailingFixture(rule: "APPREC-ERROR-CODE", file: "fail-rejected-without-error.xml", line: 28, xpath: "/AppRec/Status"),
    FailingFixture(rule: "APPREC-ORIGINAL-MSGID", file: "fail-self.xml", line: 32, xpath: "/AppRec/OriginalMsgId/Id"),
]

/// Every `pass-*.xml` under `Fixtures/rules`, as (rule, file).
let passingFixtures: [String] = RuleRegistry.all.flatMap { rule in RuleHarness.fixtures(rule.id, "pass-").map { "\(rule.id)/\($0)" } }

@Suite struct RuleFixtureTests {
    @Test(arguments: failingFixtures)
    func failingFixtureGivesExactlyItsFinding(_ fixture: FailingFixture) throws {
        let info = try #require(RuleRegistry.rule(fixture.rule), "no rule \(fixture.rule)")
        let findings = try RuleHarness.findings(fixture.rule, fixture.file)
        let own = findings.filter { $0.rule == fixture.rule }
        let first = try #require(own.first, "\(fixture.file) gave no \(fixture.rule) finding; it gave \(findings)")
        #expect(first.severity == info.severity)
        #expect(first.line == fixture.line)
        #expect(first.xpath == fixture.xpath)
        #expect(!first.message.isEmpty)
        if fixture.rule != CoreRule.wellFormed {
            #expect(own.count == 1, "\(own)")
        }
        let others = findings.filter { $0.rule != fixture.rule && !fixture.alsoAllowed.contains($0.rule) }
        #expect(others.isEmpty, "\(fixture.file) also gave \(others)")
    }

    @Test(arguments: passingFixtures)
    func passingFixtureGivesNoFinding(_ path: String) throws {
        let parts = path.split(separator: "/").map(String.init)
        let findings = try RuleHarness.findings(parts[0], parts[1])
        #expect(!findings.contains { $0.rule == parts[0] }, "\(findings)")
        #expect(findings.isEmpty, "\(path) gave \(findings)")
    }

    @Test func syntheticPatientNumberIsAcceptedAsInfo() throws {
        let findings = try RuleHarness.findings("PLO-PATIENT-ID", "info-synthetic.xml")
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.rule == "PLO-PATIENT-ID")
        #expect(finding.severity == .info)
        #expect(finding.line == 45)
        #expect(finding.xpath == "/MsgHead/MsgInfo/Patient/Ident/Id")
        #expect(finding.message.contains("synthetic"))
    }

    /// The health sector's test persons (month + 65, NHN Persontjenesten) — what EPJ teams meet in
    /// NHN's test environment — are accepted as info, as fødselsnummer and as D-nummer.
    @Test(arguments: ["info-nhn-test-person.xml", "info-nhn-test-person-dnummer.xml"])
    func healthSectorTestPersonIsAcceptedAsInfo(_ file: String) throws {
        let findings = try RuleHarness.findings("PLO-PATIENT-ID", file)
        #expect(findings.map(\.rule) == ["PLO-PATIENT-ID"])
        #expect(findings.first?.severity == .info)
        #expect(findings.first?.message.contains("month + 65") == true)
    }

    @Test func failingFixturesOfContentRulesAreSchemaValid() throws {
        // The content rules' failing fixtures pass the schema, so each finding stands alone.
        for fixture in failingFixtures where fixture.rule.hasPrefix("PLO-") || fixture.rule.hasPrefix("APPREC-") {
            guard !fixture.alsoAllowed.contains(CoreRule.xsd) else { continue }
            let findings = try RuleHarness.findings(fixture.rule, fixture.file)
            #expect(!findings.contains { $0.rule == CoreRule.xsd }, "\(fixture.file): \(findings)")
        }
    }

    @Test func schemaSetCompiles() {
        #expect(RuleHarness.schemas != nil)
    }
}
