import XMLCore

/// Hendelsekode (kodeverk 9121, Hendelseskode for logistikkopplysninger): the codes the PLO 1.6
/// texts define (HIS 1149 3.2–3.6, HIS 80704 13.2 and its change log).
public enum EventCode: String, Sendable, CaseIterable, Hashable {
    case innlagt = "1"
    case utskrevet = "2"
    case utskrivningsklar = "3"
    case avmelding = "4"
    case forventetUtskrivningsklar = "5"
    case dod = "13"

    /// The OID of kodeverk 9121.
    public static let system = "2.16.578.1.12.4.1.1.9121"

    /// The code's text in kodeverk 9121.
    public var displayName: String {
        switch self {
        case .innlagt: "Pasient innlagt"
        case .utskrevet: "Pasient utskrevet"
        case .utskrivningsklar: "Pasient utskrivningsklar"
        case .avmelding: "Avmelding av utskrivningsklar pasient"
        case .forventetUtskrivningsklar: "Forventet utskrivningsklar dato"
        case .dod: "Pasienten er død"
        }
    }
}

/// One `TidsfestetHendelse` (HIS 80704 13.2.7): event code, description, time and whether the
/// time is an estimate. Every field keeps its element for line and XPath.
public final class TimedEvent {
    /// The `TidsfestetHendelse` element.
    public let node: XMLNode
    /// `Hendelsekode` (kodeverk 9121).
    public let code: Located<CodedValue>?
    /// `BeskrivelseAvHendelse`.
    public let description: Located<String>?
    /// `TidspunktForHendelse/@V` as written; the node is `TidspunktForHendelse`.
    public let time: Located<String?>?
    /// `Anslag` as written (`true`: an estimate; `false`: final or already happened).
    public let estimate: Located<String>?

    /// Reads a `TidsfestetHendelse` element in one walk over its children.
    public init(_ node: XMLNode) {
        self.node = node
        var code: Located<CodedValue>?
        var description: Located<String>?
        var time: Located<String?>?
        var estimate: Located<String>?
        node.forEachChild { child in
            if code == nil, child.matches("Hendelsekode") {
                code = Located(CodedValue(child), node: child)
            } else if description == nil, child.matches("BeskrivelseAvHendelse") {
                description = Located(child.trimmedText, node: child)
            } else if time == nil, child.matches("TidspunktForHendelse") {
                time = Located(child.attribute("V"), node: child)
            } else if estimate == nil, child.matches("Anslag") {
                estimate = Located(child.trimmedText, node: child)
            }
        }
        self.code = code
        self.description = description
        self.time = time
        self.estimate = estimate
    }

    /// The event code, when it is one of kodeverk 9121's codes PLOKit knows.
    public var eventCode: EventCode? { code?.value.code.flatMap(EventCode.init(rawValue:)) }

    /// `Anslag` as a boolean (`true`/`1`, `false`/`0`), `nil` when absent or not a boolean.
    public var isEstimate: Bool? {
        switch estimate?.value {
        case "true", "1": true
        case "false", "0": false
        default: nil
        }
    }
}
