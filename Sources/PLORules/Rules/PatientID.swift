import PLOModel
import XMLCore

/// PLO-PATIENT-ID: the patient's identifier (`MsgInfo/Patient/Ident` with `TypeId` FNR or DNR)
/// is a well-formed fødselsnummer or D-nummer: 11 digits, a calendar day and month, and both
/// mod-11 check digits right.
///
/// Test numbers — month + 65 (the health sector's test persons in NHN Persontjenesten), month + 40
/// (H-number style, NAV) and month + 80 (Skatteetaten's synthetic numbers, Tenor), each also as
/// D-nummer — are accepted when their check digits are right, and reported with severity `info` so that
/// test traffic is visible. Other identifier types (HNR, FHN, DUF …) are not checked.
public struct PatientID: MessageRule {
    public static let info = RuleInfo(
        id: "PLO-PATIENT-ID", severity: .error, kind: .message,
        summary:
            "The patient's fødselsnummer or D-nummer is well-formed with correct mod-11 check digits (test identities, month + 65/+40/+80: info).",
        source: "HIS 80704 (Pasient); HIS 80415 3.3.2 (E31)",
        explanation: """
            MsgInfo/Patient/Ident with TypeId V="FNR" or "DNR" must hold 11 digits: day (D-nummer: day + 40), \
            month, year, individual number and two check digits computed modulo 11 (weights 3 7 6 1 8 9 4 5 2, \
            then 5 4 3 2 7 6 5 4 3 2). A receiver cannot match a wrong number to a patient and may reject the \
            message (AppRec E31). Test identities are accepted and reported as info: month + 65 (the health \
            sector's test persons, NHN Persontjenesten — what EPJ teams meet in NHN's test environment), \
            month + 40 (NAV) and month + 80 (Skatteetaten/Tenor), each also as D-nummer (day + 40).
            """,
        passingExample: """
            <Ident><Id>31123999935</Id><TypeId V="FNR" DN="Fødselsnummer" S="2.16.578.1.12.4.1.1.8116"/></Ident>   (an invented number: born 31 Dec 2039)
            """,
        failingExample: """
            <Ident><Id>31123999936</Id><TypeId V="FNR" DN="Fødselsnummer" S="2.16.578.1.12.4.1.1.8116"/></Ident>   (second check digit wrong)
            """)

    public init() {}

    public func check(_ message: PLOMessage, in context: RuleContext) -> [Finding] {
        guard let ident = message.envelope?.patient?.ident, let idNode = ident.idNode else { return [] }
        let typeCode: String
        if ident.typeCode(is: "FNR") {
            typeCode = "FNR"
        } else if ident.typeCode(is: "DNR") {
            typeCode = "DNR"
        } else {
            return []
        }
        let id = Located(idNode.trimmedText, node: idNode)
        let value = id.value
        switch NationalIdentityNumber.check(value) {
        case .failure(.notElevenDigits):
            return [finding("patient identifier \"\(value)\" (\(typeCode)) is not 11 digits", at: id.node)]
        case .failure(.noDate):
            return [finding("patient identifier \"\(value)\" (\(typeCode)) does not start with a valid day and month", at: id.node)]
        case .failure(.checkDigits):
            return [finding("patient identifier \"\(value)\" (\(typeCode)) has wrong mod-11 check digits", at: id.node)]
        case .success(let number):
            if let synthetic = number.synthetic {
                // Every message of test traffic carries one: the text is built in one buffer.
                var text = "patient identifier \""
                text.reserveCapacity(140)
                text += value
                text += "\" is a synthetic test "
                text += number.kind.rawValue
                text += " ("
                text += synthetic.rawValue
                text += "); accepted, check digits are right"
                return [finding(text, at: id.node, severity: .info)]
            }
            return []
        }
    }
}
