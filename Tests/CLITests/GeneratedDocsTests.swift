import AppCore
import Foundation
import PLORules
import TestSupport
import Testing

/// The pages generated from the code are committed as generated: regenerate them with
/// `scripts/generate-docs.sh` when this fails.
@Suite struct GeneratedDocsTests {
    @Test func rulesPageHoldsTheGeneratedCatalog() throws {
        let page = try String(contentsOf: TestPaths.root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let begin = try #require(page.range(of: RulesCatalog.markdownBegin), "docs/rules.md has no BEGIN GENERATED marker")
        let end = try #require(
            page.range(of: RulesCatalog.markdownEnd, range: begin.lowerBound..<page.endIndex), "docs/rules.md has no END GENERATED marker")
        let committed = String(page[begin.lowerBound..<end.upperBound]) + "\n"
        #expect(committed == RulesCatalog.markdown(), "docs/rules.md is stale: run scripts/generate-docs.sh")
    }

    @Test func everyRuleHasASectionInTheRulesPage() {
        let markdown = RulesCatalog.markdown()
        for rule in RulesCatalog.rules {
            #expect(markdown.contains("\n### `\(rule.id)`\n"), "no section for \(rule.id)")
            #expect(markdown.contains("| `\(rule.id)` |"), "no catalog row for \(rule.id)")
        }
    }

    @Test func rulesCommandWritesTheMarkdown() throws {
        let result = try CLI.run(["rules", "--format", "markdown"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == RulesCatalog.markdown())
    }
}
