import AppCore
import Foundation
import GRDB
import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// A finding kept by the live rules, with the virtual time it was first seen.
public struct LiveFinding: Sendable, Equatable {
    public var at: LocalDateTime
    public var stay: String
    public var rule: String
    public var severity: Severity
    public var message: String
    public var files: [String]
}

/// What the journal says: the live findings, the `plo flow` report of everything exchanged,
/// and a deterministic export.
extension Exchange {
    /// The live findings in the order they were seen.
    public func liveFindings() throws -> [LiveFinding] {
        try journal.read { db in
            try Row.fetchAll(db, sql: "SELECT at, stay, rule, severity, message, files FROM finding ORDER BY at, id").map { row in
                LiveFinding(
                    at: Oslo.local(row["at"]), stay: row["stay"], rule: row["rule"],
                    severity: Severity(rawValue: row["severity"]) ?? .error, message: row["message"],
                    files: (row["files"] as String).split(separator: " ").map(String.init))
            }
        }
    }

    /// The report of every message exchanged (both sides, each with its own findings), grouped
    /// into stays and checked by the FLOW rules, exactly as `plo flow` would report the same files.
    public func flowReport() throws -> FlowReport {
        let inputs: [FlowInput] = try journal.read { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(db, sql: "SELECT name, bytes, hash, findings, flow FROM message ORDER BY seq").map { row in
                let name: String = row["name"]
                let findings = try decoder.decode([Finding].self, from: Data((row["findings"] as String).utf8))
                var message: FlowMessage?
                if (row["flow"] as String?) != nil, let document = self.document([UInt8](row["bytes"] as Data), name: name) {
                    message = FlowMessage(PLOMessage(document: document), file: name, contentHash: LiveRules.hashValue(row["hash"]))
                }
                return FlowInput(file: name, findings: findings, message: message)
            }
        }
        return FlowReport(inputs: inputs, context: settings.flowContext)
    }

    /// The journal as JSON lines, in order, without anything that depends on the wall clock or
    /// on the transport (delivery flags): the same seed and inputs on a virtual clock give the
    /// same bytes.
    public func export() throws -> String {
        try journal.read { db in
            var lines: [String] = []
            for key in ["role", "seed", "scenario", "now", "rng"] {
                lines.append(Self.json(["meta": key, "value": try Journal.meta(db, key) ?? ""]))
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT seq, direction, sender, receiver, msgId, type, genDate, patient, hash, at, name, appRecStatus,
                        appRecCode, acknowledges, findings FROM message ORDER BY seq
                    """)
            {
                var fields: [String: String] = [:]
                for column in ["seq", "direction", "sender", "receiver", "msgId", "type", "genDate", "patient", "hash", "at", "name", "findings"] {
                    fields[column] = Self.text(row[column] as DatabaseValue)
                }
                fields["appRecStatus"] = (row["appRecStatus"] as Int?).map(String.init) ?? ""
                fields["appRecCode"] = row["appRecCode"] ?? ""
                fields["acknowledges"] = row["acknowledges"] ?? ""
                lines.append(Self.json(fields))
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, due, kind, payload, done FROM event ORDER BY id") {
                lines.append(
                    Self.json([
                        "event": (row["id"] as Int64).description, "due": (row["due"] as Int64).description, "kind": row["kind"],
                        "payload": row["payload"], "done": (row["done"] as Int64).description,
                    ]))
            }
            for row in try Row.fetchAll(db, sql: "SELECT at, stay, rule, severity, message, files FROM finding ORDER BY id") {
                lines.append(
                    Self.json([
                        "finding": row["rule"], "at": (row["at"] as Int64).description, "stay": row["stay"], "severity": row["severity"],
                        "message": row["message"], "files": row["files"],
                    ]))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// A column's value as plain text (no SQL quoting).
    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: ""
        case .int64(let n): String(n)
        case .double(let d): String(d)
        case .string(let s): s
        case .blob(let data): String(data.count) + " bytes"
        }
    }

    static func json(_ fields: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(fields)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Messages for the EPJ not yet handed to the transport, in send order.
    public func undelivered() throws -> [(seq: Int64, name: String, bytes: [UInt8])] {
        try journal.read { db in
            try Row.fetchAll(db, sql: "SELECT seq, name, bytes FROM message WHERE delivered = 0 AND direction = 'out' ORDER BY seq").map {
                (seq: $0["seq"], name: $0["name"], bytes: [UInt8]($0["bytes"] as Data))
            }
        }
    }

    /// Marks messages as handed to the transport.
    public func markDelivered(_ seqs: [Int64]) throws {
        guard !seqs.isEmpty else { return }
        try journal.write { db in
            for seq in seqs { try db.cachedStatement(sql: "UPDATE message SET delivered = 1 WHERE seq = ?").execute(arguments: [seq]) }
        }
    }

    /// Whether anything is still to happen: an event not yet fired.
    public func isIdle() throws -> Bool { try nextEventTime() == nil }
}
