/// The message types PLOKit knows, by their MsgHead `MsgInfo/Type/@V` code (kodeverk 8279).
///
/// The raw value is the code as it stands in `MsgInfo/Type/@V`.
public enum MessageType: String, Sendable, CaseIterable, Codable, Hashable {
    // Pasientlogistikk (HIS 1149)
    case innlagt = "LOG_INNLAGT"
    case utskrivningsklar = "LOG_UTSKRIVNINGSKLAR"
    case avmelding = "LOG_AVMELDING"
    case utskrevet = "LOG_UTSKREVET"
    case dod = "LOG_DOD"
    // Other PLO 1.6 content messages
    case helseopplysninger = "HELSEOPPL_SOKNAD"
    case innleggelsesrapport = "INNLEGGELSESRAPPORT"
    case utskrivningsrapport = "UTSKRIVNINGSRAPPORT"
    case helseopplysningerLege = "HELSEOPPLYSNINGER_LEGE"
    case medisinskeOpplysninger = "MEDISINSKE_OPPLYSNINGER"
    case orienteringTjenestetilbud = "ORIENTERING_TJENESTETILBUD"
    // Receipts
    case appRec = "APPREC"
    // Dialogmelding 1.1: the municipality's answer to Melding om utskrivningsklar pasient (HNT 3.2 a)
    case dialogmelding = "DIALOG_HELSEFAGLIG"

    /// The display name (`@DN`) the code carries in kodeverk 8279.
    public var displayName: String {
        switch self {
        case .innlagt: "Melding om innlagt pasient"
        case .utskrivningsklar: "Melding om utskrivningsklar pasient"
        case .avmelding: "Avmelding av utskrivningsklar pasient"
        case .utskrevet: "Melding om utskrevet pasient"
        case .dod: "Orientering om dødsfall"
        case .helseopplysninger: "Helseopplysninger"
        case .innleggelsesrapport: "Innleggelsesrapport"
        case .utskrivningsrapport: "Utskrivningsrapport"
        case .helseopplysningerLege: "Helseopplysninger til lege"
        case .medisinskeOpplysninger: "Medisinske opplysninger"
        case .orienteringTjenestetilbud: "Orientering om tjenestetilbud"
        case .appRec: "Applikasjonskvittering"
        case .dialogmelding: "Helsefaglig dialog"
        }
    }
}

/// Content namespaces of PLO 1.6 and AppRec 1.1.
public enum PLONamespace {
    public static let msgHead = "http://www.kith.no/xmlstds/msghead/2006-05-24"
    public static let poKomponent = "http://www.kith.no/xmlstds/po/poKomponent/2012-04-01"
    public static let pasientlogistikk = "http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01"
    public static let helseopplysninger = "http://www.kith.no/xmlstds/po/HelseopplysningerVedSoknad/2012-04-01"
    public static let innleggelsesrapport = "http://www.kith.no/xmlstds/po/Innleggelsesrapport/2012-04-01"
    public static let tverrfagligEpikrise = "http://www.kith.no/xmlstds/po/TverrfagligEpikrise/2012-04-01"
    public static let helseopplysningerLege = "http://www.kith.no/xmlstds/po/HelseopplysningerTilLege/2012-04-01"
    public static let medisinskeOpplysninger = "http://www.kith.no/xmlstds/po/MedisinskeOpplysninger/2012-04-01"
    public static let orienteringTjenestetilbud = "http://www.kith.no/xmlstds/po/OrienteringOmTjenestetilbud/2012-04-01"
    public static let felleskomponent1 = "http://www.kith.no/xmlstds/felleskomponent1"
    public static let appRec = "http://www.kith.no/xmlstds/apprec/2012-02-15"
    /// Dialogmelding 1.1 (optional in a schema set).
    public static let dialogmelding = "http://www.kith.no/xmlstds/dialog/2013-01-23"

    /// The namespaces every schema set PLOKit validates against must have: the envelope, the
    /// seven PLO 1.6 content messages and AppRec 1.1.
    public static let required = [
        msgHead, pasientlogistikk, helseopplysninger, innleggelsesrapport, tverrfagligEpikrise,
        helseopplysningerLege, medisinskeOpplysninger, orienteringTjenestetilbud, appRec,
    ]
}
