import PLOModel
import PLOSimulator
import XMLCore

/// A party as a message names it: organisation and sub-unit, with their HER-ids.
public struct PartyFacts: Sendable, Codable, Equatable {
    public var name: String?
    public var her: String?
    public var unitName: String?
    public var unitHer: String?

    public init(name: String? = nil, her: String? = nil, unitName: String? = nil, unitHer: String? = nil) {
        self.name = name
        self.her = her
        self.unitName = unitName
        self.unitHer = unitHer
    }
}

/// What the exchange keeps of one received message: enough to answer it (AppRec, the
/// counterpart's reaction) once its document is gone.
public struct ReceivedFacts: Sendable, Codable, Equatable {
    /// MsgInfo/Type/@V (AppRec: `APPREC`).
    public var type: String?
    public var msgId: String?
    public var genDate: String?
    /// Forsendelsesstatus (kodeverk 7309), as written.
    public var status: String?
    public var refToParent: String?
    public var refToConversation: String?
    public var sender: PartyFacts
    public var receiver: PartyFacts
    public var patientId: String?
    public var patientFamilyName: String?
    public var patientGivenName: String?
    /// For an AppRec: the MsgId it acknowledges, and its status and first error code.
    public var acknowledges: String?
    public var appRecStatus: String?

    public init(
        type: String? = nil, msgId: String? = nil, genDate: String? = nil, status: String? = nil, refToParent: String? = nil,
        sender: PartyFacts = PartyFacts(), receiver: PartyFacts = PartyFacts(), patientId: String? = nil,
        patientFamilyName: String? = nil, patientGivenName: String? = nil, acknowledges: String? = nil, appRecStatus: String? = nil
    ) {
        self.type = type
        self.msgId = msgId
        self.genDate = genDate
        self.status = status
        self.refToParent = refToParent
        self.sender = sender
        self.receiver = receiver
        self.patientId = patientId
        self.patientFamilyName = patientFamilyName
        self.patientGivenName = patientGivenName
        self.acknowledges = acknowledges
        self.appRecStatus = appRecStatus
    }

    /// Takes the facts from a parsed message (MsgHead or AppRec).
    public init(_ message: PLOMessage) {
        self.init()
        type = message.typeCode
        msgId = message.msgId
        genDate = message.genDate
        if let envelope = message.envelope {
            status = message.forsendelsesstatus?.value.code
            refToParent = envelope.refToParent?.value
            refToConversation = envelope.refToConversation?.value
            sender = Self.party(envelope.sender)
            receiver = Self.party(envelope.receiver)
            let patient = envelope.patient
            patientId = patient?.id
            patientFamilyName = patient?.familyName
            patientGivenName = patient?.givenName
        } else if let rec = message.appRec {
            type = MessageType.appRec.rawValue
            acknowledges = rec.original?.id?.value
            appRecStatus = rec.status?.value.code
            sender = Self.appRecParty(rec.node.child("Sender"))
            receiver = Self.appRecParty(rec.node.child("Receiver"))
        }
    }

    /// The message as the simulator's reply writers take it (AppRec, Dialogmelding answer),
    /// addressed back from `receiver` (the counterpart party as it should sign).
    func replied(receiver: PartyFacts) -> RepliedMessage {
        let type = self.type ?? "UKJENT"
        var patient: ReplyPatient?
        if let id = patientId, !id.isEmpty {
            patient = ReplyPatient(familyName: patientFamilyName, givenName: patientGivenName, id: id)
        }
        return RepliedMessage(
            typeCode: type, typeDisplayName: MessageType(rawValue: type)?.displayName ?? type, msgId: msgId ?? "",
            genDate: genDate ?? "", sender: Self.reply(sender), receiver: Self.reply(receiver), patient: patient,
            conversation: refToConversation)
    }

    private static func reply(_ p: PartyFacts) -> ReplyParty {
        ReplyParty(name: p.name ?? "Ukjent", her: p.her ?? "0", unitName: p.unitHer == nil ? nil : (p.unitName ?? "Ukjent"), unitHer: p.unitHer)
    }

    private static func party(_ party: Party?) -> PartyFacts {
        guard let party else { return PartyFacts() }
        return PartyFacts(name: party.name, her: party.herId, unitName: party.unit?.name, unitHer: party.unitHerId)
    }

    private static func appRecParty(_ node: XMLNode?) -> PartyFacts {
        guard let inst = node?.child("HCP")?.child("Inst") else { return PartyFacts() }
        let dept = inst.child("Dept")
        return PartyFacts(
            name: inst.child("Name")?.trimmedText, her: inst.child("Id")?.trimmedText,
            unitName: dept?.child("Name")?.trimmedText, unitHer: dept?.child("Id")?.trimmedText)
    }
}
