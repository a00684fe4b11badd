/// The code lists an AppRec 1.1 uses (HIS 80415 6.1–6.3), shared by the rules that check
/// receipts and the writers that make them.
public enum AppRecCodes {
    /// Kodeverk 8258, Status for mottak av melding: 1 OK, 2 Avvist (3 is for multi-part
    /// billing messages only, not PLO).
    public static let statuses: [String: String] = ["1": "OK", "2": "Avvist", "3": "OK, feil i delmelding"]

    /// The OID of kodeverk 8221, Feilmeldinger for applikasjonskvittering – Generelle.
    public static let errorSystem = "2.16.578.1.12.4.1.1.8221"

    /// Kodeverk 8221 (HIS 80415 6.3): code → display name.
    public static let errors: [String: String] = [
        "T01": "Ikke XML / ikke 'well formed' / uleselig", "T02": "XML validerer ikke", "T10": "Støtter ikke meldingsformatet",
        "T99": "Annen feil på format", "S01": "Feil på signatur", "S02": "Ugyldig sertifikat", "S03": "Tilbaketrukket sertifikat",
        "S99": "Annen feil på signatur eller sertifikat", "E10": "Ugyldig meldingsidentifikator", "E20": "Lege finnes ikke",
        "E21": "Mottaker finnes ikke", "E30": "Pasientens fødselsnummer mangler", "E31": "Pasientens fødselsnummer er feil",
        "E32": "Pasientens navn mangler", "E35": "Pasienten finnes ikke i mottakersystemet", "E36": "Pasientopplysninger er utilstrekkelig",
        "E53": "Pasientens fødselsnummer eller D-nummer finnes ikke registrert i Folkeregisteret",
        "E54": "Pasientens fødselsnummer er ikke registrert i mottagersystemet", "X99": "Annen feil",
    ]
}
