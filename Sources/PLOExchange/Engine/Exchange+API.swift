import Foundation
import GRDB
import PLOCalendar
import PLOModel
import PLOSimulator

/// What a transport with message ids needs (the EDI 2.0 HTTP face): ids, listings, documents,
/// read marks, delivery and AppRec status, and the EPJ's AppRecs sent through an API call.
extension Exchange {
    /// A journaled message as the EDI 2.0 API shows it.
    public struct MessageInfo: Sendable, Equatable {
        /// The API id (a UUID made from the journal sequence number).
        public var id: String
        public var seq: Int64
        public var senderHerId: String
        public var receiverHerId: String
        /// The business document's MsgId (AppRec: its Id).
        public var businessDocumentId: String
        public var genDate: String
        public var isAppRec: Bool
        /// `in`: from the EPJ; `out`: from the counterpart.
        public var fromEPJ: Bool
    }

    /// An AppRec's outcome as the API reports it.
    public struct AppRecSummary: Sendable, Equatable {
        /// The HER-id of the party that gave (or owes) the AppRec.
        public var receiverHerId: String
        /// `1` OK, `2` avvist, `nil` none yet.
        public var status: Int?
        /// Error codes with their text.
        public var errors: [(code: String, details: String)]

        public static func == (a: AppRecSummary, b: AppRecSummary) -> Bool {
            a.receiverHerId == b.receiverHerId && a.status == b.status && a.errors.map(\.code) == b.errors.map(\.code)
        }
    }

