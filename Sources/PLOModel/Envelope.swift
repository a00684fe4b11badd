import XMLCore

/// The MsgHead v1.2 envelope: `MsgInfo` read into typed fields that keep their source elements.
public struct Envelope {
    /// The `MsgHead` element.
    public let node: XMLNode
    /// `MsgInfo/Type` (`V` is the message type code, kodeverk 8279).
    public let type: Located<CodedValue>?
    public let migVersion: Located<String>?
    public let genDate: Located<String>?
    public let msgId: Located<String>?
    /// `MsgInfo/ConversationRef/RefToParent`: the MsgId a correction or cancellation refers to.
    public let refToParent: Located<String>?
    public let refToConversation: Located<String>?
    public let sender: Party?
    public let receiver: Party?
    public let patient: Patient?

    /// Reads the envelope of a `MsgHead` element.
    public init(msgHead: XMLNode) {
        node = msgHead
        let info = msgHead.child("MsgInfo")
        func text(_ name: String) -> Located<String>? {
            info?.child(name).map { Located($0.trimmedText, node: $0) }
        }
        type = info?.child("Type").map { Located(CodedValue($0), node: $0) }
        migVersion = text("MIGversion")
        genDate = text("GenDate")
        msgId = text("MsgId")
        let conversation = info?.child("ConversationRef")
        refToParent = conversation?.child("RefToParent").map { Located($0.trimmedText, node: $0) }
        refToConversation = conversation?.child("RefToConversation").map { Located($0.trimmedText, node: $0) }
        sender = info?.child("Sender").flatMap(Party.init)
        receiver = info?.child("Receiver").flatMap(Party.init)
        patient = info?.child("Patient").map(Patient.init)
    }
}
