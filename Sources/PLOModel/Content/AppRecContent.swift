import XMLCore

/// An application receipt (AppRec 1.1, HIS 80415): status, errors and the message it answers.
public struct AppRecContent {
    /// The `AppRec` element.
    public let node: XMLNode
    /// `MsgType` (always `APPREC`).
    public let msgType: Located<CodedValue>?
    /// `GenDate`.
    public let genDate: Located<String>?
    /// `Id`: the receipt's own identifier.
    public let id: Located<String>?
    /// `Status` (kodeverk 8258: 1 OK, 2 Avvist, 3 OK, feil i delmelding).
    public let status: Located<CodedValue>?
    /// The `Error` elements (kodeverk 8221 or message-specific lists).
    public let errors: [Located<CodedValue>]
    /// `OriginalMsgId`: the message this receipt answers.
    public let original: OriginalMessage?

    /// `OriginalMsgId`.
    public struct OriginalMessage {
        public let node: XMLNode
        public let msgType: Located<CodedValue>?
        public let issueDate: Located<String>?
        public let id: Located<String>?
    }

    /// Reads an `AppRec` element in one walk over its children.
    public init(_ node: XMLNode) {
        self.node = node
        var msgType: Located<CodedValue>?
        var genDate: Located<String>?
        var id: Located<String>?
        var status: Located<CodedValue>?
        var errors: [Located<CodedValue>] = []
        var original: OriginalMessage?
        for child in node.children {
            if child.matches("MsgType") {
                msgType = Located(CodedValue(child), node: child)
            } else if child.matches("GenDate") {
                genDate = Located(child.trimmedText, node: child)
            } else if child.matches("Id") {
                id = Located(child.trimmedText, node: child)
            } else if child.matches("Status") {
                status = Located(CodedValue(child), node: child)
            } else if child.matches("Error") {
                errors.append(Located(CodedValue(child), node: child))
            } else if child.matches("OriginalMsgId") {
                original = OriginalMessage(
                    node: child,
                    msgType: child.child("MsgType").map { Located(CodedValue($0), node: $0) },
                    issueDate: child.child("IssueDate").map { Located($0.trimmedText, node: $0) },
                    id: child.child("Id").map { Located($0.trimmedText, node: $0) })
            }
        }
        self.msgType = msgType
        self.genDate = genDate
        self.id = id
        self.status = status
        self.errors = errors
        self.original = original
    }
}

extension PLOMessage {
    /// The AppRec 1.1 receipt, whether it is the root or the content of a MsgHead.
    public var appRec: AppRecContent? {
        guard let content, content.matches("AppRec", namespace: PLONamespace.appRec) else { return nil }
        return AppRecContent(content)
    }
}
