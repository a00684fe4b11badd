/// Decoding with defaults: any field left out of a scenario file takes its default value.
extension Scenario {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, start, stays, arrivalsPerDay, appRec, timing, events, faults, hospitals, municipalities
    }

    /// Decodes a scenario; missing fields take their defaults, unknown fields and fault kinds are an error.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
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
}

extension Scenario.Timing {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case innlagtDelay, innleggelsesrapportDelay, helseopplysningerDelay, lengthOfStay, readyAgainAfterAvmelding
        case utskrivningsklarAfterUpdate, transport, appRecDelay, caseOfficeResponse
    }

    /// Decodes timings; missing ones take the defaults of ``standard``; unknown names are an error.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
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
    enum CodingKeys: String, CodingKey, CaseIterable {
        case death, avmelding, supplement, dayZeroAcceptance, correction
    }

    /// Decodes probabilities; missing ones take the defaults of ``standard``; unknown names are an error.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        let d = Scenario.Events.standard
        death = try c.decodeIfPresent(Double.self, forKey: .death) ?? d.death
        avmelding = try c.decodeIfPresent(Double.self, forKey: .avmelding) ?? d.avmelding
        supplement = try c.decodeIfPresent(Double.self, forKey: .supplement) ?? d.supplement
        dayZeroAcceptance = try c.decodeIfPresent(Double.self, forKey: .dayZeroAcceptance) ?? d.dayZeroAcceptance
        correction = try c.decodeIfPresent(Double.self, forKey: .correction) ?? d.correction
    }
}

/// Any key, to list what a mapping holds.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension Decoder {
    /// A keyed container that first refuses any key `Key` does not name (a misspelt field
    /// would otherwise be ignored silently and its default used).
    func strictContainer<Key: CodingKey & CaseIterable>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        let all = try container(keyedBy: AnyCodingKey.self)
        let known = Set(Key.allCases.map(\.stringValue))
        for key in all.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where !known.contains(key.stringValue) {
            let names = Key.allCases.map(\.stringValue).joined(separator: ", ")
            throw DecodingError.dataCorrupted(
                DecodingError.Context(codingPath: codingPath + [key], debugDescription: "unknown field '\(key.stringValue)' (known: \(names))"))
        }
        return try container(keyedBy: type)
    }
}
