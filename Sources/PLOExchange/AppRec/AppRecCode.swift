import PLOModel

/// The AppRec error codes `plo serve` rejects with (kodeverk 8221, HIS 80415 3.3.4 and 6.3).
public enum AppRecCode: String, Sendable, Codable, CaseIterable {
    /// Ikke XML / ikke 'well formed' / uleselig — also input refused by the safety limits.
    case t01 = "T01"
    /// XML validerer ikke.
    case t02 = "T02"
    /// Ugyldig meldingsidentifikator: MsgId is not a UUID.
    case e10 = "E10"
    /// Mottaker finnes ikke: the receiver is none of the counterpart's parties.
    case e21 = "E21"
    /// Pasientopplysninger er utilstrekkelig: no valid fødselsnummer, D-nummer or test identity.
    case e36 = "E36"

    /// The code's text in kodeverk 8221.
    public var displayName: String { AppRecCodes.errors[rawValue] ?? rawValue }
}

/// What the counterpart answers a received message with.
public enum AppRecVerdict: Sendable, Equatable {
    /// Status 1, OK.
    case ok
    /// Status 2, avvist, with the code and a short explanation (the `OT` attribute).
    case rejected(AppRecCode, detail: String)

    /// AppRec status (kodeverk 8220): 1 OK, 2 avvist.
    public var status: Int {
        switch self {
        case .ok: 1
        case .rejected: 2
        }
    }

    /// The rejection code, if any.
    public var code: AppRecCode? {
        switch self {
        case .ok: nil
        case .rejected(let code, _): code
        }
    }
}
