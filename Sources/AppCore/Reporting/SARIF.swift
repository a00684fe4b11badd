import PLORules
import XMLCore

/// SARIF 2.1.0, the format code-scanning tools read.
public enum SARIF {
    /// A SARIF log with one run; `findings` pair a file with a finding.
    public static func document(findings: [(file: String, finding: Finding)]) -> JSONValue {
        let descriptors = ruleDescriptors(Set(findings.map(\.finding.rule)))
        let results: [JSONValue] = findings.map { file, finding in
            var region: [(String, JSONValue)] = []
            if let line = finding.line { region.append(("startLine", .int(line))) }
            if let column = finding.column { region.append(("startColumn", .int(column))) }
            var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(file))]))]
            if !region.isEmpty { physical.append(("region", .object(region))) }
            var location: [(String, JSONValue)] = [("physicalLocation", .object(physical))]
            if let xpath = finding.xpath {
                location.append(("logicalLocations", .array([.object([("fullyQualifiedName", .string(xpath)), ("kind", .string("element"))])])))
            }
            return .object([
                ("ruleId", .string(finding.rule)),
                ("level", .string(level(finding.severity))),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([.object(location)])),
            ])
        }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            (
                "runs",
                .array([
                    .object([
                        (
                            "tool",
                            .object([
                                (
                                    "driver",
                                    .object([
                                        ("name", .string(AppInfo.tool)), ("version", .string(AppInfo.version)),
                                        ("informationUri", .string("https://example.invalid/plokit")), ("rules", .array(descriptors)),
                                    ])
                                )
                            ])
                        ),
                        ("results", .array(results)),
                    ])
                ])
            ),
        ])
    }

    /// The `rules` of the driver: the registry's rules among `usedRules` in registry order, then
    /// any other rule IDs, sorted, with just their ID.
    static func ruleDescriptors(_ usedRules: Set<String>) -> [JSONValue] {
        let rules = RuleRegistry.all.filter { usedRules.contains($0.id) }
        let known = Set(rules.map(\.id))
        var descriptors: [JSONValue] = rules.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("fullDescription", .object([("text", .string(rule.explanation))])),
                ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
                ("properties", .object([("source", .string(rule.source))])),
            ])
        }
        for id in usedRules.subtracting(known).sorted() {
            descriptors.append(.object([("id", .string(id))]))
        }
        return descriptors
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
