import XMLCore

extension ValidationReportWriter {
    /// The depth of the `results` array in the JSON report (the report object, `results`).
    static let jsonResultsDepth = 2

    /// Writes one result as ``ValidationReport/json()`` lays it out.
    static func writeJSON(_ result: FileResult, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("file")
        writer.string(result.file)
        writer.key("valid")
        writer.bool(result.valid)
        writer.key("message")
        if let message = result.message {
            writer.beginObject()
            writer.key("type")
            writer.string(message.type)
            writer.key("msgId")
            writer.string(message.msgId)
            writer.key("genDate")
            writer.string(message.genDate)
            writer.key("standard")
            writer.string(message.standard)
            writer.key("contentNamespace")
            writer.string(message.contentNamespace)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("findings")
        writer.beginArray()
        for finding in result.findings {
            writer.beginObject()
            writer.key("rule")
            writer.string(finding.rule)
            writer.key("severity")
            writer.string(finding.severity.rawValue)
            writer.key("message")
            writer.string(finding.message)
            if let line = finding.line {
                writer.key("line")
                writer.int(line)
            }
            if let column = finding.column {
                writer.key("column")
                writer.int(column)
            }
            if let xpath = finding.xpath {
                writer.key("xpath")
                writer.string(xpath)
            }
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
    }

    /// The report around its `results` elements (written, maybe taken, by `results`): the bytes
    /// before them and the bytes after them.
    static func jsonFrame(summary: ValidationSummary, results: JSONWriter) -> (head: [UInt8], tail: [UInt8]) {
        var writer = JSONWriter(pretty: true)
        writer.beginReport(
            summary: [
                ("files", summary.files), ("valid", summary.valid), ("invalid", summary.invalid), ("errors", summary.errors),
                ("warnings", summary.warnings),
            ],
            list: "results")
        writer.spliceElements(of: results, copying: false)
        let head = writer.takeBytes()
        writer.endArray()
        writer.endObject()
        var tail = writer.takeBytes()
        tail.append(0x0A)
        return (head, tail)
    }
}
