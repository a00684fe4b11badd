import PLOModel
import XMLCore

/// What a message says it is, for reports.
public struct MessageSummary: Sendable, Hashable {
    public var type: String?
    public var msgId: String?
    public var genDate: String?
    public var standard: String
    public var contentNamespace: String?

    public init(type: String?, msgId: String?, genDate: String?, standard: String, contentNamespace: String?) {
        self.type = type
        self.msgId = msgId
        self.genDate = genDate
        self.standard = standard
        self.contentNamespace = contentNamespace
    }

    public init(_ message: PLOMessage) {
        type = message.typeCode
        msgId = message.msgId
        genDate = message.genDate
        standard = message.standard.rawValue
        contentNamespace = message.contentNamespace
    }
}

/// The result of validating one input.
public struct FileResult: Sendable {
    public var file: String
    public var message: MessageSummary?
    public var findings: [Finding]

    public init(file: String, message: MessageSummary?, findings: [Finding]) {
        self.file = file
        self.message = message
        self.findings = findings
    }

    /// False exactly when there is at least one `error` finding.
    public var valid: Bool { !findings.contains { $0.severity == .error } }
}
