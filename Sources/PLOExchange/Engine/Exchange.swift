import AppCore
import Foundation
import GRDB
import PLOCalendar
import PLOModel
import PLORules
import PLOSimulator
import XMLCore

/// The exchange engine of `plo serve`: receives the EPJ's messages, decides their AppRecs, lets
/// the counterpart's actors react, moves the clock and evaluates the FLOW rules as it moves.
/// No transport in here: the folder transport and the HTTP face call it.
///
/// One thread at a time (the transport's loop); the journal is the only state that matters, so
/// a new `Exchange` on the same journal continues where the last one stopped.
public final class Exchange {
    public let journal: Journal
    public let settings: ExchangeSettings
    let engine: ValidationEngine
    let validator: SchemaValidator?
    let parser = XMLParserContext()

    /// Parses a stored message (journal bytes) for its flow facts.
    func document(_ bytes: [UInt8], name: String) -> XMLDocument? {
        (parser?.parse(bytes, name: name) ?? XMLParser.parse(bytes, name: name)).document
    }
    let counterpart: Set<String>
    let scenario: Scenario
    var rng: SplitMix64
    var writer = MessageWriter()
    /// The virtual time (Unix seconds), as last committed.
    public internal(set) var now: SimTime

    /// Opens the exchange on `journal`; a new journal is set up (clock, seed, and for
    /// `--epj municipality` the hospital's planned messages), an existing one must have been
    /// made for the same role.
    /// - Parameter startHint: the clock start for a new journal when `settings.start` is unset.
    public init(journal: Journal, settings: ExchangeSettings, validation: ValidationEngine, startHint: LocalDateTime? = nil) throws {
        self.journal = journal
        self.settings = settings
        self.engine = validation
        self.validator = validation.schemas.makeValidator()
        self.counterpart = settings.counterpartHERs
        self.scenario = settings.effectiveScenario
        let s = settings
        let scenario = self.scenario
        let state = try journal.write { db -> (SimTime, UInt64) in
            if let role = try Journal.meta(db, "role") {
                guard role == s.role.rawValue else {
                    throw ExchangeError.usage("the journal \(journal.path) was made for --epj \(role), not --epj \(s.role.rawValue)")
                }
                let now = try Journal.meta(db, "now").flatMap { SimTime($0) } ?? 0
                let rng = try Journal.meta(db, "rng").flatMap { UInt64($0) } ?? s.seed
                return (now, rng)
            }
            guard let start = s.start ?? startHint ?? LocalDateTime(iso: scenario.start) else {
                throw ExchangeError.usage("the scenario's start '\(scenario.start)' is not a date-time")
            }
            let now = Oslo.instant(start)
            try Journal.setMeta(db, "role", s.role.rawValue)
            try Journal.setMeta(db, "seed", String(s.seed))
            try Journal.setMeta(db, "scenario", scenario.name)
            try Journal.setMeta(db, "now", String(now))
            try Journal.setMeta(db, "rng", String(s.seed))
            if s.role == .municipality {
                try Self.planHospital(db, scenario: scenario, seed: s.seed, start: start)
            }
            return (now, s.seed)
        }
        now = state.0
        rng = SplitMix64(seed: state.1)
    }

    /// The hospital's stays, written once by the simulator's hospital ward (its municipal side
    /// dropped): each message becomes an event at its GenDate.
    static func planHospital(_ db: Database, scenario: Scenario, seed: UInt64, start: LocalDateTime) throws {
        var plan = scenario
        plan.appRec = false
        let simulator = try Simulator(scenario: plan, seed: seed, start: start)
        var output = PlanOutput(hospitals: Set(plan.hospitals.map(\.her)))
        _ = try simulator.run(into: &output)
        for message in output.messages {
            let name = "\(message.localTime)-\(message.type)-\(message.msgId).xml"
            try schedule(db, at: message.time, .prepared(name: name, xml: String(decoding: message.bytes, as: UTF8.self)))
        }
    }

    // MARK: Receiving

