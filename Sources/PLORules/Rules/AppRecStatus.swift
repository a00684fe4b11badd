import PLOModel
import XMLCore

/// APPREC-STATUS: an application receipt's `Status/@V` is a code of kodeverk 8258 — 1 OK,
/// 2 Avvist, 3 OK, feil i delmelding (HIS 80415 6.2).
public struct AppRecStatus: MessageRule {
    public static let info = RuleInfo(
        id: "APPREC-STATUS", severity: .error, kind: .message,
        summary: "AppRec Status is 1 OK, 2 Avvist or 3 OK, feil i delmelding (kodeverk 8258).",
        source: "HIS 80415 4.3.1, 6.2",
        explanation: """
            The receipt's Status tells the sender what happened to its message: 1 OK (taken into the \
            receiving system), 2 Avvist (rejected), 3 OK, feil i delmelding (part messages failed; used for \
            behandlerkrav). Any other value leaves the sender unable to act.
            """,
        passingExample: "<Status V=\"1\" DN=\"OK\"/>",
        failingExample: "<Status V=\"0\" DN=\"Mottatt\"/>")

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let appRec = context.facts(message).appRec, let status = appRec.status else { return [] }
        let code = status.value.code ?? ""
        if CodeLists.appRecStatus[code] == nil {
            return [finding("AppRec Status V=\"\(code)\" is not in kodeverk 8258 (1 OK, 2 Avvist, 3 OK, feil i delmelding)", at: status.node)]
        }
        return []
    }
}
