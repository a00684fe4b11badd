/// A simulation scenario: how many stays, how fast they arrive, how long things take,
/// who takes part and which faults to inject. Decoded from YAML or JSON (see
/// `Fixtures/scenarios/README.md`); every field except `name` has a default.
public struct Scenario: Codable, Sendable, Equatable {
    /// Scenario name, written to the manifest.
    public var name: String
    /// Calendar start, Europe/Oslo local, `YYYY-MM-DDTHH:MM[:SS]`.
    public var start: String
    /// Number of admissions (stays) to simulate.
    public var stays: Int
    /// Mean admissions per day (Poisson arrivals).
    public var arrivalsPerDay: Double
    /// Send AppRec 1.1 receipts for every received PLO message.
    public var appRec: Bool
    /// Durations (minutes).
    public var timing: Timing
    /// Probabilities of normal (fault-free) variations.
    public var events: Events
    /// Probability per stay of each fault kind (sum ≤ 1; at most one fault per stay).
    public var faults: [FaultKind: Double]
    /// Hospitals taking part (one is drawn per stay).
    public var hospitals: [Hospital]
    /// Municipalities taking part (one is drawn per stay).
    public var municipalities: [Municipality]

    /// Durations, all in minutes.
    public struct Timing: Codable, Sendable, Equatable {
        /// Admission event → LOG_INNLAGT sent.
        public var innlagtDelay: Distribution
        /// LOG_INNLAGT received → Innleggelsesrapport sent (capped at 3 h 45 min after LOG_INNLAGT unless injected).
        public var innleggelsesrapportDelay: Distribution
        /// LOG_INNLAGT → first hospital Helseopplysninger (capped at 22 h).
        public var helseopplysningerDelay: Distribution
        /// LOG_INNLAGT → patient medically ready for discharge (at least 26 h).
        public var lengthOfStay: Distribution
        /// Avmelding → ready again.
        public var readyAgainAfterAvmelding: Distribution
        /// Updated Helseopplysninger → utskrivningsklar (5–60 min).
        public var utskrivningsklarAfterUpdate: Distribution
        /// Transport from sender to receiver.
        public var transport: Distribution
        /// Received → AppRec sent.
        public var appRecDelay: Distribution
        /// Utskrivningsklar received → the case office has decided when to receive the patient.
        public var caseOfficeResponse: Distribution

        /// The default timings.
        public static let standard = Timing(
            innlagtDelay: .uniform(2, 30),
            innleggelsesrapportDelay: Distribution(kind: .lognormal, min: 10, max: 220, median: 70, sigma: 0.6),
            helseopplysningerDelay: Distribution(kind: .lognormal, min: 30, max: 1320, median: 360, sigma: 0.7),
            lengthOfStay: Distribution(kind: .lognormal, min: 1560, max: 30240, median: 4320, sigma: 0.55),
            readyAgainAfterAvmelding: .uniform(1440, 4320),
            utskrivningsklarAfterUpdate: .uniform(5, 60),
            transport: .uniform(1, 3),
            appRecDelay: .uniform(1, 10),
            caseOfficeResponse: .uniform(20, 150)
        )
    }

    /// Probabilities of fault-free variations.
    public struct Events: Codable, Sendable, Equatable {
        /// The patient dies in hospital instead of becoming utskrivningsklar (LOG_DOD).
        public var death: Double
        /// The hospital withdraws a utskrivningsklar (LOG_AVMELDING) and sends a new one later.
        public var avmelding: Double
        /// The municipality sends supplementary Helseopplysninger within 24 h.
        public var supplement: Double
        /// The case office takes an eligible patient on day 0.
        public var dayZeroAcceptance: Double
        /// The ward corrects its utskrivningsklar 20–90 min later: the same message again with
        /// Forsendelsesstatus M (endring) and RefToParent naming the original. No finding.
        public var correction: Double

        /// Creates the probabilities of a scenario's events.
        public init(death: Double, avmelding: Double, supplement: Double, dayZeroAcceptance: Double, correction: Double = 0) {
            self.death = death
            self.avmelding = avmelding
            self.supplement = supplement
            self.dayZeroAcceptance = dayZeroAcceptance
            self.correction = correction
        }

        /// The default probabilities (no corrections, so that runs of earlier versions keep their bytes).
        public static let standard = Events(death: 0.02, avmelding: 0.05, supplement: 0.1, dayZeroAcceptance: 0.85)
    }

    /// Creates a scenario.
    public init(
        name: String = "default", start: String = "2026-01-05T00:00", stays: Int = 10, arrivalsPerDay: Double = 12,
        appRec: Bool = true, timing: Timing = .standard, events: Events = .standard, faults: [FaultKind: Double] = [:],
        hospitals: [Hospital] = Scenario.defaultHospitals, municipalities: [Municipality] = Scenario.defaultMunicipalities
    ) {
        self.name = name
        self.start = start
        self.stays = stays
        self.arrivalsPerDay = arrivalsPerDay
        self.appRec = appRec
        self.timing = timing
        self.events = events
        self.faults = faults
        self.hospitals = hospitals
        self.municipalities = municipalities
    }
}
