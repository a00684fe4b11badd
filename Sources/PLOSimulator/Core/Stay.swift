import PLOCalendar
import PLOModel

/// The state of one patient stay while it is open. Events in the queue hold a reference,
/// so a stay's memory is released once its last event has fired.
final class Stay {
    /// Sequence number, 1-based; rendered `S000001`.
    let number: Int
    let id: String
    let hospital: Address
    let nursing: Address
    let caseOffice: Address
    let patient: Patient
    let doctor: Professional
    let hospitalNurse: Professional
    let municipalNurse: Professional
    /// The fault injected into this stay, if any.
    let fault: FaultKind?

    /// Admission event time (TidspunktForHendelse of Hendelsekode 1).
    var admitted: SimTime = 0
    /// GenDate of LOG_INNLAGT: deadlines start here.
    var innlagtAt: SimTime = 0
    var innlagtFile = ""
    var innlagtMsgId = ""
    /// Send time of the first hospital Helseopplysninger (nil until sent).
    var hospitalInfoAt: SimTime?
    var firstHelseoppl: (msgId: String, file: String, time: SimTime)?
    /// Time and date of the active utskrivningsklar.
    var utskrivningsklarAt: SimTime?
    var readyDate: LocalDate?
    var utskrivningsklarCount = 0
    var hadAvmelding = false
    var avmeldingPlanned = false
    var closed = false
    /// The Innleggelsesrapport (N) once sent: what a supplement (A) refers to and a resend repeats.
    var report: (msgId: String, file: String, bytes: [UInt8])?
    /// An Innleggelsesrapport is scheduled or sent (a resent LOG_INNLAGT asks for none).
    var reportPlanned = false
    /// The hospital has rejected the Innleggelsesrapport once (appRec faults).
    var reportRejected = false
    /// The active utskrivningsklar (N): MsgId and file.
    var utskrivningsklar: (msgId: String, file: String)?
    /// LOG_UTSKREVET's file once sent.
    var utskrevetFile: String?
    /// The municipality's first AppRec for LOG_INNLAGT (appRecDuplicate).
    var innlagtReceiptFile: String?

    init(
        number: Int, hospital: Address, nursing: Address, caseOffice: Address, patient: Patient,
        doctor: Professional, hospitalNurse: Professional, municipalNurse: Professional, fault: FaultKind?
    ) {
        self.number = number
        var digits = String(number)
        if digits.count < 6 { digits = String(repeating: "0", count: 6 - digits.count) + digits }
        self.id = "S" + digits
        self.hospital = hospital
        self.nursing = nursing
        self.caseOffice = caseOffice
        self.patient = patient
        self.doctor = doctor
        self.hospitalNurse = hospitalNurse
        self.municipalNurse = municipalNurse
        self.fault = fault
    }
}

/// What happens next in a stay (scheduled on the event queue).
enum StayStep {
    case sendInnlagt
    case sendInnleggelsesrapport
    case sendSupplement
    case sendHelseopplysninger
    case sendDuplicateHelseopplysninger
    case ready
    case sendUpdatedHelseopplysninger
    case sendUtskrivningsklar(faulty: Bool)
    /// A correction (M) of the utskrivningsklar `target`; `faulty` when the target was never sent.
    case sendCorrection(target: String, faulty: Bool)
    case caseOfficeDecision
    case sendAvmelding
    case sendUtskrivningsrapport
    case sendUtskrevet
    case sendAfterUtskrevet
    case resendInnlagt
    /// The municipality sends its rejected Innleggelsesrapport again (`sameMsgId`: the same bytes).
    case resendInnleggelsesrapport(sameMsgId: Bool)
    case received(ReceivedMessage)
}

/// A delivered message, as the receiving actor sees it.
struct ReceivedMessage {
    let type: MessageType
    let status: SendingStatus
    let msgId: String
    let sentAt: SimTime
    let from: Address
    let to: Address
    /// The file it was written to (for predictions).
    var file: String = ""
}

/// Everything the queue can hold.
enum SimEvent {
    /// Admit the next patient.
    case arrival
    /// A step of an open stay.
    case stay(Stay, StayStep)
    /// Send a receipt.
    case appRec(Stay, ReceivedMessage, ReceiptPlan)
}

/// How a receiver acknowledges a message (normally `ok`; the AppRec faults vary it).
enum ReceiptPlan {
    case ok
    /// Status 2 with E35.
    case rejected
    /// Sender and receiver not swapped (the original's sender named as the AppRec's sender).
    case wrongParties
}
