import PLOCalendar
import PLOModel

/// A party as it stands in MsgHead `Sender`/`Receiver`: organisation and sub-unit.
public struct Address: Sendable, Equatable {
    /// Top-level organisation name.
    public var organisation: String
    /// Top-level HER-id (the stay key uses it).
    public var her: String
    /// Sub-unit (ward, nursing service, case office).
    public var unit: Unit

    /// Creates an address.
    public init(organisation: String, her: String, unit: Unit) {
        self.organisation = organisation
        self.her = her
        self.unit = unit
    }
}

/// A synthetic patient.
public struct Patient: Sendable, Equatable {
    /// Synthetic fødselsnummer (month + 80).
    public var fnr: String
    /// Family name.
    public var familyName: String
    /// Given name.
    public var givenName: String
    /// Date of birth.
    public var dateOfBirth: LocalDate
    /// `true` for male (odd third individual digit).
    public var isMale: Bool
    /// Street address.
    public var street: String
    /// Postal code.
    public var postalCode: String
    /// City.
    public var city: String
}

/// A health professional named in the content.
public struct Professional: Sendable, Equatable {
    /// `SP` sykepleier or `LE` lege (kodeverk 9060).
    public var kind: String
    /// Family name.
    public var familyName: String
    /// Given name.
    public var givenName: String
    /// HPR number.
    public var hpr: String
}

/// What a message says, beyond its envelope.
public enum MessageContent: Sendable, Equatable {
    /// Melding om innlagt pasient.
    case innlagt(admitted: LocalDateTime)
    /// Melding om utskrivningsklar pasient.
    case utskrivningsklar(admitted: LocalDateTime, readyDate: LocalDate)
    /// Avmelding av utskrivningsklar pasient; `readyDate` is nil when no utskrivningsklar was sent.
    case avmelding(admitted: LocalDateTime, readyDate: LocalDate?, date: LocalDate)
    /// Melding om utskrevet pasient; `died`: death in hospital (Uttilstand 2, HIS 1149 3.5).
    case utskrevet(date: LocalDate, died: Bool = false)
    /// Orientering om dødsfall.
    case dod(date: LocalDate)
    /// Helseopplysninger: `updated` selects TypeInnhold 2 (oppdaterte) over 1 (varsel om innlagt pasient).
    case helseopplysninger(admitted: LocalDateTime, updated: Bool, expectedReady: LocalDate?, note: String)
    /// Dialogmelding 1.1 (helsefaglig dialog): the municipality's answer to utskrivningsklar, or a supplement.
    case dialog(topic: String, note: String)
    /// Innleggelsesrapport from the nursing service.
    case innleggelsesrapport(note: String)
    /// Utskrivningsrapport (TverrfagligEpikrise, TypeInnhold 11).
    case utskrivningsrapport(admitted: LocalDateTime, discharged: LocalDateTime, note: String)
}

/// Everything needed to write one PLO message (MsgHead v1.2 + PLO 1.6 content).
public struct OutgoingMessage: Sendable {
    /// MsgInfo/Type/@V.
    public var type: MessageType
    /// MsgInfo/Type/@DN; normally `type.displayName` (a different one is an injected fault).
    public var displayName: String
    /// MsgInfo/MsgId.
    public var msgId: String
    /// Send time (GenDate), Europe/Oslo local.
    public var genDate: LocalDateTime
    /// Sender.
    public var sender: Address
    /// Receiver.
    public var receiver: Address
    /// The patient.
    public var patient: Patient
    /// The contact person / responsible professional at the sender.
    public var professional: Professional
    /// The content.
    public var content: MessageContent
    /// Forsendelsesstatus (kodeverk 7309): N for a new message, M for a correction.
    public var status: SendingStatus = .new
    /// For a correction: the MsgId it corrects (`MsgInfo/ConversationRef/RefToParent`).
    public var refToParent: String?
}

/// Forsendelsesstatus, kodeverk 7309 (HIS 80704 5.2.2), as far as the simulator sends it.
public enum SendingStatus: String, Sendable, Equatable {
    /// N, Ny.
    case new = "N"
    /// M, Endring: corrects the message named in RefToParent.
    case change = "M"
    /// A, Tillegg: adds to the message named in RefToParent (the municipality's supplement).
    case addition = "A"

    /// The code's display name.
    public var displayName: String {
        switch self {
        case .new: "Ny"
        case .change: "Endring"
        case .addition: "Tillegg"
        }
    }
}

/// Everything needed to write one AppRec 1.1 receipt.
public struct OutgoingAppRec: Sendable {
    /// AppRec/Id.
    public var id: String
    /// Send time, Europe/Oslo local.
    public var genDate: LocalDateTime
    /// The receipt's sender (the receiver of the original).
    public var sender: Address
    /// The receipt's receiver (the sender of the original).
    public var receiver: Address
    /// The type of the acknowledged message.
    public var originalType: MessageType
    /// The acknowledged message's MsgId.
    public var originalMsgId: String
    /// The acknowledged message's GenDate.
    public var originalDate: LocalDateTime
    /// 1 OK or 2 Avvist.
    public var status: ReceiptStatus = .ok
    /// For a rejection: its codes (kodeverk 8221).
    public var errors: [ReceiptError] = []
}