    /// `00000000-0000-4000-8000-<seq as 12 hex digits>`.
    public static func apiId(_ seq: Int64) -> String {
        let hex = String(seq, radix: 16)
        return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - hex.count)) + hex
    }

    /// The journal sequence number of an API id, if it is one.
    public static func seq(apiId: String) -> Int64? {
        let lower = apiId.lowercased()
        guard lower.hasPrefix("00000000-0000-4000-8000-"), lower.count == 36 else { return nil }
        return Int64(lower.suffix(12), radix: 16)
    }

    private static func info(_ row: Row) -> MessageInfo {
        let seq: Int64 = row["seq"]
        return MessageInfo(
            id: apiId(seq), seq: seq, senderHerId: row["sender"], receiverHerId: row["receiver"], businessDocumentId: row["msgId"],
            genDate: row["genDate"], isAppRec: row["type"] as String == MessageType.appRec.rawValue,
            fromEPJ: row["direction"] as String == "in")
    }

    static let infoColumns = "seq, sender, receiver, msgId, genDate, type, direction"

    /// One message by API id.
    public func message(apiId: String) throws -> MessageInfo? {
        guard let seq = Self.seq(apiId: apiId) else { return nil }
        return try journal.read { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.infoColumns) FROM message WHERE seq = ?", arguments: [seq]).map(Self.info)
        }
    }

    /// The counterpart's messages to `receivers` not yet marked read by their receiver.
    public func unread(receivers: [String], sender: String?, limit: Int, descending: Bool) throws -> [MessageInfo] {
        try journal.read { db in
            var sql = """
                SELECT \(Self.infoColumns) FROM message m WHERE direction = 'out'
                AND receiver IN (\(receivers.map { _ in "?" }.joined(separator: ",")))
                AND NOT EXISTS (SELECT 1 FROM readmark r WHERE r.seq = m.seq AND r.her = m.receiver)
                """
            var arguments = StatementArguments(receivers)
            if let sender {
                sql += " AND sender = ?"
                arguments += [sender]
            }
            sql += " ORDER BY seq \(descending ? "DESC" : "ASC") LIMIT ?"
            arguments += [limit]
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.info)
        }
    }

    /// The business document of a message.
    public func document(apiId: String) throws -> [UInt8]? {
        guard let seq = Self.seq(apiId: apiId) else { return nil }
        return try journal.read { db in
            try Row.fetchOne(db, sql: "SELECT bytes FROM message WHERE seq = ?", arguments: [seq]).map { [UInt8]($0["bytes"] as Data) }
        }
    }

    /// Marks a message read by `her`; `false` when there is no such message for that receiver.
    public func markRead(apiId: String, her: String) throws -> Bool {
        guard let seq = Self.seq(apiId: apiId) else { return false }
        return try journal.write { db in
            guard try Int64.fetchOne(db, sql: "SELECT seq FROM message WHERE seq = ? AND receiver = ?", arguments: [seq, her]) != nil else {
                return false
            }
            try db.execute(sql: "INSERT OR IGNORE INTO readmark(seq, her) VALUES(?, ?)", arguments: [seq, her])
            return true
        }
    }

    /// The AppRecs given for a message: for the EPJ's, the counterpart's; for the counterpart's,
    /// the EPJ's. One entry per receiver (none yet: status nil).
    public func appRecs(apiId: String) throws -> [AppRecSummary]? {
        guard let info = try message(apiId: apiId) else { return nil }
        return try journal.read { db in
            let direction = info.fromEPJ ? "out" : "in"
            let recs = try Row.fetchAll(
                db, sql: "SELECT bytes FROM message WHERE direction = ? AND type = 'APPREC' AND acknowledges = ? ORDER BY seq",
                arguments: [direction, info.businessDocumentId])
            guard let first = recs.first else { return [AppRecSummary(receiverHerId: info.receiverHerId, status: nil, errors: [])] }
            let text = String(decoding: [UInt8](first["bytes"] as Data), as: UTF8.self)
            return [AppRecSummary(receiverHerId: info.receiverHerId, status: Self.status(in: text), errors: Self.errors(in: text))]
        }
    }

    static func status(in appRec: String) -> Int? {
        guard let range = appRec.range(of: "<Status V=\"") else { return nil }
        return appRec[range.upperBound...].first.flatMap { Int(String($0)) }
    }

    static func errors(in appRec: String) -> [(code: String, details: String)] {
        var found: [(String, String)] = []
        var rest = Substring(appRec)
        while let open = rest.range(of: "<Error ") {
            let tag = rest[open.upperBound...].prefix { $0 != ">" }
            func attribute(_ name: String) -> String? {
                guard let start = tag.range(of: name + "=\"") else { return nil }
                return String(tag[start.upperBound...].prefix { $0 != "\"" })
            }
            found.append((attribute("V") ?? "", attribute("OT") ?? attribute("DN") ?? ""))
            rest = rest[open.upperBound...]
        }
        return found
    }

    /// The EPJ's AppRec for the counterpart's message `apiId`, given through the API: written
    /// as AppRec 1.1 from `senderHer` and received like any message. A second one for the same
    /// message and sender gives the first one's sequence number.
    public func postAppRec(apiId: String, senderHer: String, ok: Bool, errors: [(code: String, details: String)]) throws -> Int64? {
        guard let seq = Self.seq(apiId: apiId) else { return nil }
        let found = try journal.read { db -> (facts: ReceivedFacts, earlier: Int64?)? in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT facts, msgId FROM message WHERE seq = ? AND direction = 'out' AND receiver = ?", arguments: [seq, senderHer]),
                let json: String = row["facts"]
            else { return nil }
            let earlier = try Int64.fetchOne(
                db,
                sql: "SELECT seq FROM message WHERE direction = 'in' AND type = 'APPREC' AND acknowledges = ? AND sender = ? ORDER BY seq LIMIT 1",
                arguments: [row["msgId"] as String, senderHer])
            return (try JSONDecoder().decode(ReceivedFacts.self, from: Data(json.utf8)), earlier)
        }
        guard let found else { return nil }
        if let earlier = found.earlier { return earlier }
        var rng = self.rng
        let id = newMsgId(&rng)
        self.rng = rng
        let replied = found.facts.replied(receiver: found.facts.receiver)
        let bytes = writer.appRec(
            for: replied, status: ok ? .ok : .rejected, errors: ok ? [] : errors.map { ReceiptError($0.code, text: $0.details) }, id: id,
            genDate: Oslo.local(now), software: "EPJ (EDI 2.0 apprec endpoint)")
        let outcome = try receive([Incoming(name: "\(Oslo.local(now).iso)-APPREC-\(id).xml", bytes: bytes)])
        return outcome.first?.seq
    }
}
