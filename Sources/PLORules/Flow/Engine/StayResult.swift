import PLOCalendar
import PLOModel
import XMLCore

/// One message of a checked stay, as reports show it.
public struct StayMessage: Sendable, Hashable {
    public var file: String
    public var type: MessageType
    public var msgId: String
    public var time: LocalDateTime
    public var status: FlowMessage.Status
    /// Who sent it.
    public var side: FlowSide
    /// Identical copies (same MsgId, same bytes), counted once.
    public var resends: [String]
    /// AppRecs acknowledging it, in the order they were sent (HIS 80415).
    public var receipts: [FlowReceipt]
    /// Helseopplysninger's TypeInnhold (1 varsel, 2 oppdaterte), if any.
    public var contentType: String?
    /// Whether it is the municipality's answer to Melding om utskrivningsklar pasient (HNT 3.2 a).
    public var isAnswer: Bool
    /// Whether it is a Melding om utskrevet pasient reporting death in hospital (Uttilstand 2).
    public var isDeath: Bool

    init(_ item: FlowItem, isAnswer: Bool = false) {
        file = item.file
        type = item.type
        msgId = item.msgId
        time = item.time
        status = item.status
        side = item.side
        resends = item.resends
        receipts = item.receipts
        contentType = item.message.contentType
        self.isAnswer = isAnswer
        isDeath = FlowStay.isDeath(item)
    }
}

/// A checked stay: what it holds and what was found. Released to the caller as soon as the
/// stay is complete, so the checker keeps only open stays.
public struct StayResult: Sendable {
    public var id: String
    public var key: StayKey
    public var messages: [StayMessage]
    public var findings: [Finding]
    /// The admission itself (TidspunktForHendelse of Hendelsekode 1 in LOG_INNLAGT or the varsel,
    /// else that message's GenDate), if the stay has one: the 24 h deadlines run from here.
    public var admission: LocalDateTime?
    /// When the municipality was informed (GenDate of LOG_INNLAGT): the 4 h deadline runs from here.
    public var informed: LocalDateTime?
    /// Whether a LOG_UTSKREVET or LOG_DOD ended it.
    public var closed: Bool
    /// The hospital's name: the first `OrganisationName` given for `key.hospital`, if any.
    public var hospitalName: String?
    /// The municipality's name: the first `OrganisationName` given for `key.municipality`, if any.
    public var municipalityName: String?

    public init(
        id: String, key: StayKey, messages: [StayMessage], findings: [Finding], admission: LocalDateTime?, informed: LocalDateTime? = nil,
        closed: Bool, hospitalName: String? = nil, municipalityName: String? = nil
    ) {
        self.id = id
        self.key = key
        self.messages = messages
        self.findings = findings
        self.admission = admission
        self.informed = informed
        self.closed = closed
        self.hospitalName = hospitalName
        self.municipalityName = municipalityName
    }
}

/// A message that belongs to no stay, and why; in reports, with its own findings.
public struct UnassignedMessage: Sendable, Hashable {
    public var file: String
    public var reason: String
    /// The message's own findings (from `plo validate`), each about ``file``.
    public var findings: [Finding]

    public init(file: String, reason: String, findings: [Finding] = []) {
        self.file = file
        self.reason = reason
        self.findings = findings
    }
}

/// What a flow check saw besides the stays it handed out.
public struct FlowOutcome: Sendable {
    /// Distinct messages (identical resends counted once), assigned or not.
    public var messages = 0
    public var stays = 0
    /// The most stays held in memory at once (open, or complete but waiting for a repeated
    /// MsgId's last occurrence): what the checker's memory grows with.
    public var maxOpenStays = 0
    public var unassigned: [UnassignedMessage] = []
    /// Findings that could not be attached to a stay (duplicates among unassigned messages).
    public var findings: [Finding] = []

    public init() {}
}
