import PLOModel
import XMLCore

/// PLO-UNKNOWN-MESSAGE: the message is one PLOKit knows — MsgHead v1.2 carrying PLO 1.6 content
/// or an AppRec 1.1 receipt, a standalone AppRec 1.1, or a Dialogmelding 1.1 — and its
/// `MsgInfo/Type` names a message type PLOKit knows.
///
/// Anything else is reported with what it looks like (PLO 1.5, PLO 1.31, PLO 2.0, AppRec 1.0,
/// Dialogmelding 1.0, an older MsgHead, or an unknown namespace), so the user knows which
/// standard and version the file follows. The other profile rules say nothing about such files.
public struct UnknownMessage: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-UNKNOWN-MESSAGE", severity: .error, kind: .message,
        summary: "MsgHead/MsgInfo/Type and content namespace name a message PLOKit knows (PLO 1.6, AppRec 1.1, Dialogmelding 1.1).",
        source: "HIS 80704; HIS 1149 3.1",
        explanation: """
            PLOKit checks PLO 1.6 messages (MsgHead v1.2 with content in a PLO 1.6 namespace, \
            e.g. http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01) and AppRec 1.1 receipts. \
            A file in another standard or version (PLO 1.5 …/2009-06-30, PLO 1.31 …/2007-10-16, PLO 2.0 \
            http://ehelse.no/xmlstds/po/…, AppRec 1.0 …/apprec/2004-11-21, Dialogmelding 1.0), a MsgHead \
            without content, or a MsgInfo/Type code PLOKit does not know is reported, naming what it looks like. \
            Dialogmelding 1.1 is recognised and accepted, but its content is not checked.
            """,
        passingExample: """
            <Type V="LOG_INNLAGT" DN="Melding om innlagt pasient"/> …
            <Content><p1:Pasientlogistikk xmlns:p1="http://www.kith.no/xmlstds/po/Pasientlogistikk/2012-04-01">…
            """,
        failingExample: """
            <Content><p1:Pasientlogistikk xmlns:p1="http://www.kith.no/xmlstds/po/Pasientlogistikk/2009-06-30">…
            (PLO 1.5: PLOKit checks PLO 1.6)
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let root = message.document.root else { return [finding("the document has no root element")] }
        let standard = message.standard
        if message.envelope == nil {
            // A bare AppRec or something else entirely.
            switch standard {
            case .appRec11: return []
            case .unknown:
                if root.matches("MsgHead") {
                    let namespace = root.namespaceURI ?? "no namespace"
                    return [
                        finding(
                            "MsgHead in namespace \(namespace) is not MsgHead v1.2 (\(PLONamespace.msgHead)); PLOKit reads MsgHead v1.2", at: root)
                    ]
                }
                return [finding("root element \(describe(root)) is not a message PLOKit knows (expected MsgHead v1.2 or AppRec 1.1)", at: root)]
            default:
                return [finding("this looks like \(standard.rawValue) (\(describe(root))); PLOKit checks PLO 1.6 and AppRec 1.1", at: root)]
            }
        }
        guard let content = message.content else {
            let place = root.child("Document") ?? root
            return [finding("MsgHead carries no content (Document/RefDoc/Content is missing or empty)", at: place)]
        }
        switch standard {
        case .plo16, .appRec11, .dialogmelding11:
            break
        case .unknown:
            return [finding("content \(describe(content)) is in no namespace PLOKit knows (PLO 1.6, AppRec 1.1, Dialogmelding 1.1)", at: content)]
        default:
            return [finding("this looks like \(standard.rawValue) (content \(describe(content))); PLOKit checks PLO 1.6 and AppRec 1.1", at: content)]
        }
        guard standard != .dialogmelding11 else { return [] }
        guard let typeNode = message.envelope?.typeNode else {
            return [finding("MsgInfo/Type is missing: the message type cannot be told", at: root.child("MsgInfo") ?? root)]
        }
        if message.type == nil {
            let code = typeNode.attribute("V") ?? ""
            return [
                finding(
                    "MsgInfo/Type V=\"\(code)\" is not a message type PLOKit knows (kodeverk 8279: LOG_INNLAGT, HELSEOPPL_SOKNAD, APPREC …)",
                    at: typeNode)
            ]
        }
        return []
    }

    private func describe(_ node: XMLNode) -> String {
        if let namespace = node.namespaceURI { return "{\(namespace)}\(node.localName)" }
        return node.localName
    }
}
