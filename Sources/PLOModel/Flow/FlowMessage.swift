import XMLCore

/// What the flow checker needs to know about one message: a small `Sendable` value taken from a
/// ``PLOMessage`` while its document is alive, so the document can be freed right away.
///
/// Times stay as written (`genDate`); `PLORules` parses them (PLOModel does not depend on the
/// calendar).
public struct FlowMessage: Sendable, Hashable {
    /// Forsendelsesstatus (kodeverk 7309).
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Ny: a new message.
        case new = "N"
        /// Endring: replaces the message named in `RefToParent`.
        case change = "M"
        /// Tillegg: adds to earlier information.
        case addition = "A"
        /// Kansellering: withdraws the message named in `RefToParent`.
        case cancel = "C"
    }

    /// One `TidsfestetHendelse`: event code (kodeverk 9121) and time as written.
    public struct Event: Sendable, Hashable {
        public var code: String
        public var time: String?

        public init(code: String, time: String?) {
            self.code = code
            self.time = time
        }
    }

    /// The file (or `-`) the message was read from.
    public var file: String
    /// `MsgInfo/Type/@V` as written.
    public var typeCode: String?
    /// Forsendelsesstatus as written (`V`), if any.
    public var statusCode: String?
    public var msgId: String?
    /// `MsgInfo/ConversationRef/RefToParent`.
    public var refToParent: String?
    /// `MsgInfo/GenDate` as written: the message's time.
    public var genDate: String?
    /// HER-id of the top-level sender organisation.
    public var senderHerId: String?
    /// HER-id of the top-level receiver organisation.
    public var receiverHerId: String?
    /// `MsgInfo/Patient/Ident/Id`.
    public var patientId: String?
    /// FNV-1a 64 of the file's bytes: equal hashes with one MsgId mean a resend.
    public var contentHash: UInt64
    /// Timed events of Pasientlogistikk content (admission, discharge …) and of
    /// Helseopplysninger's `OpplysningOpphold` (the admission a varsel names).
    public var events: [Event]
    /// `MsgInfo/ConversationRef/RefToConversation`.
    public var refToConversation: String?
    /// `TypeInnholdIMelding/TypeInnhold/@V` (Helseopplysninger: 1 varsel, 2 oppdaterte; kodeverk 9140).
    public var contentType: String?
    /// `UtskrevetTil/Uttilstand/@V` of Melding om utskrevet pasient (kodeverk 8431: 1 levende, 2 død).
    public var dischargeCondition: String?
    /// For an AppRec: `OriginalMsgId/Id`, the message it acknowledges.
    public var originalMsgId: String?
    /// For an AppRec: `Status/@V` (1 OK, 2 Avvist).
    public var receiptStatus: String?
    /// For an AppRec: the `Error/@V` codes.
    public var receiptErrors: [String] = []
    /// The sender organisation's name (`OrganisationName`, else its sub-unit's), for reports
    /// (not read for an AppRec: receipts are drawn on the stay of the message they acknowledge).
    public var senderName: String?
    /// The receiver organisation's name (`OrganisationName`, else its sub-unit's), for reports.
    public var receiverName: String?

    public init(
        file: String, typeCode: String?, statusCode: String?, msgId: String?, refToParent: String? = nil,
        genDate: String?, senderHerId: String?, receiverHerId: String?, patientId: String?,
        contentHash: UInt64 = 0, events: [Event] = [], refToConversation: String? = nil, contentType: String? = nil,
        dischargeCondition: String? = nil, originalMsgId: String? = nil, receiptStatus: String? = nil, receiptErrors: [String] = [],
        senderName: String? = nil, receiverName: String? = nil
    ) {
        self.file = file
        self.typeCode = typeCode
        self.statusCode = statusCode
        self.msgId = msgId
        self.refToParent = refToParent
        self.genDate = genDate
        self.senderHerId = senderHerId
        self.receiverHerId = receiverHerId
        self.patientId = patientId
        self.contentHash = contentHash
        self.events = events
        self.refToConversation = refToConversation
        self.contentType = contentType
        self.dischargeCondition = dischargeCondition
        self.originalMsgId = originalMsgId
        self.receiptStatus = receiptStatus
        self.receiptErrors = receiptErrors
        self.senderName = senderName
        self.receiverName = receiverName
    }

    /// Takes the flow facts from `message`.
    public init(_ message: PLOMessage, file: String, contentHash: UInt64) {
        if let appRec = message.appRec {
            // An AppRec: its parties are AppRec's Sender/Receiver HCP/Inst (HIS 80415).
            self.init(
                file: file, typeCode: MessageType.appRec.rawValue, statusCode: nil, msgId: Self.nonEmpty(appRec.id?.value),
                genDate: appRec.genDate?.value, senderHerId: Self.institution(appRec.node.child("Sender")),
                receiverHerId: Self.institution(appRec.node.child("Receiver")), patientId: nil, contentHash: contentHash,
                originalMsgId: Self.nonEmpty(appRec.original?.id?.value), receiptStatus: appRec.status?.value.code,
                receiptErrors: appRec.errors.compactMap(\.value.code))
            return
        }
        let envelope = message.envelope
        let logistics = message.logistics
        var events =
            logistics?.events.compactMap { event in
                event.code?.value.code.map { Event(code: $0, time: event.time?.value) }
            } ?? []
        if message.type == .helseopplysninger, let content = message.content {
            content.forEachChild { child in
                guard child.matches("OpplysningOpphold") else { return }
                child.forEachChild { node in
                    guard node.matches("TidsfestetHendelse") else { return }
                    let event = TimedEvent(node)
                    if let code = event.code?.value.code { events.append(Event(code: code, time: event.time?.value)) }
                }
            }
        }
        self.init(
            file: file, typeCode: message.typeCode, statusCode: message.forsendelsesstatus?.value.code,
            msgId: message.msgId, refToParent: Self.nonEmpty(envelope?.refToParent?.value), genDate: message.genDate,
            senderHerId: Self.nonEmpty(envelope?.sender?.herId), receiverHerId: Self.nonEmpty(envelope?.receiver?.herId),
            patientId: Self.nonEmpty(envelope?.patient?.id), contentHash: contentHash, events: events,
            refToConversation: Self.nonEmpty(envelope?.refToConversation?.value), contentType: message.contentType?.value.code,
            dischargeCondition: logistics?.dischargedTo?.condition?.value.code,
            senderName: Self.name(envelope?.sender), receiverName: Self.name(envelope?.receiver))
    }

    /// An organisation's name, else its sub-unit's name.
    private static func name(_ party: Party?) -> String? {
        guard let party else { return nil }
        return nonEmpty(party.name) ?? nonEmpty(party.unit?.name)
    }

    /// `HCP/Inst/Id` under an AppRec `Sender` or `Receiver`.
    private static func institution(_ holder: XMLNode?) -> String? {
        nonEmpty(holder?.child("HCP")?.child("Inst")?.child("Id")?.trimmedText)
    }

    /// The time of the first event with `code` (kodeverk 9121), as written.
    public func eventTime(_ code: String) -> String? {
        events.first { $0.code == code }?.time
    }

    /// The message type, when PLOKit knows the code.
    public var type: MessageType? { typeCode.flatMap(MessageType.init(rawValue:)) }

    /// The status; an absent or unknown code counts as `N` (PLO-STATUS reports it).
    public var status: Status { statusCode.flatMap(Status.init(rawValue:)) ?? .new }

    private static func nonEmpty(_ value: String?) -> String? {
        guard let value, !value.isEmpty else { return nil }
        return value
    }
}

extension FlowMessage {
    /// An empty message: what a checker leaves in an input slot it has taken the message from,
    /// so the message's strings are freed as soon as its stay is done.
    public static let released = FlowMessage(
        file: "", typeCode: nil, statusCode: nil, msgId: nil, genDate: nil, senderHerId: nil, receiverHerId: nil, patientId: nil)
}