    /// One received document.
    public struct Incoming: Sendable {
        public var name: String
        public var bytes: [UInt8]

        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// What became of a received document; every case but none is journaled before it returns.
    public enum Outcome: Sendable, Equatable {
        /// Accepted: AppRec status 1 scheduled.
        case accepted(seq: Int64)
        /// Rejected: AppRec status 2 with the code scheduled.
        case rejected(seq: Int64, code: AppRecCode, detail: String)
        /// An identical resend: the original's sequence number, nothing new; `accepted` as the
        /// original was.
        case resend(seq: Int64, accepted: Bool)
        /// Same sender and MsgId as an earlier message, other bytes (FLOW-DUPLICATE-MSGID).
        case conflict(seq: Int64, original: Int64)
        /// Journaled, but no sender could be read to answer (no AppRec possible).
        case unanswerable(seq: Int64, reason: String)
        /// An AppRec from the EPJ, journaled (receipts get no receipt).
        case appRec(seq: Int64)

        /// The journal sequence number.
        public var seq: Int64 {
            switch self {
            case .accepted(let seq), .rejected(let seq, _, _), .resend(let seq, _), .conflict(let seq, _),
                .unanswerable(let seq, _), .appRec(let seq):
                seq
            }
        }

        /// Whether the transport should treat the document as accepted (processed/, 2xx).
        public var isAccepted: Bool {
            switch self {
            case .accepted, .appRec: true
            case .resend(_, let accepted): accepted
            case .rejected, .conflict, .unanswerable: false
            }
        }
    }

    /// Validates and journals `batch` at the current time, in one transaction: when this
    /// returns, every document is committed and may be acknowledged.
    public func receive(_ batch: [Incoming]) throws -> [Outcome] {
        try receive(batch, at: Array(repeating: now, count: batch.count))
    }

    /// Validates and journals `batch`, each document at its own time (not before the clock,
    /// non-decreasing, and before the next scheduled event), in one transaction.
    public func receive(_ batch: [Incoming], at times: [SimTime]) throws -> [Outcome] {
        let checked = batch.map(check)
        var rng = self.rng
        var clock = now
        let outcomes = try journal.write { db in
            var outcomes: [Outcome] = []
            outcomes.reserveCapacity(checked.count)
            for (item, time) in zip(checked, times) {
                clock = max(clock, time)
                outcomes.append(try self.journalIn(item, at: clock, rng: &rng, db))
            }
            try Journal.setMeta(db, "now", String(clock))
            try Journal.setMeta(db, "rng", String(rng.state))
            return outcomes
        }
        self.rng = rng
        now = clock
        return outcomes
    }

    struct Checked {
        var incoming: Incoming
        var findings: [Finding]
        var facts: ReceivedFacts?
        var flow: FlowMessage?
        var hash: String
    }

    func check(_ incoming: Incoming) -> Checked {
        let hash = ContentHash.hex(incoming.bytes)
        if incoming.bytes.count > engine.settings.limits.maxBytes {
            let finding = Finding(
                rule: CoreRule.limit, severity: .error,
                message: "input is \(incoming.bytes.count) bytes; the limit is \(engine.settings.limits.maxBytes) bytes")
            return Checked(incoming: incoming, findings: [finding], facts: SalvageScan.facts(incoming.bytes), flow: nil, hash: hash)
        }
        let outcome = engine.process(bytes: incoming.bytes, name: incoming.name, validator: validator, parser: parser) { message in
            (ReceivedFacts(message), FlowMessage(message, file: incoming.name, contentHash: 0))
        }
        let facts = outcome.extracted?.0 ?? SalvageScan.facts(incoming.bytes)
        return Checked(incoming: incoming, findings: outcome.result.findings, facts: facts, flow: outcome.extracted?.1, hash: hash)
    }

