import PLOCalendar
import PLOModel
import PLORules
import XMLCore

/// `plo flow --stats`: per hospital and per municipality, the stays, the share of each deadline
/// met, median and p90 time from admission to Innleggelsesrapport and from utskrivningsklar to the
/// municipality's answer, days from utskrivningsklar to utskrevet (waiting days), and findings per
/// rule — the figures the parties follow message traffic by (HNT, Vedlegg til retningslinje 1).
///
/// Added stay by stay as the report is written: it keeps counters and one duration per stay and
/// party, never the stays.
public struct FlowStats: Sendable {
    /// The deadline rules whose share met is reported, in this order.
    public static let deadlines = [
        FlowDeadlineInnleggelsesrapport4H.info, FlowDeadlineInnleggelsesrapport1D.info, FlowDeadlineSupplement24H.info,
        FlowDeadlineHospitalInfo24H.info, FlowWindowUtskrivningsklar.info,
    ]

    /// The figures of one hospital or municipality.
    public struct Party: Sendable {
        public var her: String
        public var stays = 0
        /// Per deadline rule: stays it judged, and of those, stays without its finding.
        public var judged: [String: Int] = [:]
        public var met: [String: Int] = [:]
        /// Seconds from admission to the first Innleggelsesrapport (N).
        public var toReport: [Int64] = []
        /// Seconds from the first utskrivningsklar (N) to the municipality's answer.
        public var toAnswer: [Int64] = []
        /// Calendar days from the first utskrivningsklar (N) to the patient leaving (alive).
        public var waitingDays: [Int64] = []
        /// Findings (error and warning) per rule.
        public var findings: [String: Int] = [:]

        init(her: String) { self.her = her }
    }

    public private(set) var hospitals: [String: Party] = [:]
    public private(set) var municipalities: [String: Party] = [:]
    let context: FlowContext

    public init(context: FlowContext) {
        self.context = context
    }

    /// Counts one checked stay (with its messages' own findings attached).
    public mutating func add(_ stay: StayResult) {
        let facts = Self.facts(stay, context: context)
        hospitals[stay.key.hospital, default: Party(her: stay.key.hospital)].add(facts)
        municipalities[stay.key.municipality, default: Party(her: stay.key.municipality)].add(facts)
    }

    /// What one stay contributes.
    struct Facts {
        var judged: [String] = []
        var failed = Set<String>()
        var toReport: Int64?
        var toAnswer: Int64?
        var waitingDays: Int64?
        var findings: [String] = []
    }

    static func facts(_ stay: StayResult, context: FlowContext) -> Facts {
        var facts = Facts()
        let messages = stay.messages
        func first(_ type: MessageType) -> StayMessage? { messages.first { $0.type == type && $0.status == .new } }
        let innlagt = first(.innlagt)
        let report = first(.innleggelsesrapport)
        let klar = first(.utskrivningsklar)
        let left = messages.first { $0.type == .utskrevet && $0.status == .new && !$0.isDeath }
        let answer = klar.flatMap { k in messages.first { $0.isAnswer && Oslo.instant($0.time) >= Oslo.instant(k.time) } }
        for info in deadlines where context.runs(info) {
            let applies: Bool
            switch info.id {
            case FlowDeadlineInnleggelsesrapport4H.info.id, FlowDeadlineInnleggelsesrapport1D.info.id: applies = innlagt != nil
            case FlowWindowUtskrivningsklar.info.id: applies = klar != nil
            default: applies = stay.admission != nil
            }
            if applies { facts.judged.append(info.id) }
        }
        for finding in stay.findings where finding.severity != .info {
            facts.findings.append(finding.rule)
            facts.failed.insert(finding.rule)
        }
        if let admitted = stay.admission, let report {
            facts.toReport = Oslo.instant(report.time) - Oslo.instant(admitted)
        }
        if let klar, let answer { facts.toAnswer = Oslo.instant(answer.time) - Oslo.instant(klar.time) }
        if let klar, let left, Oslo.instant(left.time) >= Oslo.instant(klar.time) {
            facts.waitingDays = Int64(left.time.date.daysSinceEpoch - klar.time.date.daysSinceEpoch)
        }
        return facts
    }

    // MARK: Output

    /// The `"stats"` object of the JSON report.
    public func json() -> JSONValue {
        .object([
            ("hospitals", .array(hospitals.keys.sorted().compactMap { hospitals[$0].map(Self.json) })),
            ("municipalities", .array(municipalities.keys.sorted().compactMap { municipalities[$0].map(Self.json) })),
        ])
    }

