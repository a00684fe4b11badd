import PLOCalendar
import PLOModel

// Public initializers, so that a live counterpart (`plo serve`) can write the simulator's
// messages for parties and patients it learns from the messages it receives.

extension Patient {
    /// Creates a patient (labels differ from the synthesized memberwise initializer's).
    public init(
        identityNumber fnr: String, familyName: String, givenName: String, born dateOfBirth: LocalDate, isMale: Bool,
        street: String, postalCode: String, city: String
    ) {
        self.fnr = fnr
        self.familyName = familyName
        self.givenName = givenName
        self.dateOfBirth = dateOfBirth
        self.isMale = isMale
        self.street = street
        self.postalCode = postalCode
        self.city = city
    }
}

extension Professional {
    /// Creates a health professional (`kind`: `SP` sykepleier or `LE` lege, kodeverk 9060).
    public init(hpr: String, kind: String, familyName: String, givenName: String) {
        self.kind = kind
        self.familyName = familyName
        self.givenName = givenName
        self.hpr = hpr
    }
}

extension OutgoingMessage {
    /// Creates a message to write; `displayName` defaults to the type's.
    public init(
        type: MessageType, displayName: String? = nil, msgId: String, genDate: LocalDateTime, sender: Address,
        receiver: Address, patient: Patient, professional: Professional, content: MessageContent,
        status: SendingStatus = .new, refToParent: String? = nil
    ) {
        self.type = type
        self.displayName = displayName ?? type.displayName
        self.msgId = msgId
        self.genDate = genDate
        self.sender = sender
        self.receiver = receiver
        self.patient = patient
        self.professional = professional
        self.content = content
        self.status = status
        self.refToParent = refToParent
    }
}