    private func journalIn(_ c: Checked, at: SimTime, rng: inout SplitMix64, _ db: Database) throws -> Outcome {
        let sender = c.facts?.sender.her ?? ""
        let msgId = c.facts?.msgId ?? ""
        var earlier: Int64?
        if !msgId.isEmpty {
            let rows = try Row.fetchAll(
                db.cachedStatement(
                    sql: "SELECT seq, hash, appRecStatus, type FROM message WHERE direction = 'in' AND sender = ? AND msgId = ? ORDER BY seq"),
                arguments: [sender, msgId])
            for row in rows {
                let seq: Int64 = row["seq"]
                if row["hash"] as String == c.hash {
                    let status: Int? = row["appRecStatus"]
                    let accepted = status == 1 || (status == nil && earlier == nil && row["type"] as String == MessageType.appRec.rawValue)
                    return .resend(seq: seq, accepted: accepted)
                }
                if earlier == nil { earlier = seq }
            }
        } else if let same = try Int64.fetchOne(
            db, sql: "SELECT seq FROM message WHERE direction = 'in' AND sender = '' AND msgId = '' AND hash = ?", arguments: [c.hash])
        {
            return .resend(seq: same, accepted: false)
        }
        let type = c.facts?.type ?? ""
        let isAppRec = type == MessageType.appRec.rawValue && c.flow != nil
        var verdict: AppRecVerdict? = nil
        if earlier == nil, !isAppRec, c.facts?.sender.her != nil {
            verdict = AppRecDecision.decide(findings: c.findings, facts: c.facts, counterpart: counterpart)
        }
        var fault: ExchangeFault?
        if verdict != nil { fault = try Self.takeFault(db) }
        if case .reject(let code) = fault { verdict = .rejected(code, detail: "rejected on request (/_plo/faults)") }
        let seq = try insert(
            db, direction: "in", facts: c.facts, flow: c.flow, findings: c.findings, hash: c.hash, name: c.incoming.name,
            bytes: c.incoming.bytes, at: at, verdict: verdict)
        if let original = earlier {
            try db.execute(
                sql: "INSERT OR IGNORE INTO finding(at, stay, rule, severity, message, files) VALUES(?, ?, ?, ?, ?, ?)",
                arguments: [
                    at, c.facts?.patientId ?? "", FlowDuplicateMsgId.info.id, FlowDuplicateMsgId.info.severity.rawValue,
                    "MsgId \(msgId) from HER-id \(sender) was used before (journal #\(original)) for other content", c.incoming.name,
                ])
            return .conflict(seq: seq, original: original)
        }
        if isAppRec { return .appRec(seq: seq) }
        guard let verdict, let facts = c.facts else {
            return .unanswerable(seq: seq, reason: "no sender HER-id or MsgId could be read, so no AppRec can be sent")
        }
        // Never answer before the message says it was sent (an EPJ clock ahead of ours).
        let base = max(at, facts.genDate.flatMap(LocalDateTime.init(iso:)).map(Oslo.instant) ?? at)
        // The AppRec, "umiddelbart" (the scenario's delay), unless a fault says otherwise.
        if fault != .noAppRec {
            let late = fault == .lateAppRec
            let delay = late ? 97 * 3600 : max(scenario.timing.appRecDelay.sampleSeconds(&rng), 1)
            try Self.schedule(db, at: base + delay, .appRec(seq: seq, late: late, duplicate: fault == .duplicateAppRec))
        }
        guard case .ok = verdict else {
            if case .rejected(let code, let detail) = verdict { return .rejected(seq: seq, code: code, detail: detail) }
            return .accepted(seq: seq)
        }
        if fault != .noAnswer { try react(to: facts, seq: seq, at: base, rng: &rng, db) }
        return .accepted(seq: seq)
    }

    /// The counterpart's reaction to an accepted message.
    private func react(to facts: ReceivedFacts, seq: Int64, at: SimTime, rng: inout SplitMix64, _ db: Database) throws {
        guard settings.role == .hospital, facts.status ?? "N" == "N" else { return }
        switch facts.type.flatMap(MessageType.init(rawValue:)) {
        case .innlagt:
            let sent = facts.genDate.flatMap(LocalDateTime.init(iso:)).map(Oslo.instant) ?? at
            let deadline = max(sent + 4 * 3600 - 15 * 60, at + 60)
            // (`at` is never before the message's GenDate here.)
            let wanted = at + max(scenario.timing.innleggelsesrapportDelay.sampleSeconds(&rng), 60)
            try Self.schedule(db, at: min(wanted, deadline), .innleggelsesrapport(seq: seq))
        case .utskrivningsklar:
            let delay = max(scenario.timing.caseOfficeResponse.sampleSeconds(&rng), 60)
            try Self.schedule(db, at: at + delay, .answer(seq: seq))
        default:
            break
        }
    }

