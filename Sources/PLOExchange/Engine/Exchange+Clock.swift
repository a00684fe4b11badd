import Foundation
import GRDB
import PLOCalendar
import PLOModel
import PLORules
import PLOSimulator
import XMLCore

/// Moving the clock: the counterpart's scheduled events fire in (due, id) order, each in its own
/// transaction together with what it sends.
extension Exchange {
    /// The time of the earliest event not yet fired.
    public func nextEventTime() throws -> SimTime? {
        try journal.read { db in try SimTime.fetchOne(db, sql: "SELECT MIN(due) FROM event WHERE done = 0") }
    }

    /// Fires every event due at or before `time` (in order, setting the clock to each event's
    /// time first), then sets the clock to `time`. A clock never goes back.
    /// - Returns: how many events fired.
    @discardableResult
    public func advance(to time: SimTime) throws -> Int {
        var fired = 0
        while true {
            let batch = try journal.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT id, due, payload FROM event WHERE done = 0 AND due <= ? ORDER BY due, id LIMIT 256",
                    arguments: [time])
            }
            if batch.isEmpty { break }
            fired += try fire(batch.map { (id: $0["id"], due: $0["due"], payload: $0["payload"]) })
        }
        if time > now {
            // The clock itself is persisted at most once a virtual minute (events and receipts
            // persist their own times): a real clock polls often.
            if fired > 0 || time / 60 != now / 60 {
                try journal.write { db in try Journal.setMeta(db, "now", String(time)) }
            }
            now = time
        }
        return fired
    }

    /// Fires `events` (in order) in one transaction: each is marked done in the same
    /// transaction as what it sends, so it happens exactly once.
    private func fire(_ events: [(id: Int64, due: SimTime, payload: String)]) throws -> Int {
        var rng = self.rng
        var clock = now
        let decoder = JSONDecoder()
        let fired = try journal.write { db -> Int in
            var fired = 0
            let lastEvent = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM event")) ?? 0
            for (id, due, payload) in events {
                try db.cachedStatement(sql: "UPDATE event SET done = 1 WHERE id = ? AND done = 0").execute(arguments: [id])
                guard db.changesCount == 1 else { continue }
                clock = max(clock, due)
                try self.perform(try decoder.decode(ScheduledEvent.self, from: Data(payload.utf8)), at: clock, rng: &rng, db)
                fired += 1
                // An event that scheduled another ends the batch: the new one may be due before
                // the rest of the batch.
                if try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(id) FROM event")) ?? 0 != lastEvent { break }
            }
            try Journal.setMeta(db, "now", String(clock))
            try Journal.setMeta(db, "rng", String(rng.state))
            return fired
        }
        self.rng = rng
        now = clock
        return fired
    }

    private func perform(_ event: ScheduledEvent, at time: SimTime, rng: inout SplitMix64, _ db: Database) throws {
        switch event {
        case .appRec(let seq, _, let duplicate):
            guard let original = try inFacts(seq: seq, db) else { return }
            for _ in 0..<(duplicate ? 2 : 1) {
                try sendAppRec(for: original.facts, verdict: original.verdict, at: time, rng: &rng, db)
            }
        case .innleggelsesrapport(let seq):
            guard let original = try inFacts(seq: seq, db) else { return }
            try sendInnleggelsesrapport(answering: original.facts, at: time, rng: &rng, db)
        case .answer(let seq):
            guard let original = try inFacts(seq: seq, db) else { return }
            try sendAnswer(to: original.facts, at: time, rng: &rng, db)
        case .prepared(let name, let xml):
            try sendOut(Array(xml.utf8), name: name, at: time, db)
        case .check(let patient):
            try LiveRules.check(patient: patient, at: time, context: settings.flowContext, exchange: self, db)
        }
    }

    private func inFacts(seq: Int64, _ db: Database) throws -> (facts: ReceivedFacts, verdict: AppRecVerdict)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT facts, appRecStatus, appRecCode, findings FROM message WHERE seq = ?", arguments: [seq]),
            let json: String = row["facts"]
        else { return nil }
        let facts = try JSONDecoder().decode(ReceivedFacts.self, from: Data(json.utf8))
        let status: Int? = row["appRecStatus"]
        let code = (row["appRecCode"] as String?).flatMap(AppRecCode.init(rawValue:))
        if status == 2, let code {
            let findings = try JSONDecoder().decode([Finding].self, from: Data((row["findings"] as String).utf8))
            let detail = findings.first { $0.severity == .error }?.message ?? code.displayName
            return (facts, .rejected(code, detail: code == .t01 || code == .t02 ? detail : Self.detail(code, facts)))
        }
        return (facts, .ok)
    }

    static func detail(_ code: AppRecCode, _ facts: ReceivedFacts) -> String {
        switch code {
        case .e10: "MsgId '\(facts.msgId ?? "")' is not a UUID"
        case .e36: "no valid fødselsnummer, D-nummer or test identity"
        case .e21: "receiver HER-id \(facts.receiver.her ?? "(none)") is none of the counterpart's parties"
        case .t01, .t02: code.displayName
        }
    }

    /// A fresh UUID-shaped (version 4) MsgId from the journal's generator.
    func newMsgId(_ rng: inout SplitMix64) -> String {
        let a = rng.next()
        let b = rng.next()
        let hi = (a & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let lo = (b & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        func hex(_ v: UInt64, _ digits: Int) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: max(0, digits - s.count)) + s
        }
        let h = hex(hi, 16)
        let l = hex(lo, 16)
        return "\(h.prefix(8))-\(h.dropFirst(8).prefix(4))-\(h.suffix(4))-\(l.prefix(4))-\(l.suffix(12))"
    }

    /// Journals a message for the EPJ (to be written to the outbox or listed over HTTP).
    func sendOut(_ bytes: [UInt8], name: String, at time: SimTime, _ db: Database) throws {
        var facts: ReceivedFacts?
        var flow: FlowMessage?
        if let document = self.document(bytes, name: name) {
            let message = PLOMessage(document: document)
            facts = ReceivedFacts(message)
            flow = FlowMessage(message, file: name, contentHash: 0)
        }
        try insert(
            db, direction: "out", facts: facts, flow: flow, findings: [], hash: ContentHash.hex(bytes), name: name, bytes: bytes,
            at: time, verdict: nil)
    }
}
