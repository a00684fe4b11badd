import PLOModel

/// A party as a reply names it: organisation and, where known, its sub-unit.
public struct ReplyParty: Sendable, Equatable {
    /// Organisation name.
    public var name: String
    /// Top-level HER-id.
    public var her: String
    /// Sub-unit (ward, nursing service, case office) name, if known.
    public var unitName: String?
    /// Sub-unit HER-id, if known.
    public var unitHer: String?

    /// Creates a party.
    public init(name: String, her: String, unitName: String? = nil, unitHer: String? = nil) {
        self.name = name
        self.her = her
        self.unitName = unitName
        self.unitHer = unitHer
    }

    /// The party of a simulator address.
    public init(_ address: Address) {
        self.init(name: address.organisation, her: address.her, unitName: address.unit.name, unitHer: address.unit.her)
    }

    /// The party named in a MsgHead `Sender`/`Receiver`; nil without a HER-id.
    public init?(_ party: PLOModel.Party) {
        guard let her = party.herId, !her.isEmpty else { return nil }
        let unit = party.unit
        let unitHer = party.unitHerId
        self.init(name: party.name ?? "", her: her, unitName: unit?.name, unitHer: unitHer?.isEmpty == false ? unitHer : nil)
    }
}

/// The patient as a reply names it in MsgHead `Patient`.
public struct ReplyPatient: Sendable, Equatable {
    public var familyName: String?
    public var givenName: String?
    /// The identifier (fødselsnummer, D-nummer …).
    public var id: String
    /// `TypeId/@V` (kodeverk 8116), e.g. FNR or DNR.
    public var idType: String
    /// `TypeId/@DN`.
    public var idTypeName: String

    /// Creates a patient.
    public init(familyName: String?, givenName: String?, id: String, idType: String = "FNR", idTypeName: String = "Fødselsnummer") {
        self.familyName = familyName
        self.givenName = givenName
        self.id = id
        self.idType = idType
        self.idTypeName = idTypeName
    }
}

/// The message a reply answers (an AppRec, or the municipality's Dialogmelding answer to
/// Melding om utskrivningsklar pasient): what the reply echoes and whom it goes back to.
public struct RepliedMessage: Sendable, Equatable {
    /// `MsgInfo/Type/@V` of the original (echoed in AppRec `OriginalMsgId/MsgType`).
    public var typeCode: String
    /// `MsgInfo/Type/@DN` of the original.
    public var typeDisplayName: String
    /// The original's MsgId.
    public var msgId: String
    /// The original's GenDate exactly as written (echoed in `OriginalMsgId/IssueDate`).
    public var genDate: String
    /// The original's sender: the reply's receiver.
    public var sender: ReplyParty
    /// The original's receiver: the reply's sender.
    public var receiver: ReplyParty
    /// The patient, if the original names one.
    public var patient: ReplyPatient?
    /// The original's `ConversationRef/RefToConversation`, if it continues a conversation.
    public var conversation: String?

    /// Creates the description of an original message.
    public init(
        typeCode: String, typeDisplayName: String, msgId: String, genDate: String, sender: ReplyParty,
        receiver: ReplyParty, patient: ReplyPatient? = nil, conversation: String? = nil
    ) {
        self.typeCode = typeCode
        self.typeDisplayName = typeDisplayName
        self.msgId = msgId
        self.genDate = genDate
        self.sender = sender
        self.receiver = receiver
        self.patient = patient
        self.conversation = conversation
    }

    /// Reads a received MsgHead message; nil when it lacks a type, MsgId, GenDate, or a sender or
    /// receiver with a HER-id (then there is nothing to answer to).
    public init?(_ message: PLOMessage) {
        guard let envelope = message.envelope, let type = envelope.typeCode, !type.isEmpty,
            let msgId = envelope.msgId?.value, !msgId.isEmpty, let genDate = envelope.genDate?.value, !genDate.isEmpty,
            let sender = envelope.sender.flatMap(ReplyParty.init), let receiver = envelope.receiver.flatMap(ReplyParty.init)
        else { return nil }
        var patient: ReplyPatient?
        if let p = envelope.patient, let id = p.id, !id.isEmpty {
            let typeId = p.ident?.type?.value
            patient = ReplyPatient(
                familyName: p.familyName, givenName: p.givenName, id: id, idType: typeId?.code ?? "FNR",
                idTypeName: typeId?.displayName ?? "Fødselsnummer")
        }
        let displayName = envelope.type?.value.displayName ?? MessageType(rawValue: type)?.displayName ?? type
        self.init(
            typeCode: type, typeDisplayName: displayName, msgId: msgId, genDate: genDate, sender: sender, receiver: receiver,
            patient: patient, conversation: envelope.refToConversation?.value)
    }
}

/// AppRec status (kodeverk 8258) as PLO uses it (HIS 80415 4.3.1).
public enum ReceiptStatus: String, Sendable, Equatable {
    /// 1 OK.
    case ok = "1"
    /// 2 Avvist: the message was rejected; at least one error code goes with it.
    case rejected = "2"

    /// The code's display name.
    public var displayName: String { self == .ok ? "OK" : "Avvist" }
}

/// One `Error` of a rejecting AppRec: a code of kodeverk 8221 and an optional local text (`OT`).
public struct ReceiptError: Sendable, Equatable {
    /// The code, e.g. E35.
    public var code: String
    /// The display name (kodeverk 8221's text for the code).
    public var displayName: String
    /// Local explanation (`OT`), if any.
    public var text: String?

    /// An error with a kodeverk 8221 code; the display name is the list's, or the code itself
    /// when the list does not hold it.
    public init(_ code: String, text: String? = nil) {
        self.code = code
        displayName = AppRecCodes.errors[code] ?? code
        self.text = text
    }
}
