/// Default participants: Helse Nord-Trøndelag's hospitals and some of its municipalities.
/// HER-ids are fictitious (test range), not the real Adresseregister entries.
extension Scenario {
    /// Default hospitals.
    public static let defaultHospitals: [Hospital] = [
        Hospital(name: "Sykehuset Levanger", her: "8100001", ward: Unit(name: "Medisinsk sengepost", her: "8100011")),
        Hospital(name: "Sykehuset Namsos", her: "8100002", ward: Unit(name: "Kirurgisk sengepost", her: "8100021")),
    ]

    /// Default municipalities.
    public static let defaultMunicipalities: [Municipality] = [
        municipality("Levanger kommune", 8_200_001),
        municipality("Verdal kommune", 8_200_002),
        municipality("Steinkjer kommune", 8_200_003),
        municipality("Namsos kommune", 8_200_004),
        municipality("Inderøy kommune", 8_200_005),
        municipality("Frosta kommune", 8_200_006),
    ]

    private static func municipality(_ name: String, _ her: Int) -> Municipality {
        Municipality(
            name: name, her: String(her),
            nursing: Unit(name: "Sykepleietjeneste", her: String(her * 10 + 1)),
            caseOffice: Unit(name: "Tildelingskontoret", her: String(her * 10 + 2)))
    }
}
