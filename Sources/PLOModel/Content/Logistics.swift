import XMLCore

/// The five Pasientlogistikk messages (HIS 1149 3.2–3.6), by the element under
/// `Pasientlogistikk` that carries them.
public enum LogisticsKind: String, Sendable, CaseIterable, Hashable {
    case innlagt = "MeldingInnlagtPasient"
    case utskrivningsklar = "MeldingUtskrivningsklarPasient"
    case avmelding = "AvmeldingUtskrivningsklarPasient"
    case utskrevet = "MeldingOmUtskrevetPasient"
    case dod = "OrienteringOmDod"

    /// The element's local name.
    public var elementName: String { rawValue }

    /// The `MsgInfo/Type` code that names this message.
    public var messageType: MessageType {
        switch self {
        case .innlagt: .innlagt
        case .utskrivningsklar: .utskrivningsklar
        case .avmelding: .avmelding
        case .utskrevet: .utskrevet
        case .dod: .dod
        }
    }

    /// The kind a message type names, if it is a Pasientlogistikk type.
    public init?(_ type: MessageType) {
        guard let kind = Self.allCases.first(where: { $0.messageType == type }) else { return nil }
        self = kind
    }

    /// The HIS 1149 section that specifies the message.
    public var section: String {
        switch self {
        case .innlagt: "3.2"
        case .utskrivningsklar: "3.3"
        case .avmelding: "3.4"
        case .utskrevet: "3.5"
        case .dod: "3.6"
        }
    }
}

/// `UtskrevetTil` (HIS 80704 13.2.8): where the patient is discharged to.
public final class DischargeDestination {
    /// The `UtskrevetTil` element.
    public let node: XMLNode
    /// `Uttilstand` (kodeverk 8431).
    public let condition: Located<CodedValue>?
    /// `UtTil` (kodeverk 8408 Sted).
    public let destination: Located<CodedValue>?

    /// Reads an `UtskrevetTil` element.
    public init(_ node: XMLNode) {
        self.node = node
        condition = node.child("Uttilstand").map { Located(CodedValue($0), node: $0) }
        destination = node.child("UtTil").map { Located(CodedValue($0), node: $0) }
    }

    /// The OID of kodeverk 8408 Sted.
    public static let placeSystem = "2.16.578.1.12.4.1.1.8408"
    /// The OID of kodeverk 8431 Uttilstand.
    public static let conditionSystem = "2.16.578.1.12.4.1.1.8431"
}

/// The logistics part of a Pasientlogistikk message: the event element, its events and, for
/// Melding om utskrevet pasient, the discharge destination.
public final class LogisticsContent {
    /// The `p1:Melding…`/`p1:OrienteringOmDod` element.
    public let node: XMLNode
    /// Which message the element carries, when PLOKit knows the element.
    public let kind: LogisticsKind?
    /// The `TidsfestetHendelse` children, in document order.
    public let events: [TimedEvent]
    /// `UtskrevetTil`, when present.
    public let dischargedTo: DischargeDestination?

    /// Reads the event element in one walk over its children.
    public init(_ node: XMLNode) {
        self.node = node
        kind = LogisticsKind.allCases.first { node.matches($0.elementName) }
        var events: [TimedEvent] = []
        var dischargedTo: DischargeDestination?
        node.forEachChild { child in
            if child.matches("TidsfestetHendelse") {
                events.append(TimedEvent(child))
            } else if dischargedTo == nil, child.matches("UtskrevetTil") {
                dischargedTo = DischargeDestination(child)
            }
        }
        self.events = events
        self.dischargedTo = dischargedTo
    }

    /// The events carrying `code`.
    public func events(_ code: EventCode) -> [TimedEvent] {
        events.filter { $0.code?.value.code == code.rawValue }
    }
}
