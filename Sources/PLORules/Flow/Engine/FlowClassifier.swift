import PLOCalendar
import PLOModel
import XMLCore

/// Decides whether a message belongs to a stay (and which side sent it), or why not.
///
/// Whether a message is assigned at all (``facts(_:)``) does not depend on the other messages;
/// its side does, through ``hospitals``, which is gathered in a first pass over every message
/// (``noteHospital(_:in:)``).
struct FlowClassifier {
    /// HER-ids seen as the hospital of an unambiguous hospital ↔ municipality message.
    let hospitals: Set<String>

    static let hospitalToMunicipality: Set<MessageType> = [.innlagt, .utskrivningsklar, .avmelding, .utskrevet, .utskrivningsrapport]
    static let municipalityToHospital: Set<MessageType> = [.innleggelsesrapport]
    /// Sent by either side: the hospital is the party in ``hospitals`` (the sender when unclear).
    /// Helseopplysninger go hospital → municipality only (HIS 1144 §1); one a municipality sends
    /// anyway still lands in its stay, on the municipality's side, where no rule counts it (it is
    /// neither the hospital's information nor a supplement), and it never makes its sender a hospital.
    static let eitherWay: Set<MessageType> = [.helseopplysninger, .dialogmelding]
    /// Municipality ↔ GP traffic; LOG_DOD goes between the nursing service and the GP (HIS 1149 3.6).
    static let gpMessages: Set<MessageType> = [.helseopplysningerLege, .medisinskeOpplysninger, .orienteringTjenestetilbud, .dod]

    /// What an assigned message has, whatever the other messages say.
    struct Facts {
        var type: MessageType
        var time: LocalDateTime
        var instant: Int64
        var patient: String
        var sender: String
        var receiver: String

        /// The stay key's hash class: patient and the unordered pair of HER-ids, so it is known
        /// before the side is (both orientations of one pair share it).
        var bucket: UInt64 { FlowClassifier.bucket(patient: patient, sender, receiver) }
    }

    init(hospitals: Set<String>) {
        self.hospitals = hospitals
    }

    init(_ messages: [FlowMessage]) {
        var hospitals = Set<String>()
        for message in messages { Self.noteHospital(message, in: &hospitals) }
        self.hospitals = hospitals
    }

    /// Adds the hospital HER-id `message` reveals, if any (read or not, assigned or not).
    static func noteHospital(_ message: FlowMessage, in hospitals: inout Set<String>) {
        guard let type = message.type else { return }
        if hospitalToMunicipality.contains(type), let her = message.senderHerId, !hospitals.contains(her) { hospitals.insert(her) }
        if municipalityToHospital.contains(type), let her = message.receiverHerId, !hospitals.contains(her) { hospitals.insert(her) }
    }

    /// The hash class of a stay key (see ``Facts/bucket``).
    static func bucket(patient: String, _ a: String, _ b: String) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(patient)
        hasher.combine(min(a, b))
        hasher.combine(max(a, b))
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// The hash of a MsgId, for counting repeats without keeping the MsgIds.
    static func msgIdHash(_ msgId: String) -> UInt64 {
        var hasher = Hasher()
        hasher.combine(msgId)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// The facts of an assignable message, or the reason it is unassigned.
    static func facts(_ message: FlowMessage) -> Result<Facts, UnassignedReason> {
        guard let type = message.type else {
            return .failure(UnassignedReason("message type \(message.typeCode ?? "(missing)") is not one PLOKit knows"))
        }
        if type == .appRec {
            // A receipt joins the stay of the message it acknowledges (HIS 80415), found by OriginalMsgId.
            guard message.originalMsgId != nil else {
                return .failure(UnassignedReason("AppRec without OriginalMsgId/Id: the message it acknowledges cannot be told"))
            }
            guard let text = message.genDate, let time = LocalDateTime(iso: text) else {
                return .failure(UnassignedReason("GenDate \(message.genDate ?? "(missing)") is not a date-time"))
            }
            return .success(
                Facts(
                    type: type, time: time, instant: Oslo.instant(time), patient: "", sender: message.senderHerId ?? "",
                    receiver: message.receiverHerId ?? ""))
        }
        if type == .dod {
            return .failure(
                UnassignedReason(
                    "LOG_DOD (Orientering om dødsfall) goes between the municipal nursing service and the GP (HIS 1149 3.6), not part of a hospital stay; death in hospital is LOG_UTSKREVET with Uttilstand 2"
                ))
        }
        if Self.gpMessages.contains(type) {
            return .failure(UnassignedReason("\(type.rawValue) is exchanged between a municipality and a GP office, not part of a hospital stay"))
        }
        guard let patient = message.patientId else { return .failure(UnassignedReason("no patient identifier (MsgInfo/Patient/Ident/Id)")) }
        guard let sender = message.senderHerId else { return .failure(UnassignedReason("the sender has no HER-id")) }
        guard let receiver = message.receiverHerId else { return .failure(UnassignedReason("the receiver has no HER-id")) }
        guard let text = message.genDate, let time = LocalDateTime(iso: text) else {
            return .failure(UnassignedReason("GenDate \(message.genDate ?? "(missing)") is not a date-time"))
        }
        return .success(Facts(type: type, time: time, instant: Oslo.instant(time), patient: patient, sender: sender, receiver: receiver))
    }

    /// Whether `message` may open a stay: LOG_INNLAGT (N), or the hospital's Helseopplysninger
    /// varsel (TypeInnhold 1, N) for a patient new to municipal services (HIS 1144 §1, HIS 1149 3.2).
    static func opensStay(_ item: FlowItem) -> Bool {
        guard item.status == .new, item.side == .hospital else { return false }
        return item.type == .innlagt || (item.type == .helseopplysninger && item.message.contentType == "1")
    }

    /// The message as a stay item, or the reason it is unassigned.
    func classify(_ message: FlowMessage) -> Result<(item: FlowItem, key: StayKey), UnassignedReason> {
        switch Self.facts(message) {
        case .failure(let reason): return .failure(reason)
        case .success(let facts): return .success(classify(message, facts))
        }
    }

    /// The stay item and key of an assignable message.
    func classify(_ message: FlowMessage, _ facts: Facts) -> (item: FlowItem, key: StayKey) {
        let type = facts.type
        let side: FlowSide
        if Self.municipalityToHospital.contains(type) {
            side = .municipality
        } else if Self.eitherWay.contains(type), hospitals.contains(facts.receiver), !hospitals.contains(facts.sender) {
            side = .municipality
        } else {
            side = .hospital
        }
        let key =
            side == .hospital
            ? StayKey(patient: facts.patient, hospital: facts.sender, municipality: facts.receiver)
            : StayKey(patient: facts.patient, hospital: facts.receiver, municipality: facts.sender)
        return (FlowItem(message: message, type: type, time: facts.time, instant: facts.instant, side: side), key)
    }
}

/// Why a message is unassigned.
struct UnassignedReason: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
