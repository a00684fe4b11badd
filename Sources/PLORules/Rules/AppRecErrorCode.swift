import PLOModel
import XMLCore

/// APPREC-ERROR-CODE: an application receipt's errors match its status and use a code list —
/// Avvist (2) and OK, feil i delmelding (3) carry at least one `Error`, OK (1) carries none, every
/// `Error` names its code list in `S` and has a code `V`, and codes of kodeverk 8221 are in that list.
public struct AppRecErrorCode: MessageRule {
    public static let info = RuleInfo(
        id: "APPREC-ERROR-CODE", severity: .error, kind: .message,
        summary: "AppRec errors match the status (2/3 need an Error, 1 has none) and use a code list (8221 or a message-specific list).",
        source: "HIS 80415 3.2, 4.3.1, 6.1.1, 6.3",
        explanation: """
            "Ved 'Avvist' skal det følge med en eller flere feilmeldinger" and "Hvis 'OK' skal det ikke sendes \
            noen feilmeldinger" (HIS 80415 4.3.1). Each Error is a CV: its S names the code list by OID \
            (normally 2.16.578.1.12.4.1.1.8221, or a message-specific list such as 8222) and V is a code of \
            that list; for 8221 the codes are T01, T02, T10, T99, S01–S03, S99, E10, E20, E21, E30–E32, E35, \
            E36, E53, E54 and X99. OT may add local text.
            """,
        passingExample: """
            <Status V="2" DN="Avvist"/><Error V="E21" DN="Mottaker finnes ikke" S="2.16.578.1.12.4.1.1.8221"/>
            """,
        failingExample: """
            <Status V="2" DN="Avvist"/>   (no Error)
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let appRec = context.facts(message).appRec, let status = appRec.status else { return [] }
        var findings: [Finding] = []
        switch status.value.code {
        case "2", "3":
            if appRec.errors.isEmpty {
                let name = CodeLists.appRecStatus[status.value.code ?? ""] ?? ""
                findings.append(finding("AppRec with Status \(status.value.code ?? "") (\(name)) must carry at least one Error", at: status.node))
            }
        case "1":
            if let first = appRec.errors.first {
                findings.append(finding("AppRec with Status 1 (OK) must not carry Error elements", at: first.node))
            }
        default:
            break
        }
        for error in appRec.errors {
            let code = error.value.code ?? ""
            guard let system = error.value.system, !system.isEmpty else {
                findings.append(
                    finding("Error V=\"\(code)\" names no code list: S must hold its OID, e.g. \(CodeLists.appRecErrorSystem)", at: error.node))
                continue
            }
            if code.isEmpty {
                findings.append(finding("Error has no code V", at: error.node))
            } else if system == CodeLists.appRecErrorSystem, CodeLists.appRecErrors[code] == nil {
                findings.append(finding("Error V=\"\(code)\" is not in kodeverk 8221 (T01 … X99)", at: error.node))
            }
        }
        return findings
    }
}
