import PLOCalendar

/// The ranges a scenario's numbers must lie in, and the check that names each value outside them.
extension Scenario {
    /// Most stays one run may admit.
    public static let mostStays = 1_000_000
    /// Admissions per day: from one in a thousand days to 100,000 a day.
    public static let arrivalsPerDayRange: ClosedRange<Double> = 0.001...100_000
    /// The first instant a run may not reach: 9999-01-01T00:00 Oslo. GenDate and the event times
    /// carry four-digit years; the year's margin leaves room for dates a message looks ahead to.
    public static let horizon: LocalDateTime? = LocalDate(year: 9999, month: 1, day: 1).map { LocalDateTime(startOf: $0) }

    /// One problem: the dotted key it concerns (`timing.lengthOfStay.sigma`; empty for the whole
    /// scenario) and a sentence saying what is wrong and what is allowed.
    public struct Issue: Sendable, Equatable, CustomStringConvertible {
        /// The key path, as written in the file.
        public var key: String
        /// What is wrong, with the allowed range.
        public var text: String

        public var description: String { key.isEmpty ? text : "\(key): \(text)" }
    }

    /// Every problem that makes the scenario unusable (empty when it can run), as one line each.
    public func problems() -> [String] {
        issues().map(\.description)
    }

    /// Every problem that makes the scenario unusable, with the key it concerns.
    public func issues() -> [Issue] {
        var out: [Issue] = []
        if !(0...Self.mostStays).contains(stays) { out.append(Issue(key: "stays", text: "must lie in 0…\(Self.mostStays) (got \(stays))")) }
        if !arrivalsPerDay.isFinite || !Self.arrivalsPerDayRange.contains(arrivalsPerDay) {
            out.append(Issue(key: "arrivalsPerDay", text: "must be a finite number in 0.001…100000 (got \(arrivalsPerDay))"))
        }
        if let problem = Self.startProblem(start) { out.append(Issue(key: "start", text: problem)) }
        if hospitals.isEmpty { out.append(Issue(key: "hospitals", text: "at least one hospital is needed")) }
        if municipalities.isEmpty { out.append(Issue(key: "municipalities", text: "at least one municipality is needed")) }
        let hers = hospitals.map(\.her) + municipalities.map(\.her)
        if Set(hers).count != hers.count { out.append(Issue(key: "", text: "top-level HER-ids must be distinct")) }
        for her in hers + hospitals.map(\.ward.her) + municipalities.flatMap({ [$0.nursing.her, $0.caseOffice.her] })
        where her.isEmpty || her.utf8.count > 20 || !her.utf8.allSatisfy({ (48...57).contains($0) }) {
            out.append(Issue(key: "", text: "HER-id '\(her)' is not 1–20 digits"))
        }
        var sum = 0.0
        for (kind, p) in faults.sorted(by: { $0.key < $1.key }) {
            if !p.isFinite || !(0...1).contains(p) {
                out.append(Issue(key: "faults.\(kind.rawValue)", text: "probability must be in 0…1 (got \(p))"))
            } else {
                sum += p
            }
        }
        if sum > 1.000_000_1 { out.append(Issue(key: "faults", text: "fault probabilities add up to more than 1 (at most one fault per stay)")) }
        for (label, p) in [
            ("death", events.death), ("avmelding", events.avmelding), ("supplement", events.supplement),
            ("dayZeroAcceptance", events.dayZeroAcceptance), ("correction", events.correction),
        ] where !p.isFinite || !(0...1).contains(p) {
            out.append(Issue(key: "events.\(label)", text: "probability must be in 0…1 (got \(p))"))
        }
        let t = timing
        for (label, dist) in [
            ("innlagtDelay", t.innlagtDelay), ("innleggelsesrapportDelay", t.innleggelsesrapportDelay),
            ("helseopplysningerDelay", t.helseopplysningerDelay), ("lengthOfStay", t.lengthOfStay),
            ("readyAgainAfterAvmelding", t.readyAgainAfterAvmelding),
            ("utskrivningsklarAfterUpdate", t.utskrivningsklarAfterUpdate), ("transport", t.transport),
            ("appRecDelay", t.appRecDelay), ("caseOfficeResponse", t.caseOfficeResponse),
        ] {
            if let issue = dist.issue() {
                out.append(Issue(key: "timing.\(label)" + (issue.field.map { ".\($0)" } ?? ""), text: issue.text))
            }
        }
        return out
    }

    /// Why `start` cannot begin a run, or `nil`.
    public static func startProblem(_ start: String) -> String? {
        guard let time = LocalDateTime(iso: start) else { return "'\(start)' is not a date-time like 2026-01-05T00:00" }
        if let horizon, time >= horizon {
            return "'\(start)' is too late: a run must start before 9999-01-01 (GenDate carries four-digit years)"
        }
        return nil
    }
}
