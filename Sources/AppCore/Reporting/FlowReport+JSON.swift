import PLOCalendar
import PLOModel
import PLORules
import XMLCore

extension FlowReport {
    /// The JSON contract of `plo flow` (cli.md); extra fields come after the documented ones.
    public func json() -> JSONValue {
        .report(
            summary: [
                ("messages", messageCount), ("stays", stays.count), ("errors", errorCount), ("warnings", warningCount),
                ("unassigned", unassigned.count),
            ],
            lists: [("stays", stays.map(Self.json)), ("unassigned", unassigned.map(Self.json))])
    }

    static func json(_ entry: Unassigned) -> JSONValue {
        .object([("file", .string(entry.file)), ("reason", .string(entry.reason)), ("findings", .array(entry.findings.map(Self.json)))])
    }

    static func json(_ stay: StayResult) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("id", .string(stay.id)),
            ("patient", .string(stay.key.patient)),
            ("hospital", .string(stay.key.hospital)),
            ("municipality", .string(stay.key.municipality)),
            ("messages", .array(stay.messages.map(json))),
            ("findings", .array(stay.findings.map(json))),
            ("admission", .optional(stay.admission?.iso)),
            ("closed", .bool(stay.closed)),
            ("informed", .optional(stay.informed?.iso)),
        ]
        if let name = stay.hospitalName { fields.append(("hospitalName", .string(name))) }
        if let name = stay.municipalityName { fields.append(("municipalityName", .string(name))) }
        return .object(fields)
    }

    static func json(_ message: StayMessage) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("file", .string(message.file)), ("type", .string(message.type.rawValue)), ("msgId", .string(message.msgId)),
            ("time", .string(message.time.iso)), ("status", .string(message.status.rawValue)), ("from", .string(message.side.rawValue)),
        ]
        if !message.resends.isEmpty { fields.append(("resends", .array(message.resends.map(JSONValue.string)))) }
        if let role = message.role { fields.append(("role", .string(role))) }
        if !message.receipts.isEmpty {
            fields.append(
                (
                    "receipts",
                    .array(
                        message.receipts.map { receipt in
                            .object([
                                ("file", .string(receipt.file)), ("id", .string(receipt.id)), ("time", .string(receipt.time.iso)),
                                ("status", .string(receipt.status)), ("errors", .array(receipt.errors.map(JSONValue.string))),
                                ("from", .string(receipt.senderHerId)), ("to", .string(receipt.receiverHerId)),
                            ])
                        })
                ))
        }
        return .object(fields)
    }

    /// A finding as `plo flow` writes it: rule, severity, message, files, then what is known.
    public static func json(_ finding: Finding) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)), ("message", .string(finding.message)),
            ("files", .array(finding.files.map(JSONValue.string))),
        ]
        if let deadline = finding.deadline { fields.append(("deadline", .string(deadline.iso))) }
        if let late = finding.lateSeconds { fields.append(("lateSeconds", .int(Int(late)))) }
        if let line = finding.line { fields.append(("line", .int(line))) }
        if let column = finding.column { fields.append(("column", .int(column))) }
        if let xpath = finding.xpath { fields.append(("xpath", .string(xpath))) }
        return .object(fields)
    }
}
