import Foundation
import GRDB
import PLOCalendar
import PLOModel
import PLORules
import PLOSimulator
import XMLCore

/// The FLOW rules on the journal as the clock moves: at a check time, a patient's messages sent
/// so far are checked, and every finding whose deadline has passed (or that has none) is kept
/// with the time it was first seen. A missed 4 h deadline is thus a finding at 4 h.
enum LiveRules {
    static func check(patient: String, at time: SimTime, context: FlowContext, exchange: Exchange, _ db: Database) throws {
        let rows = try Row.fetchAll(
            db, sql: "SELECT name, bytes, hash FROM message WHERE patient = ? AND flow IS NOT NULL ORDER BY seq", arguments: [patient])
        var messages: [FlowMessage] = []
        for row in rows {
            let bytes = [UInt8](row["bytes"] as Data)
            let name: String = row["name"]
            guard let document = exchange.document(bytes, name: name) else { continue }
            let message = FlowMessage(PLOMessage(document: document), file: name, contentHash: hashValue(row["hash"]))
            guard let sent = message.genDate.flatMap(LocalDateTime.init(iso:)), Oslo.instant(sent) <= time else { continue }
            messages.append(message)
        }
        let (stays, _) = FlowChecker(context: context).checkAll(messages)
        for stay in stays {
            for finding in stay.findings where RuleRegistry.isFlowRule(finding.rule) {
                if let deadline = finding.deadline, Oslo.instant(deadline) > time { continue }
                try record(finding, stay: stay.id, at: time, db)
            }
        }
    }

    static func record(_ finding: Finding, stay: String, at time: SimTime, _ db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO finding(at, stay, rule, severity, message, files) VALUES(?, ?, ?, ?, ?, ?)",
            arguments: [time, stay, finding.rule, finding.severity.rawValue, finding.message, finding.files.joined(separator: " ")])
    }

    static func hashValue(_ hex: String) -> UInt64 {
        UInt64(hex.prefix(16), radix: 16) ?? 0
    }
}
