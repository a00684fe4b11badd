import XMLCore

extension SARIF {
    /// The depth of the `results` array in the log (log object, `runs`, the run, `results`), for
    /// a ``JSONWriter`` that writes its elements.
    static let resultsDepth = 4

    /// Writes one result, as ``document(findings:)`` lays it out, where `writer` expects a value.
    static func writeResult(file: String, finding: Finding, related: [String] = [], to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("ruleId")
        writer.string(finding.rule)
        writer.key("level")
        writer.string(level(finding.severity))
        writer.key("message")
        writer.beginObject()
        writer.key("text")
        writer.string(finding.message)
        writer.endObject()
        writer.key("locations")
        writer.beginArray()
        writer.beginObject()
        writer.key("physicalLocation")
        writer.beginObject()
        writeArtifact(file, to: &writer)
        writer.key("region")
        writer.beginObject()
        writer.key("startLine")
        writer.int(finding.line ?? 1)
        if let column = finding.column {
            writer.key("startColumn")
            writer.int(column)
        }
        writer.endObject()
        writer.endObject()
        if let xpath = finding.xpath {
            writer.key("logicalLocations")
            writer.beginArray()
            writer.beginObject()
            writer.key("fullyQualifiedName")
            writer.string(xpath)
            writer.key("kind")
            writer.string("element")
            writer.endObject()
            writer.endArray()
        }
        writer.endObject()
        writer.endArray()
        if !related.isEmpty {
            writer.key("relatedLocations")
            writer.beginArray()
            for (index, other) in related.enumerated() {
                writer.beginObject()
                writer.key("id")
                writer.int(index + 1)
                writer.key("physicalLocation")
                writer.beginObject()
                writeArtifact(other, to: &writer)
                writer.key("region")
                writer.beginObject()
                writer.key("startLine")
                writer.int(1)
                writer.endObject()
                writer.endObject()
                writer.key("message")
                writer.beginObject()
                writer.key("text")
                writer.string(relatedText)
                writer.endObject()
                writer.endObject()
            }
            writer.endArray()
        }
        writer.endObject()
    }

    /// `"artifactLocation": {"uri": …}` for `file`.
    private static func writeArtifact(_ file: String, to writer: inout JSONWriter) {
        writer.key("artifactLocation")
        writer.beginObject()
        writer.key("uri")
        writer.string(uri(file))
        writer.endObject()
    }

    /// The log around its `results` (written, maybe taken, by a writer made with
    /// `JSONWriter(pretty: true, elementsOfArrayAtDepth: resultsDepth)`): the bytes before them
    /// and the bytes after them.
    static func frame(usedRules: Set<String>, results: JSONWriter) -> (head: [UInt8], tail: [UInt8]) {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.key("$schema")
        writer.string(schemaURI)
        writer.key("version")
        writer.string("2.1.0")
        writer.key("runs")
        writer.beginArray()
        writer.beginObject()
        writer.key("tool")
        writer.beginObject()
        writer.key("driver")
        writer.beginObject()
        writer.key("name")
        writer.string(AppInfo.tool)
        writer.key("version")
        writer.string(AppInfo.version)
        writer.key("rules")
        JSONValue.array(ruleDescriptors(usedRules)).write(to: &writer)
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
}
