import XMLCore

/// Every rule PLOKit knows, in the order `plo rules` lists them.
public enum RuleRegistry {
    /// The single-message profile rules.
    public static let messageRules: [any MessageRule] = [
        UnknownMessage(),
        TypeMismatch(),
        MsgIdUUID(),
        Status(),
        HerID(),
        PatientID(),
        EventRequired(),
        EventFinal(),
        EventTime(),
        EventDescribed(),
        EventDateOnly(),
        UtskrevetTil(),
        ResponsibleHCP(),
        CodeRule(),
        HelseopplysningerContentType(),
        AppRecStatus(),
        AppRecErrorCode(),
        AppRecOriginalMsgId(),
    ]

    /// The rules of the XML layer (documented here; enforced by XMLCore).
    public static let xmlRules: [RuleInfo] = [
        RuleInfo(
            id: CoreRule.wellFormed, severity: .error, kind: .xml,
            summary: "The file is well-formed XML (encoding declared and honoured, one root).", source: "XML 1.0",
            explanation:
                "The message must be a well-formed XML document: one root element, properly nested and closed tags, text in the declared encoding (UTF-8 unless the XML declaration says otherwise, e.g. ISO-8859-1).",
            passingExample: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><MsgHead xmlns=\"http://www.kith.no/xmlstds/msghead/2006-05-24\">…</MsgHead>",
            failingExample: "<MsgHead><MsgInfo></MsgHead>   (MsgInfo is never closed)"),
        RuleInfo(
            id: CoreRule.limit, severity: .error, kind: .xml,
            summary: "Input beyond the safety limits (size, depth, entity use, DTD) is refused, not processed.", source: "security",
            explanation:
                "PLOKit reads untrusted input. It refuses files over the size limit (32 MiB by default) without reading them, documents nested deeper than 256 levels, and any DOCTYPE declaration (which could expand entities or load files). The network is never used.",
            passingExample: "A PLO message without DOCTYPE, a few kilobytes large.",
            failingExample: "<!DOCTYPE x [<!ENTITY a SYSTEM \"file:///etc/passwd\">]><x>&a;</x>"),
        RuleInfo(
            id: CoreRule.xsd, severity: .error, kind: .xml,
            summary: "Valid against the schema set (bundled or --schemas), envelope and content together.", source: "HIS 80704",
            explanation:
                "MsgHead v1.2 and the PLO 1.6 content it carries are validated together against one compiled schema set: the project's own bundled schemas by default, or another set (e.g. the official e-helse folder) with --schemas.",
            passingExample: "<MsgInfo><Type V=\"LOG_INNLAGT\" DN=\"Melding om innlagt pasient\"/><MIGversion>v1.2 2006-05-24</MIGversion>…",
            failingExample: "<MsgInfo><MIGversion>v1.2 2006-05-24</MIGversion>…   (Type is missing)"),
    ]

    /// The flow rules (filled in by the flow checker).
    public static let flowRules: [RuleInfo] = FlowRules.infos

    /// The IDs of ``flowRules``.
    private static let flowRuleIDs = Set(flowRules.map(\.id))

    /// Whether `id` names a flow rule (a finding about a stay, not about one message).
    public static func isFlowRule(_ id: String) -> Bool { flowRuleIDs.contains(id) }

    /// Every rule: XML, message and flow rules.
    public static var all: [RuleInfo] {
        xmlRules + messageRules.map { type(of: $0).info } + flowRules
    }

    /// The rule with this ID, if any (case-insensitive).
    public static func rule(_ id: String) -> RuleInfo? {
        all.first { $0.id.caseInsensitiveCompare(id) }
    }
}

extension String {
    fileprivate func caseInsensitiveCompare(_ other: String) -> Bool { lowercased() == other.lowercased() }
}
