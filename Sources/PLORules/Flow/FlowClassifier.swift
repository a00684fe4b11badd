import PLOCalendar
import PLOModel
import XMLCore

/// Decides whether a message belongs to a stay (and which side sent it), or why not.
struct FlowClassifier {
    /// HER-ids seen as the hospital of an unambiguous hospital ↔ municipality message.
    let hospitals: Set<String>

    static let hospitalToMunicipality: Set<MessageType> = [.innlagt, .utskrivningsklar, .avmelding, .utskrevet, .utskrivningsrapport]
    static let municipalityToHospital: Set<MessageType> = [.innleggelsesrapport]
    /// Sent by either side: the hospital is the party in ``hospitals`` (the sender when unclear).
    static let eitherWay: Set<MessageType> = [.helseopplysninger, .dod]
    static let gpMessages: Set<MessageType> = [.helseopplysningerLege, .medisinskeOpplysninger, .orienteringTjenestetilbud]

    init(_ messages: [FlowMessage]) {
        var hospitals = Set<String>()
        for message in messages {
            guard let type = message.type else { continue }
            if Self.hospitalToMunicipality.contains(type), let her = message.senderHerId { hospitals.insert(her) }
            if Self.municipalityToHospital.contains(type), let her = message.receiverHerId { hospitals.insert(her) }
        }
        self.hospitals = hospitals
    }

    /// The message as a stay item, or the reason it is unassigned.
    func classify(_ message: FlowMessage) -> Result<(item: FlowItem, key: StayKey), UnassignedReason> {
        guard let type = message.type else {
            return .failure(UnassignedReason("message type \(message.typeCode ?? "(missing)") is not one PLOKit knows"))
        }
        if type == .appRec { return .failure(UnassignedReason("AppRec receipt: acknowledges a message, not part of a stay")) }
        if Self.gpMessages.contains(type) {
            return .failure(UnassignedReason("\(type.rawValue) is exchanged between a municipality and a GP office, not part of a hospital stay"))
        }
        guard let patient = message.patientId else { return .failure(UnassignedReason("no patient identifier (MsgInfo/Patient/Ident/Id)")) }
        guard let sender = message.senderHerId else { return .failure(UnassignedReason("the sender has no HER-id")) }
        guard let receiver = message.receiverHerId else { return .failure(UnassignedReason("the receiver has no HER-id")) }
        guard let text = message.genDate, let time = LocalDateTime(iso: text) else {
            return .failure(UnassignedReason("GenDate \(message.genDate ?? "(missing)") is not a date-time"))
        }
        let side: FlowSide
        if Self.municipalityToHospital.contains(type) {
            side = .municipality
        } else if Self.eitherWay.contains(type), hospitals.contains(receiver), !hospitals.contains(sender) {
            side = .municipality
        } else {
            side = .hospital
        }
        let key =
            side == .hospital
            ? StayKey(patient: patient, hospital: sender, municipality: receiver)
            : StayKey(patient: patient, hospital: receiver, municipality: sender)
        return .success((FlowItem(message: message, type: type, time: time, instant: Oslo.instant(time), side: side), key))
    }
}

/// Why a message is unassigned.
struct UnassignedReason: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
