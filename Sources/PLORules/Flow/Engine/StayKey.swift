/// What groups messages into stays: patient, hospital HER-id, municipality HER-id.
public struct StayKey: Sendable, Hashable {
    public var patient: String
    public var hospital: String
    public var municipality: String

    public init(patient: String, hospital: String, municipality: String) {
        self.patient = patient
        self.hospital = hospital
        self.municipality = municipality
    }
}
