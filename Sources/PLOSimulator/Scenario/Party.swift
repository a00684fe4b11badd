/// A named unit with a HER-id (Adresseregisteret).
public struct Unit: Codable, Sendable, Equatable {
    /// Display name, e.g. "Sykepleietjeneste".
    public var name: String
    /// HER-id (digits).
    public var her: String

    /// Creates a unit.
    public init(name: String, her: String) {
        self.name = name
        self.her = her
    }
}

/// A hospital (helseforetak/sykehus) with the ward that sends the messages.
public struct Hospital: Codable, Sendable, Equatable {
    /// Organisation name, e.g. "Sykehuset Levanger".
    public var name: String
    /// Top-level HER-id: part of the stay key.
    public var her: String
    /// The ward (sub-organisation) that sends and receives.
    public var ward: Unit

    /// Creates a hospital.
    public init(name: String, her: String, ward: Unit) {
        self.name = name
        self.her = her
        self.ward = ward
    }
}

/// A municipality with its nursing service and case office (tildelingskontor).
public struct Municipality: Codable, Sendable, Equatable {
    /// Organisation name, e.g. "Levanger kommune".
    public var name: String
    /// Top-level HER-id: part of the stay key.
    public var her: String
    /// Sykepleietjeneste: receives innlagt/helseopplysninger/utskrivningsrapport/utskrevet, sends innleggelsesrapport.
    public var nursing: Unit
    /// Saksbehandlertjeneste: receives utskrivningsklar and avmelding.
    public var caseOffice: Unit

    /// Creates a municipality.
    public init(name: String, her: String, nursing: Unit, caseOffice: Unit) {
        self.name = name
        self.her = her
        self.nursing = nursing
        self.caseOffice = caseOffice
    }
}

// Strict decoding: a field the type does not know is an error, not silently ignored.
extension Unit {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, her
    }

    /// Decodes a unit; unknown fields are an error.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), her: try c.decode(String.self, forKey: .her))
    }
}

extension Hospital {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, her, ward
    }

    /// Decodes a hospital; unknown fields are an error.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name), her: try c.decode(String.self, forKey: .her),
            ward: try c.decode(Unit.self, forKey: .ward))
    }
}

extension Municipality {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, her, nursing, caseOffice
    }

    /// Decodes a municipality; unknown fields are an error.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name), her: try c.decode(String.self, forKey: .her),
            nursing: try c.decode(Unit.self, forKey: .nursing), caseOffice: try c.decode(Unit.self, forKey: .caseOffice))
    }
}
