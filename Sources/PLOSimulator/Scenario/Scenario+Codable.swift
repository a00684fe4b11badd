/// Decoding with defaults: any field left out of a scenario file takes its default value.
extension Scenario {
    enum CodingKeys: String, CodingKey {
        case name, start, stays, arrivalsPerDay, appRec, timing, events, faults, hospitals, municipalities
    }

    /// Decodes a scenario; missing fields take their defaults, unknown fault kinds are an error.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Scenario()
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? d.name
        start = try c.decodeIfPresent(String.self, forKey: .start) ?? d.start
        stays = try c.decodeIfPresent(Int.self, forKey: .stays) ?? d.stays
        arrivalsPerDay = try c.decodeIfPresent(Double.self, forKey: .arrivalsPerDay) ?? d.arrivalsPerDay
        appRec = try c.decodeIfPresent(Bool.self, forKey: .appRec) ?? d.appRec
        timing = try c.decodeIfPresent(Timing.self, forKey: .timing) ?? d.timing
        events = try c.decodeIfPresent(Events.self, forKey: .events) ?? d.events
        hospitals = try c.decodeIfPresent([Hospital].self, forKey: .hospitals) ?? d.hospitals
        municipalities = try c.decodeIfPresent([Municipality].self, forKey: .municipalities) ?? d.municipalities
        let raw = try c.decodeIfPresent([String: Double].self, forKey: .faults) ?? [:]
        var faults: [FaultKind: Double] = [:]
        for (key, p) in raw {
            guard let kind = FaultKind(rawValue: key) else {
                let known = FaultKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: .faults, in: c, debugDescription: "unknown fault kind '\(key)' (known: \(known))")
            }
            faults[kind] = p
        }
        self.faults = faults
    }

    /// Encodes the scenario (faults as a map from kind name to probability, sorted).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(start, forKey: .start)
        try c.encode(stays, forKey: .stays)
        try c.encode(arrivalsPerDay, forKey: .arrivalsPerDay)
        try c.encode(appRec, forKey: .appRec)
        try c.encode(timing, forKey: .timing)
        try c.encode(events, forKey: .events)
        try c.encode(Dictionary(uniqueKeysWithValues: faults.map { ($0.key.rawValue, $0.value) }), forKey: .faults)
        try c.encode(hospitals, forKey: .hospitals)
        try c.encode(municipalities, forKey: .municipalities)
    }

    /// Every problem that makes the scenario unusable (empty when it can run).
    public func problems() -> [String] {
        var out: [String] = []
        if stays < 0 { out.append("stays must not be negative") }
        if !(arrivalsPerDay > 0) { out.append("arrivalsPerDay must be positive") }
        if hospitals.isEmpty { out.append("at least one hospital is needed") }
        if municipalities.isEmpty { out.append("at least one municipality is needed") }
        let hers = hospitals.map(\.her) + municipalities.map(\.her)
        if Set(hers).count != hers.count { out.append("top-level HER-ids must be distinct") }
        for her in hers + hospitals.map(\.ward.her) + municipalities.flatMap({ [$0.nursing.her, $0.caseOffice.her] })
        where her.isEmpty || !her.utf8.allSatisfy({ (48...57).contains($0) }) {
            out.append("HER-id '\(her)' is not all digits")
        }
        var sum = 0.0
        for (kind, p) in faults.sorted(by: { $0.key < $1.key }) {
            if !(0...1).contains(p) { out.append("faults.\(kind.rawValue): probability must be in 0…1") }
            sum += p
        }
        if sum > 1.000_000_1 { out.append("fault probabilities add up to more than 1 (at most one fault per stay)") }
        for (label, p) in [("death", events.death), ("avmelding", events.avmelding), ("supplement", events.supplement),
                           ("dayZeroAcceptance", events.dayZeroAcceptance), ("correction", events.correction)] where !(0...1).contains(p) {
            out.append("events.\(label): probability must be in 0…1")
        }
        let t = timing
        for (label, dist) in [
            ("innlagtDelay", t.innlagtDelay), ("innleggelsesrapportDelay", t.innleggelsesrapportDelay),
            ("helseopplysningerDelay", t.helseopplysningerDelay), ("lengthOfStay", t.lengthOfStay),
            ("readyAgainAfterAvmelding", t.readyAgainAfterAvmelding),
            ("utskrivningsklarAfterUpdate", t.utskrivningsklarAfterUpdate), ("transport", t.transport),
            ("appRecDelay", t.appRecDelay), ("caseOfficeResponse", t.caseOfficeResponse),
        ] {
            if let p = dist.problem(named: "timing.\(label)") { out.append(p) }
        }
        return out
    }
}

extension Scenario.Timing {
    enum CodingKeys: String, CodingKey {
        case innlagtDelay, innleggelsesrapportDelay, helseopplysningerDelay, lengthOfStay, readyAgainAfterAvmelding
        case utskrivningsklarAfterUpdate, transport, appRecDelay, caseOfficeResponse
    }

    /// Decodes timings; missing ones take the defaults of ``standard``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Scenario.Timing.standard
        func get(_ key: CodingKeys, _ fallback: Distribution) throws -> Distribution {
            try c.decodeIfPresent(Distribution.self, forKey: key) ?? fallback
        }
        innlagtDelay = try get(.innlagtDelay, d.innlagtDelay)
        innleggelsesrapportDelay = try get(.innleggelsesrapportDelay, d.innleggelsesrapportDelay)
        helseopplysningerDelay = try get(.helseopplysningerDelay, d.helseopplysningerDelay)
        lengthOfStay = try get(.lengthOfStay, d.lengthOfStay)
        readyAgainAfterAvmelding = try get(.readyAgainAfterAvmelding, d.readyAgainAfterAvmelding)
        utskrivningsklarAfterUpdate = try get(.utskrivningsklarAfterUpdate, d.utskrivningsklarAfterUpdate)
        transport = try get(.transport, d.transport)
        appRecDelay = try get(.appRecDelay, d.appRecDelay)
        caseOfficeResponse = try get(.caseOfficeResponse, d.caseOfficeResponse)
    }
}

extension Scenario.Events {
    enum CodingKeys: String, CodingKey {
        case death, avmelding, supplement, dayZeroAcceptance, correction
    }

    /// Decodes probabilities; missing ones take the defaults of ``standard``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = Scenario.Events.standard
        death = try c.decodeIfPresent(Double.self, forKey: .death) ?? d.death
        avmelding = try c.decodeIfPresent(Double.self, forKey: .avmelding) ?? d.avmelding
        supplement = try c.decodeIfPresent(Double.self, forKey: .supplement) ?? d.supplement
        dayZeroAcceptance = try c.decodeIfPresent(Double.self, forKey: .dayZeroAcceptance) ?? d.dayZeroAcceptance
        correction = try c.decodeIfPresent(Double.self, forKey: .correction) ?? d.correction
    }
}
