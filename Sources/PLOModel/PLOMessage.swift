import XMLCore

/// One message read from a parsed document: envelope, recognised standard and content root.
///
/// Holds cursors into the document (no second parse); lives as long as the rules look at it.
public struct PLOMessage {
    public let document: XMLDocument
    /// The envelope, when the root is `MsgHead`.
    public let envelope: Envelope?
    /// The first element under `Document/RefDoc/Content` (for AppRec, the root itself).
    public let content: XMLNode?
    /// The standard recognised from the content's namespace.
    public let standard: Standard
    /// The message type, when `MsgInfo/Type/@V` names one PLOKit knows.
    public let type: MessageType?

    /// Reads the message in `document`.
    public init(document: XMLDocument) {
        self.document = document
        guard let root = document.root else {
            envelope = nil
            content = nil
            standard = .unknown
            type = nil
            return
        }
        if root.matches("MsgHead", namespace: PLONamespace.msgHead) {
            let envelope = Envelope(msgHead: root)
            self.envelope = envelope
            let content = root.child("Document")?.child("RefDoc")?.child("Content")?.children.first
            self.content = content
            standard = Standard(namespace: content?.namespaceURI)
            type = envelope.typeCode.flatMap(MessageType.init(rawValue:))
        } else if root.matches("AppRec") {
            envelope = nil
            content = root
            standard = Standard(namespace: root.namespaceURI)
            type = .appRec
        } else {
            envelope = nil
            content = root
            standard = Standard(namespace: root.namespaceURI)
            type = nil
        }
    }

    /// The content's namespace URI.
    public var contentNamespace: String? { content?.namespaceURI }

    /// `MsgId` (for AppRec, its `Id`).
    public var msgId: String? {
        if let envelope { return envelope.msgId?.value }
        return content?.child("Id")?.trimmedText
    }

    /// `GenDate` as written.
    public var genDate: String? {
        if let envelope { return envelope.genDate?.value }
        return content?.child("GenDate")?.trimmedText
    }

    /// The message type code as written (`MsgInfo/Type/@V`, or AppRec's `MsgType/@V`).
    public var typeCode: String? {
        if let envelope { return envelope.typeCode }
        return content?.child("MsgType")?.attribute("V")
    }

    /// The Pasientlogistikk/other content's `InformasjonOmForsendelsen/Forsendelsesstatus`.
    public var forsendelsesstatus: Located<CodedValue>? {
        guard let status = content?.child("InformasjonOmForsendelsen")?.child("Forsendelsesstatus") else { return nil }
        return Located(CodedValue(status), node: status)
    }
}
