import PLOModel

/// Code lists the rules check against, as far as the PLO 1.6 and AppRec 1.1 texts establish them.
enum CodeLists {
    /// Kodeverk 7309 as HIS 80704 5.2.2 lists it for `Forsendelsesstatus`.
    static let forsendelsesstatus: [String: String] = ["N": "Ny", "M": "Endring", "A": "Tillegg", "C": "Kansellering"]

    /// Kodeverk 8258, Status for mottak av melding (HIS 80415 6.2).
    static let appRecStatus: [String: String] = ["1": "OK", "2": "Avvist", "3": "OK, feil i delmelding"]

    /// Kodeverk 8221, Feilmeldinger for applikasjonskvittering – Generelle (HIS 80415 6.3).
    static let appRecErrors: [String: String] = AppRecCodes.errors

    /// The OID prefix of the code lists the Directorate assigns (HIS 80415 6.1.1).
    static let oidPrefix = "2.16.578.1.12.4.1.1."
    /// Kodeverk 8221.
    static let appRecErrorSystem = AppRecCodes.errorSystem
    /// Kodeverk 9140, Type innhold i meldingen Helseopplysninger: 1 Varsel om innlagt pasient,
    /// 2 Oppdaterte opplysninger (HIS 1144 4.3).
    static let helseopplysningerContentSystem = oidPrefix + "9140"
    static let helseopplysningerContent: [String: String] = ["1": "Varsel om innlagt pasient", "2": "Oppdaterte opplysninger"]
    /// Kodeverk 9139, Type innhold i meldingen Utskrivningsrapport (HIS 1148 4.3).
    static let utskrivningsrapportContentSystem = oidPrefix + "9139"
    /// Kodeverk 9138, Type innhold i meldingen Medisinske opplysninger.
    static let medisinskeOpplysningerContentSystem = oidPrefix + "9138"
}
