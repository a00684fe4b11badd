import XMLCore

/// The MsgHead v1.2 envelope: `MsgInfo` read into typed fields that keep their source elements.
///
/// `MsgInfo`'s children are located in one walk when the envelope is read; values (texts,
/// codes) are read from them when asked for. A class, so that handing the envelope around
/// (every rule asks the message for it) shares one set of cursors instead of copying them.
public final class Envelope {
    /// The `MsgHead` element.
    public let node: XMLNode
    /// The `MsgInfo` element, when present.
    public let info: XMLNode?

    /// The `MsgInfo/Type` element.
    public let typeNode: XMLNode?
    private let migVersionNode: XMLNode?
    private let genDateNode: XMLNode?
    private let msgIdNode: XMLNode?
    private let conversationRefNode: XMLNode?
    private let senderNode: XMLNode?
    private let receiverNode: XMLNode?
    private let patientNode: XMLNode?

    /// Reads the envelope of a `MsgHead` element.
    public init(msgHead: XMLNode) {
        node = msgHead
        let info = msgHead.child("MsgInfo")
        self.info = info
        var type: XMLNode?
        var migVersion: XMLNode?
        var genDate: XMLNode?
        var msgId: XMLNode?
        var conversationRef: XMLNode?
        var sender: XMLNode?
        var receiver: XMLNode?
        var patient: XMLNode?
        info?.forEachChild { child in
            // The first of each name counts, as `child(_:)` would find it.
            if type == nil, child.matches("Type") {
                type = child
            } else if migVersion == nil, child.matches("MIGversion") {
                migVersion = child
            } else if genDate == nil, child.matches("GenDate") {
                genDate = child
            } else if msgId == nil, child.matches("MsgId") {
                msgId = child
            } else if conversationRef == nil, child.matches("ConversationRef") {
                conversationRef = child
            } else if sender == nil, child.matches("Sender") {
                sender = child
            } else if receiver == nil, child.matches("Receiver") {
                receiver = child
            } else if patient == nil, child.matches("Patient") {
                patient = child
            }
        }
        typeNode = type
        migVersionNode = migVersion
        genDateNode = genDate
        msgIdNode = msgId
        conversationRefNode = conversationRef
        senderNode = sender
        receiverNode = receiver
        patientNode = patient
    }

    private static func text(_ node: XMLNode?) -> Located<String>? {
        node.map { Located($0.trimmedText, node: $0) }
    }

    /// `MsgInfo/Type` (`V` is the message type code, kodeverk 8279).
    public var type: Located<CodedValue>? { typeNode.map { Located(CodedValue($0), node: $0) } }
    /// `MsgInfo/Type/@V`, read without the display name and code system.
    public var typeCode: String? { typeNode?.attribute("V") }
    public var migVersion: Located<String>? { Self.text(migVersionNode) }
    public var genDate: Located<String>? { Self.text(genDateNode) }
    public var msgId: Located<String>? { Self.text(msgIdNode) }
    /// `MsgInfo/ConversationRef/RefToParent`: the MsgId a correction or cancellation refers to.
    public var refToParent: Located<String>? { Self.text(conversationRefNode?.child("RefToParent")) }
    public var refToConversation: Located<String>? { Self.text(conversationRefNode?.child("RefToConversation")) }
    public var sender: Party? { senderNode.flatMap(Party.init) }
    public var receiver: Party? { receiverNode.flatMap(Party.init) }
    public var patient: Patient? { patientNode.map(Patient.init) }
}
