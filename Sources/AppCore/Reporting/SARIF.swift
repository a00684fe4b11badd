import PLORules
import XMLCore

/// SARIF 2.1.0, the format code-scanning tools (GitHub code scanning among them) read.
///
/// Every result has one location with `region.startLine` (line 1 where no line is known: a
/// flow finding, an unreadable file); a finding about several files (a flow finding) points at
/// the first and lists the others as `relatedLocations`. File paths become URI references:
/// percent-encoded, absolute paths as `file://` URIs.
public enum SARIF {
    /// The JSON schema the log names.
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    /// A SARIF log with one run; `findings` pair a file with a finding.
    public static func document(findings: [(file: String, finding: Finding)]) -> JSONValue {
        document(findings: findings.map { (file: $0.file, finding: $0.finding, related: [String]()) })
    }

    /// A SARIF log with one run; each finding is about `file` and, as related locations, `related`.
    public static func document(findings: [(file: String, finding: Finding, related: [String])]) -> JSONValue {
        let descriptors = ruleDescriptors(Set(findings.map(\.finding.rule)))
        let results: [JSONValue] = findings.map { file, finding, related in
            var region: [(String, JSONValue)] = [("startLine", .int(finding.line ?? 1))]
            if let column = finding.column { region.append(("startColumn", .int(column))) }
            let physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(uri(file)))])), ("region", .object(region))]
            var location: [(String, JSONValue)] = [("physicalLocation", .object(physical))]
            if let xpath = finding.xpath {
                location.append(("logicalLocations", .array([.object([("fullyQualifiedName", .string(xpath)), ("kind", .string("element"))])])))
            }
            var fields: [(String, JSONValue)] = [
                ("ruleId", .string(finding.rule)),
                ("level", .string(level(finding.severity))),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([.object(location)])),
            ]
            if !related.isEmpty {
                fields.append(
                    (
                        "relatedLocations",
                        .array(
                            related.enumerated().map { index, other in
                                .object([
                                    ("id", .int(index + 1)),
                                    (
                                        "physicalLocation",
                                        .object([
                                            ("artifactLocation", .object([("uri", .string(uri(other)))])),
                                            ("region", .object([("startLine", .int(1))])),
                                        ])
                                    ),
                                    ("message", .object([("text", .string(relatedText))])),
                                ])
                            })
                    ))
            }
            return .object(fields)
        }
        return .object([
            ("$schema", .string(schemaURI)),
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
                                        ("rules", .array(descriptors)),
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

    /// The message of a related location: another message of the same finding.
    static let relatedText = "another message this finding is about"

    /// `path` as a SARIF URI reference: every byte but the unreserved ones and `/`
    /// percent-encoded; an absolute path as a `file://` URI.
    public static func uri(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                bytes.append(byte)
            default:
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
        return out
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
