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
    /// Timed events of Pasientlogistikk content (admission, discharge …).
    public var events: [Event]

    public init(
        file: String, typeCode: String?, statusCode: String?, msgId: String?, refToParent: String? = nil,
        genDate: String?, senderHerId: String?, receiverHerId: String?, patientId: String?,
        contentHash: UInt64 = 0, events: [Event] = []
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
    }

    /// Takes the flow facts from `message`.
    public init(_ message: PLOMessage, file: String, contentHash: UInt64) {
        let envelope = message.envelope
        self.init(
            file: file, typeCode: message.typeCode, statusCode: message.forsendelsesstatus?.value.code,
            msgId: message.msgId, refToParent: Self.nonEmpty(envelope?.refToParent?.value), genDate: message.genDate,
            senderHerId: Self.nonEmpty(envelope?.sender?.herId), receiverHerId: Self.nonEmpty(envelope?.receiver?.herId),
            patientId: Self.nonEmpty(envelope?.patient?.id), contentHash: contentHash,
            events: message.logistics?.events.compactMap { event in
                event.code?.value.code.map { Event(code: $0, time: event.time?.value) }
            } ?? [])
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
