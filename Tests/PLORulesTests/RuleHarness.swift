import Foundation
import PLOModel
import PLORules
import TestSupport
import XMLCore

/// Runs a file through the same stages as `plo validate`: parse, XSD (bundled schemas), profile.
enum RuleHarness {
    static let namespaces = PLONamespace.required

    /// The bundled schema set, compiled once.
    static let schemas: SchemaSet? = try? SchemaSet.compile(directory: TestPaths.schemas.path, required: namespaces)

    /// The folder of a rule's fixtures.
    static func folder(_ rule: String) -> URL { TestPaths.fixture("rules/\(rule)") }

    /// The fixture files of a rule whose names start with `prefix` (`pass-`, `fail-`, `info-`).
    static func fixtures(_ rule: String, _ prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder(rule).path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".xml") }.sorted()
    }

    /// All findings for a file: parse, then (when parsed) XSD and the profile.
    static func findings(at url: URL, profile: RuleProfile = .hnt, schema: Bool = true) throws -> [Finding] {
        let bytes = try [UInt8](Data(contentsOf: url))
        let outcome = XMLParser.parse(bytes, name: url.lastPathComponent)
        guard let document = outcome.document else { return outcome.findings }
        var findings = outcome.findings
        if schema, let validator = schemas?.makeValidator() { findings += validator.validate(document) }
        findings += ProfileChecker(profile: profile).check(PLOMessage(document: document))
        return findings
    }

    /// Findings for `Fixtures/rules/<rule>/<file>`.
    static func findings(_ rule: String, _ file: String) throws -> [Finding] {
        try findings(at: folder(rule).appendingPathComponent(file))
    }
}
