import PLORules
import XMLCore

/// SARIF 2.1.0, the format code-scanning tools (GitHub code scanning among them) read: one run,
/// one result per finding.
///
/// Every result has one location with `region.startLine` (line 1 where no line is known: a
/// flow finding, an unreadable file); a finding about several files (a flow finding) points at
/// the first and lists the others as `relatedLocations`. File paths become URI references:
/// percent-encoded, absolute paths as `file://` URIs. The driver's `rules` describe the rules
/// the results use, so the log's head waits for the last finding.
struct SARIFFormat: ReportFormat {
    /// The rule IDs of the findings so far.
    private var usedRules: Set<String> = []
    /// The elements of `results` written so far; its bytes are moved to the body.
    private var results = JSONWriter(pretty: true, elementsOfArrayAtDepth: resultsDepth)

    /// The depth of the `results` array in the log (log object, `runs`, the run, `results`).
    static let resultsDepth = 4
    /// The JSON schema the log names.
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The message of a related location: another message of the same finding.
    static let relatedText = "another message this finding is about"

    init(_ kind: ReportKind, style: TextStyle) {}

    var streamsBody: Bool { false }

    mutating func add(_ result: FileResult, to body: inout [UInt8]) {
        for finding in result.findings { write(finding, file: result.file, related: []) }
        results.moveBytes(to: &body)
    }

    mutating func add(_ stay: StayResult, to body: inout [UInt8]) {
        writeAboutFiles(stay.findings)
        results.moveBytes(to: &body)
    }

    mutating func add(_ entry: UnassignedMessage, to body: inout [UInt8]) {
        writeAboutFiles(entry.findings)
        results.moveBytes(to: &body)
    }

    /// Flow findings: about their first file, the others related.
    private mutating func writeAboutFiles(_ findings: [Finding]) {
        for finding in findings { write(finding, file: finding.files.first ?? "-", related: Array(finding.files.dropFirst())) }
    }

    /// The log around its `results`: the bytes before them and the bytes after them.
    mutating func finish(_ summary: ReportSummary) -> (head: [UInt8], tail: [UInt8]) {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.field("$schema", Self.schemaURI)
        writer.field("version", "2.1.0")
        writer.key("runs")
        writer.beginArray()
        writer.beginObject()
        writer.key("tool")
        writer.beginObject()
        writer.key("driver")
        writer.beginObject()
        writer.field("name", AppInfo.tool)
        writer.field("version", AppInfo.version)
        writer.key("rules")
        JSONValue.array(Self.ruleDescriptors(usedRules)).write(to: &writer)
        writer.endObject()
        writer.endObject()
        writer.key("results")
        writer.beginArray()
        writer.spliceElements(of: results, copying: false)
        let head = writer.takeBytes()
        writer.endArray()
        writer.endObject()
        writer.endArray()
        writer.endObject()
        var tail = writer.takeBytes()
        tail.append(0x0A)
        return (head, tail)
    }

    /// One result: rule, level, message, the location (line 1 when unknown; the XPath as a
    /// logical location), then the related files.
    private mutating func write(_ finding: Finding, file: String, related: [String]) {
        usedRules.insert(finding.rule)
        results.beginObject()
        results.field("ruleId", finding.rule)
        results.field("level", Self.level(finding.severity))
        results.key("message")
        results.beginObject()
        results.field("text", finding.message)
        results.endObject()
        results.key("locations")
        results.beginArray()
        results.beginObject()
        results.key("physicalLocation")
        results.beginObject()
        writeArtifact(file)
        results.key("region")
        results.beginObject()
        results.field("startLine", finding.line ?? 1)
        if let column = finding.column { results.field("startColumn", column) }
        results.endObject()
        results.endObject()
        if let xpath = finding.xpath {
            results.key("logicalLocations")
            results.beginArray()
            results.beginObject()
            results.field("fullyQualifiedName", xpath)
            results.field("kind", "element")
            results.endObject()
            results.endArray()
        }
        results.endObject()
        results.endArray()
        if !related.isEmpty {
            results.key("relatedLocations")
            results.beginArray()
            for (index, other) in related.enumerated() {
                results.beginObject()
                results.field("id", index + 1)
                results.key("physicalLocation")
                results.beginObject()
                writeArtifact(other)
                results.key("region")
                results.beginObject()
                results.field("startLine", 1)
                results.endObject()
                results.endObject()
                results.key("message")
                results.beginObject()
                results.field("text", Self.relatedText)
                results.endObject()
                results.endObject()
            }
            results.endArray()
        }
        results.endObject()
    }

    /// `"artifactLocation": {"uri": …}` for `file`.
    private mutating func writeArtifact(_ file: String) {
        results.key("artifactLocation")
        results.beginObject()
        results.field("uri", Self.uri(file))
        results.endObject()
    }

    /// `path` as a SARIF URI reference: every byte but the unreserved ones and `/`
    /// percent-encoded; an absolute path as a `file://` URI.
    static func uri(_ path: String) -> String {
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