    // MARK: Journal rows

    /// Inserts a message row; schedules the live checks a LOG_INNLAGT starts.
    @discardableResult
    func insert(
        _ db: Database, direction: String, facts: ReceivedFacts?, flow: FlowMessage?, findings: [Finding], hash: String,
        name: String, bytes: [UInt8], at: SimTime, verdict: AppRecVerdict?
    ) throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let factsJSON = try facts.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        let flowJSON: String? = flow == nil ? nil : "readable"
        let findingsJSON = String(decoding: try encoder.encode(findings), as: UTF8.self)
        try db.cachedStatement(
            sql: """
                INSERT INTO message(direction, sender, receiver, msgId, type, genDate, patient, hash, at, name,
                    appRecStatus, appRecCode, acknowledges, facts, flow, findings, bytes)
                VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                direction, facts?.sender.her ?? "", facts?.receiver.her ?? "", facts?.msgId ?? "", facts?.type ?? "",
                facts?.genDate ?? "", facts?.patientId ?? "", hash, at, name, verdict?.status, verdict?.code?.rawValue,
                facts?.acknowledges, factsJSON, flowJSON, findingsJSON, Data(bytes),
            ])
        let seq = db.lastInsertedRowID
        if let flow, flow.type == .innlagt, let patient = flow.patientId, let sent = flow.genDate.flatMap(LocalDateTime.init(iso:)) {
            let t = Oslo.instant(sent)
            for hours: SimTime in [4, 24, 96] {
                try Self.schedule(db, at: t + hours * 3600 + 1, .check(patient: patient))
            }
        }
        return seq
    }

    static func schedule(_ db: Database, at due: SimTime, _ event: ScheduledEvent) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let payload = String(decoding: try encoder.encode(event), as: UTF8.self)
        try db.cachedStatement(sql: "INSERT INTO event(due, kind, payload) VALUES(?, ?, ?)").execute(arguments: [due, event.kind, payload])
    }

    // MARK: Faults

    /// Queues a fault for the next `count` messages the counterpart receives.
    public func addFault(_ fault: ExchangeFault, count: Int = 1) throws {
        try journal.write { db in
            try db.cachedStatement(sql: "INSERT INTO fault(kind, remaining) VALUES(?, ?)").execute(arguments: [fault.text, max(count, 1)])
        }
    }

    static func takeFault(_ db: Database) throws -> ExchangeFault? {
        guard let row = try Row.fetchOne(db, sql: "SELECT id, kind, remaining FROM fault WHERE remaining > 0 ORDER BY id LIMIT 1") else {
            return nil
        }
        let id: Int64 = row["id"]
        let remaining: Int = row["remaining"]
        try db.cachedStatement(sql: "UPDATE fault SET remaining = ? WHERE id = ?").execute(arguments: [remaining - 1, id])
        return ExchangeFault(text: row["kind"])
    }
}

/// The journal's content tell: ``FNV1a`` of the bytes in hex, and their count.
enum ContentHash {
    static func hex(_ bytes: [UInt8]) -> String {
        let h = String(FNV1a.hash(bytes), radix: 16)
        return String(repeating: "0", count: 16 - h.count) + h + "-" + String(bytes.count)
    }
}

/// Collects the hospital ward's messages of a simulation run (the plan for `--epj municipality`).
struct PlanOutput: SimulationOutput {
    struct Planned {
        var time: SimTime
        var localTime: String
        var type: String
        var msgId: String
        var bytes: [UInt8]
    }

    let hospitals: Set<String>
    var messages: [Planned] = []

    mutating func write(_ bytes: [UInt8], for record: MessageRecord) throws {
        guard record.type != MessageType.appRec.rawValue, hospitals.contains(record.sender) else { return }
        messages.append(Planned(time: record.time, localTime: record.localTime, type: record.type, msgId: record.msgId, bytes: bytes))
    }

    mutating func appendManifest(_ bytes: [UInt8]) throws {}
}
