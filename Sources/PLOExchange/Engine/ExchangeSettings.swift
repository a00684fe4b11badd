import PLOCalendar
import PLORules
import PLOSimulator

/// Which side the EPJ under test plays; `plo serve` plays the other.
public enum EPJRole: String, Sendable, CaseIterable, Codable {
    /// The EPJ is a hospital's; `plo serve` plays the municipalities.
    case hospital
    /// The EPJ is a municipality's; `plo serve` plays the hospitals and drives the stays.
    case municipality
}

/// What the exchange is set up with (`plo serve` options).
public struct ExchangeSettings: Sendable {
    public var role: EPJRole
    /// The counterpart's parties, timings and (for `--epj municipality`) the stays to drive.
    public var scenario: Scenario
    public var seed: UInt64
    /// The EPJ's own HER-ids (`--her`); for `--epj municipality` the first replaces the
    /// scenario's first municipality.
    public var epjHERs: [String]
    public var flowContext: FlowContext
    /// Where the virtual clock starts on a new journal (default: the earliest inbox GenDate, or
    /// the scenario's start).
    public var start: LocalDateTime?

    public init(
        role: EPJRole = .hospital, scenario: Scenario = Scenario(), seed: UInt64 = 1, epjHERs: [String] = [],
        flowContext: FlowContext = FlowContext(), start: LocalDateTime? = nil
    ) {
        self.role = role
        self.scenario = scenario
        self.seed = seed
        self.epjHERs = epjHERs
        self.flowContext = flowContext
        self.start = start
    }

    /// The scenario with `--her` applied (the EPJ municipality's HER-id).
    var effectiveScenario: Scenario {
        var s = scenario
        if role == .municipality, let her = epjHERs.first, !s.municipalities.isEmpty {
            s.municipalities[0].her = her
            s.municipalities = [s.municipalities[0]]
        }
        return s
    }

    /// Every HER-id the counterpart answers for: organisations and their units.
    var counterpartHERs: Set<String> {
        let s = effectiveScenario
        switch role {
        case .hospital:
            return Set(s.municipalities.flatMap { [$0.her, $0.nursing.her, $0.caseOffice.her] })
        case .municipality:
            return Set(s.hospitals.flatMap { [$0.her, $0.ward.her] })
        }
    }
}

/// A control fault: what the counterpart does to the next message(s) it receives.
public enum ExchangeFault: Sendable, Equatable, Codable {
    /// No AppRec at all.
    case noAppRec
    /// The AppRec 97 hours late (past HIS 80415's 96 h).
    case lateAppRec
    /// Reject with this code whatever the message.
    case reject(AppRecCode)
    /// Two AppRecs for one message.
    case duplicateAppRec
    /// No Innleggelsesrapport / Dialogmelding answer.
    case noAnswer

    /// Parses `no-apprec`, `late-apprec`, `reject:CODE`, `duplicate-apprec`, `no-answer`.
    public init?(text: String) {
        switch text {
        case "no-apprec": self = .noAppRec
        case "late-apprec": self = .lateAppRec
        case "duplicate-apprec": self = .duplicateAppRec
        case "no-answer": self = .noAnswer
        default:
            guard text.hasPrefix("reject:"), let code = AppRecCode(rawValue: String(text.dropFirst(7))) else { return nil }
            self = .reject(code)
        }
    }

    /// The text form.
    public var text: String {
        switch self {
        case .noAppRec: "no-apprec"
        case .lateAppRec: "late-apprec"
        case .reject(let code): "reject:\(code.rawValue)"
        case .duplicateAppRec: "duplicate-apprec"
        case .noAnswer: "no-answer"
        }
    }
}