    static func json(_ party: Party) -> JSONValue {
        .object([
            ("her", .string(party.her)),
            ("stays", .int(party.stays)),
            (
                "deadlines",
                .array(
                    deadlines.compactMap { info in
                        guard let judged = party.judged[info.id] else { return nil }
                        let met = party.met[info.id] ?? 0
                        return .object([
                            ("rule", .string(info.id)), ("judged", .int(judged)), ("met", .int(met)),
                            ("share", .string(share(met, judged))),
                        ])
                    })
            ),
            ("innleggelsesrapportMinutes", distribution(party.toReport, unit: 60)),
            ("answerMinutes", distribution(party.toAnswer, unit: 60)),
            ("waitingDays", distribution(party.waitingDays.map { $0 * 86_400 }, unit: 86_400)),
            ("findings", .object(party.findings.keys.sorted().map { ($0, .int(party.findings[$0] ?? 0)) })),
        ])
    }

    /// Count, median and p90 (nearest rank) of `values` in `unit`s (rounded down).
    static func distribution(_ values: [Int64], unit: Int64) -> JSONValue {
        let sorted = values.sorted()
        return .object([
            ("count", .int(sorted.count)),
            ("median", sorted.isEmpty ? .null : .int(Int(percentile(sorted, 50) / unit))),
            ("p90", sorted.isEmpty ? .null : .int(Int(percentile(sorted, 90) / unit))),
        ])
    }

    /// The nearest-rank percentile of sorted values.
    static func percentile(_ sorted: [Int64], _ p: Int) -> Int64 {
        guard !sorted.isEmpty else { return 0 }
        let rank = max(1, (p * sorted.count + 99) / 100)
        return sorted[min(rank, sorted.count) - 1]
    }

    /// `met/judged` as a percentage with one decimal, e.g. "97.5%".
    static func share(_ met: Int, _ judged: Int) -> String {
        guard judged > 0 else { return "—" }
        let tenths = (met * 1000 + judged / 2) / judged
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The text section printed after the report.
    public func text() -> String {
        var out = "Statistics (plo flow --stats)\n"
        for (title, parties) in [("Hospitals", hospitals), ("Municipalities", municipalities)] {
            out += "\n\(title)\n"
            for her in parties.keys.sorted() {
                guard let party = parties[her] else { continue }
                out += "  \(her): \(party.stays) stay\(party.stays == 1 ? "" : "s")\n"
                for line in Self.lines(party) { out += "    \(line)\n" }
            }
        }
        return out
    }

    static func lines(_ party: Party) -> [String] {
        var lines: [String] = []
        let met = deadlines.compactMap { info -> String? in
            guard let judged = party.judged[info.id] else { return nil }
            let shortName = info.id.hasPrefix("FLOW-") ? String(info.id.dropFirst(5)) : info.id
            return "\(shortName) \(share(party.met[info.id] ?? 0, judged)) of \(judged)"
        }
        if !met.isEmpty { lines.append("deadlines met: " + met.joined(separator: ", ")) }
        lines.append("admission → Innleggelsesrapport: " + describe(party.toReport, unit: 60, name: "min"))
        lines.append("utskrivningsklar → answer: " + describe(party.toAnswer, unit: 60, name: "min"))
        lines.append("waiting days (utskrivningsklar → utskrevet): " + describe(party.waitingDays.map { $0 * 86_400 }, unit: 86_400, name: "d"))
        if !party.findings.isEmpty {
            lines.append("findings: " + party.findings.keys.sorted().map { "\($0) \(party.findings[$0] ?? 0)" }.joined(separator: ", "))
        }
        return lines
    }

    static func describe(_ values: [Int64], unit: Int64, name: String) -> String {
        guard !values.isEmpty else { return "—" }
        let sorted = values.sorted()
        return "median \(percentile(sorted, 50) / unit) \(name), p90 \(percentile(sorted, 90) / unit) \(name) (n = \(sorted.count))"
    }

    /// The HTML section (escaped; no script).
    public func html() -> String {
        var out = "<section class=\"stats\"><h2>Statistics</h2>\n"
        for (title, parties) in [("Hospitals", hospitals), ("Municipalities", municipalities)] {
            out += "<h3>\(title)</h3>\n<table><tr><th>HER-id</th><th>stays</th><th>figures</th></tr>\n"
            for her in parties.keys.sorted() {
                guard let party = parties[her] else { continue }
                let figures = Self.lines(party).map(Self.escape).joined(separator: "<br>")
                out += "<tr><td>\(Self.escape(her))</td><td>\(party.stays)</td><td>\(figures)</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</section>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}

extension FlowStats.Party {
    mutating func add(_ facts: FlowStats.Facts) {
        stays += 1
        for rule in facts.judged {
            judged[rule, default: 0] += 1
            if !facts.failed.contains(rule) { met[rule, default: 0] += 1 }
        }
        if let value = facts.toReport { toReport.append(value) }
        if let value = facts.toAnswer { toAnswer.append(value) }
        if let value = facts.waitingDays { waitingDays.append(value) }
        for rule in facts.findings { findings[rule, default: 0] += 1 }
    }
}
