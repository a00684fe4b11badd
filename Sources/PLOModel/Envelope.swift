import XMLCore

/// The MsgHead v1.2 envelope: `MsgInfo` read into typed fields that keep their source elements.
///
/// Fields are read when asked for, straight from the document, so a check that needs two of them
/// pays for two.
public struct Envelope {
    /// The `MsgHead` element.
    public let node: XMLNode
    /// The `MsgInfo` element, when present.
    public let info: XMLNode?

    /// Reads the envelope of a `MsgHead` element.
    public init(msgHead: XMLNode) {
        node = msgHead
        info = msgHead.child("MsgInfo")
    }

    private func text(_ name: String) -> Located<String>? {
        info?.child(name).map { Located($0.trimmedText, node: $0) }
    }

    /// `MsgInfo/Type` (`V` is the message type code, kodeverk 8279).
    public var type: Located<CodedValue>? { info?.child("Type").map { Located(CodedValue($0), node: $0) } }
    public var migVersion: Located<String>? { text("MIGversion") }
    public var genDate: Located<String>? { text("GenDate") }
    public var msgId: Located<String>? { text("MsgId") }
    /// `MsgInfo/ConversationRef/RefToParent`: the MsgId a correction or cancellation refers to.
    public var refToParent: Located<String>? {
        info?.child("ConversationRef")?.child("RefToParent").map { Located($0.trimmedText, node: $0) }
    }
    public var refToConversation: Located<String>? {
        info?.child("ConversationRef")?.child("RefToConversation").map { Located($0.trimmedText, node: $0) }
    }
    public var sender: Party? { info?.child("Sender").flatMap(Party.init) }
    public var receiver: Party? { info?.child("Receiver").flatMap(Party.init) }
    public var patient: Patient? { info?.child("Patient").map(Patient.init) }
}
