import PLOModel
import PLORules
import XMLCore

/// Decides the AppRec for one received message, in the order of `serve.md`: T01 (not well-formed
/// or refused by the safety limits), T02 (not schema-valid), E10 (MsgId not a UUID), E36 (patient
/// not identified: no valid fødselsnummer/D-nummer/test identity, or no name beside it — HIS 80415
/// 3.3.4 asks for name and number), E21 (receiver not one of the counterpart's parties); otherwise OK.
///
/// Profile findings (`PLO-…`) never reject: HIS 80415 makes content errors no ground for a
/// negative AppRec; they are reported instead.
public enum AppRecDecision {
    /// - Parameters:
    ///   - findings: the message's own findings (well-formedness, XSD, profile).
    ///   - facts: what could be read of the message; `nil` when it could not be parsed.
    ///   - counterpart: the counterpart's HER-ids (organisations and their units).
    public static func decide(findings: [Finding], facts: ReceivedFacts?, counterpart: Set<String>) -> AppRecVerdict {
        if let bad = findings.first(where: { $0.rule == CoreRule.wellFormed || $0.rule == CoreRule.limit }) {
            return .rejected(.t01, detail: bad.message)
        }
        guard let facts else { return .rejected(.t01, detail: "the message could not be read") }
        if let bad = findings.first(where: { $0.rule == CoreRule.xsd && $0.severity == .error }) {
            return .rejected(.t02, detail: bad.message)
        }
        guard let msgId = facts.msgId, isUUID(msgId) else {
            return .rejected(.e10, detail: "MsgId '\(facts.msgId ?? "")' is not a UUID")
        }
        if facts.type != MessageType.appRec.rawValue {
            switch facts.patientId.map(NationalIdentityNumber.check) {
            case .success: break
            case .failure, nil:
                return .rejected(.e36, detail: "no valid fødselsnummer, D-nummer or test identity: '\(facts.patientId ?? "")'")
            }
            // HIS 80415 3.3.4: identified means name *and* fødselsnummer (or D-nummer); a number alone is not enough.
            let named = [facts.patientFamilyName, facts.patientGivenName].contains { !($0 ?? "").isEmpty }
            guard named else { return .rejected(.e36, detail: "the patient has a number but no name (HIS 80415 3.3.4: name and fødselsnummer)") }
        }
        let receivers = [facts.receiver.her, facts.receiver.unitHer].compactMap { $0 }
        guard receivers.contains(where: counterpart.contains) else {
            return .rejected(.e21, detail: "receiver HER-id \(facts.receiver.her ?? "(none)") is none of the counterpart's parties")
        }
        return .ok
    }

    /// Whether `text` is a UUID: 8-4-4-4-12 hexadecimal digits (either case), no braces.
    public static func isUUID(_ text: String) -> Bool {
        MsgIdUUID.isUUID(text, braces: false)
    }
}
