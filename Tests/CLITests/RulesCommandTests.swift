import AppCore
import Foundation
import PLORules
import TestSupport
import Testing
import XMLCore

/// `plo rules` and `plo explain RULE` run as the real binary: the listing against the registry
/// and the stable catalog in `rules.md`, the JSON fields, one rule in full, and unknown IDs.
@Suite struct RulesCommandTests {
    /// `../shared/spec/rules.md`, the stable rule catalog (absent on machines without `../shared`).
    static let specCatalog = TestPaths.root.deletingLastPathComponent().appendingPathComponent("shared/spec/rules.md")
    static let hasSpecCatalog = FileManager.default.fileExists(atPath: specCatalog.path)
    static let missingSpecCatalog: Comment = "../shared/spec/rules.md is absent: comparison with the stable rule catalog skipped"

    /// One row of a rules.md table: `| `ID` | severity | what it checks | source |`.
    struct SpecRow {
        var id: String
        var severity: String
        var source: String
    }

    static func specRows() throws -> [SpecRow] {
        let text = try String(contentsOf: specCatalog, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("| `") else { return nil }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 6 else { return nil }
            return SpecRow(id: cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")), severity: cells[2], source: cells[cells.count - 2])
        }
    }

    /// The rows of `plo rules` (text) by ID, each split into its cells: ID, severity, kind, profiles, then the rest.
    static func listedRows(_ stdout: String) -> [(id: String, line: String, cells: [String])] {
        stdout.split(separator: "\n").dropFirst().map { line in
            let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            return (cells.first ?? "", String(line), cells)
        }
    }

    static func profiles(_ rule: RuleInfo) -> String { rule.profiles.map(\.rawValue).joined(separator: ",") }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    // MARK: plo rules

    @Test func rulesListsEveryRegistryRuleWithSeverityKindAndProfiles() throws {
        let result = try CLI.run(["rules"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let header = try #require(result.stdout.split(separator: "\n").first)
        #expect(header.split(separator: " ", omittingEmptySubsequences: true).prefix(4) == ["ID", "SEVERITY", "KIND", "PROFILES"])
        let rows = Self.listedRows(result.stdout)
        #expect(rows.map(\.id) == RuleRegistry.all.map(\.id), "plo rules must list the registry, once each, in catalog order")
        #expect(RulesCatalog.rules.map(\.id) == RuleRegistry.all.map(\.id))
        for rule in RuleRegistry.all {
            let row = try #require(rows.first { $0.id == rule.id }, "\(rule.id) is not listed")
            #expect(row.cells.count > 4, "\(row.line)")
            #expect(row.cells[1] == rule.severity.rawValue, "\(rule.id): \(row.line)")
            #expect(row.cells[2] == rule.kind.rawValue, "\(rule.id): \(row.line)")
            #expect(row.cells[3] == Self.profiles(rule), "\(rule.id): \(row.line)")
            #expect(row.line.contains(rule.summary), "\(rule.id): the summary is missing or cut")
            #expect(row.line.hasSuffix(rule.source), "\(rule.id): the source is missing")
        }
    }

    @Test(.enabled(if: RulesCommandTests.hasSpecCatalog, RulesCommandTests.missingSpecCatalog))
    func rulesListsEveryIDOfTheStableCatalog() throws {
        let spec = try Self.specRows()
        #expect(spec.count >= 25, "rules.md's tables no longer parse: \(spec.map(\.id))")
        let result = try CLI.run(["rules"])
        #expect(result.exitCode == 0)
        let rows = Self.listedRows(result.stdout)
        for row in spec {
            if row.id.hasSuffix("*") {
                // A family (APPREC-*): at least one listed rule, each with the family's severity.
                let family = rows.filter { $0.id.hasPrefix(String(row.id.dropLast())) }
                #expect(!family.isEmpty, "no rule of the family \(row.id) is listed")
                for member in family { #expect(member.cells.dropFirst().first == row.severity, "\(member.line)") }
                continue
            }
            let listed = try #require(rows.first { $0.id == row.id }, "\(row.id) (rules.md) is not listed by plo rules")
            #expect(listed.cells[1] == row.severity, "\(row.id): rules.md says \(row.severity); \(listed.line)")
            // Rules that come from the regional agreement only belong to the hnt profile; the others to both.
            let regionalOnly = row.source.split(separator: ";").allSatisfy { $0.trimmingCharacters(in: .whitespaces).hasPrefix("HNT") }
            #expect(listed.cells[3] == (regionalOnly ? "hnt" : "national,hnt"), "\(row.id) (source \(row.source)): \(listed.line)")
        }
    }

    @Test func rulesJSONHasTheDocumentedFieldsForEveryRule() throws {
        let result = try CLI.run(["rules", "--format", "json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["tool"] as? String == "plo")
        #expect(object["version"] as? String == AppInfo.version)
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleRegistry.all.map(\.id))
        let textFields = ["id", "severity", "kind", "summary", "source", "explanation", "passingExample", "failingExample"]
        for (item, rule) in zip(rules, RuleRegistry.all) {
            #expect(Set(item.keys) == Set(textFields + ["profiles"]), "\(rule.id): \(item.keys.sorted())")
            for field in textFields {
                let value = item[field] as? String
                #expect(value?.isEmpty == false, "\(rule.id): \(field) is missing or empty")
            }
            #expect(["error", "warning", "info"].contains(item["severity"] as? String ?? ""), "\(rule.id)")
            #expect(item["severity"] as? String == rule.severity.rawValue, "\(rule.id)")
            #expect(item["kind"] as? String == rule.kind.rawValue, "\(rule.id)")
            #expect(item["summary"] as? String == rule.summary, "\(rule.id)")
            #expect(item["source"] as? String == rule.source, "\(rule.id)")
            #expect(item["explanation"] as? String == rule.explanation, "\(rule.id)")
            #expect(item["passingExample"] as? String == rule.passingExample, "\(rule.id)")
            #expect(item["failingExample"] as? String == rule.failingExample, "\(rule.id)")
            let profiles = try #require(item["profiles"] as? [String], "\(rule.id): profiles is not a list of strings")
            #expect(profiles == rule.profiles.map(\.rawValue), "\(rule.id)")
            #expect(!profiles.isEmpty && Set(profiles).isSubset(of: ["national", "hnt"]), "\(rule.id): \(profiles)")
        }
    }

    // MARK: plo explain

    @Test func explainPrintsOneRuleInFull() throws {
        let rule = try #require(RuleRegistry.rule("PLO-PATIENT-ID"))
        let result = try CLI.run(["explain", "PLO-PATIENT-ID"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let out = result.stdout
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "PLO-PATIENT-ID  (error, message rule; profiles: national,hnt)")
        #expect(lines.dropFirst().first == rule.summary)
        #expect(lines.contains("Source: \(rule.source)"))
        #expect(out.contains("fødselsnummer"), "the text is UTF-8 and unmangled")
        #expect(Self.collapsed(out).contains(Self.collapsed(rule.explanation)), "the explanation is missing")
        let passes = try #require(out.range(of: "\nPasses:\n"), "no passing example")
        let fails = try #require(out.range(of: "\nFails:\n"), "no failing example")
        #expect(passes.upperBound < fails.lowerBound, "Passes comes before Fails")
        let passing = out[passes.upperBound..<fails.lowerBound]
        let failing = out[fails.upperBound...]
        #expect(passing.contains("    " + rule.passingExample), "the passing example is missing or not indented")
        #expect(failing.contains("    " + rule.failingExample), "the failing example is missing or not indented")
        #expect(rule.passingExample != rule.failingExample)
    }

    @Test(arguments: ["plo-patient-id", "Plo-Patient-Id", " PLO-PATIENT-ID "])
    func explainIgnoresCaseAndSurroundingSpaces(_ query: String) throws {
        let canonical = try CLI.run(["explain", "PLO-PATIENT-ID"])
        let result = try CLI.run(["explain", query])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout == canonical.stdout)
        #expect(result.stdout.hasPrefix("PLO-PATIENT-ID "), "the canonical ID is printed, not the query")
    }

    @Test func explainJSONIsTheRule() throws {
        let rule = try #require(RuleRegistry.rule("PLO-EVENT-REQUIRED"))
        let result = try CLI.run(["explain", "--format", "json", "plo-event-required"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == rule.id)
        #expect(object["severity"] as? String == rule.severity.rawValue)
        #expect(object["profiles"] as? [String] == rule.profiles.map(\.rawValue))
        #expect(object["summary"] as? String == rule.summary)
        #expect(object["source"] as? String == rule.source)
        #expect(object["passingExample"] as? String == rule.passingExample)
        #expect(object["failingExample"] as? String == rule.failingExample)
    }

    @Test(arguments: RuleRegistry.all.map(\.id))
    func everyRulesExplanationContainsItsSummaryAndExamples(_ id: String) throws {
        let rule = try #require(RuleRegistry.rule(id))
        let result = try CLI.run(["explain", id])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("\(id)  (\(rule.severity.rawValue), \(rule.kind.rawValue) rule; profiles: \(Self.profiles(rule)))\n"))
        #expect(result.stdout.contains(rule.summary))
        #expect(result.stdout.contains("Source: \(rule.source)"))
        #expect(Self.collapsed(result.stdout).contains(Self.collapsed(rule.explanation)))
        #expect(result.stdout.contains("Passes:\n    \(rule.passingExample.split(separator: "\n").first ?? "")"))
        #expect(result.stdout.contains("Fails:\n    \(rule.failingExample.split(separator: "\n").first ?? "")"))
    }

    // MARK: Unknown rules and usage errors

    /// An unknown ID and what the one-line reason must suggest (empty: no suggestion).
    static let unknown: [(query: String, suggests: [String])] = [
        ("PLO-PATIENT", ["PLO-PATIENT-ID"]),
        ("PLO-EVNT-REQUIRED", ["PLO-EVENT-REQUIRED"]),
        ("plo-patient-idx", ["PLO-PATIENT-ID"]),
        ("FLOW-WINDOW", ["FLOW-WINDOW-UTSKRIVNINGSKLAR"]),
        ("APPREC-*", ["APPREC-STATUS", "APPREC-ERROR-CODE", "APPREC-ORIGINAL-MSGID"]),
        ("NO-SUCH-RULE", []),
        ("", []),
        ("-", []),
    ]

    @Test(arguments: unknown)
    func unknownRuleExitsTwoWithAOneLineReason(_ query: String, _ suggests: [String]) throws {
        let result = try CLI.run(["explain", "--", query])
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasSuffix("\n") && result.stderr.dropLast().split(separator: "\n").count == 1, "not one line: \(result.stderr)")
        #expect(result.stderr.hasPrefix("no rule '\(query)'"), "\(result.stderr)")
        if suggests.isEmpty {
            #expect(result.stderr.contains("'plo rules' lists them all"), "\(result.stderr)")
            #expect(!result.stderr.contains("did you mean"), "a suggestion for \(query): \(result.stderr)")
        } else {
            for id in suggests { #expect(result.stderr.contains(id), "\(query) should suggest \(id): \(result.stderr)") }
            // The best match comes first: it is the first rule ID named after the query.
            let named = RuleRegistry.all.map(\.id).compactMap { id in
                result.stderr.range(of: id + ",") ?? result.stderr.range(of: id + "?") ?? result.stderr.range(of: id + "\n")
            }
            #expect(named.map(\.lowerBound).min() == result.stderr.range(of: suggests[0])?.lowerBound, "\(result.stderr)")
        }
    }

    @Test func unknownRuleReasonStaysOneLineWhateverTheQuery() throws {
        let result = try CLI.run(["explain", "PLO-PATIENT-ID\nXSD\r\u{1B}[31m"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.dropLast().split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(!result.stderr.contains("\r") && !result.stderr.contains("\u{1B}"), "control characters echoed: \(result.stderr)")
    }

    @Test func usageErrorsExitTwo() throws {
        for arguments in [["rules", "--format", "sarif"], ["explain"], ["explain", "--format", "junit", "XSD"], ["rules", "XSD"]] {
            let result = try CLI.run(arguments)
            #expect(result.exitCode == 2, "\(arguments): \(result.exitCode)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(!result.stderr.isEmpty, "\(arguments): no reason given")
        }
    }
}
