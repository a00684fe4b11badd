import PLORules
import XMLCore

/// The counts a report ends (text) or starts (JSON, JUnit, HTML) with, gathered item by item by
/// ``ReportWriter``: inputs and valid ones for `plo validate`; stays and unassigned messages for
/// `plo flow`, with the messages read (given at the end) and the optional statistics.
public struct ReportSummary: Sendable {
    /// `plo validate`: inputs, and inputs without an error finding.
    public internal(set) var files = 0
    public internal(set) var valid = 0
    /// `plo flow`: distinct messages read (identical resends counted once).
    public internal(set) var messages = 0
    public internal(set) var stays = 0
    public internal(set) var unassigned = 0
    public internal(set) var errors = 0
    public internal(set) var warnings = 0
    /// Info findings (counted, printed in text only with `--verbose`).
    public internal(set) var infos = 0
    /// `plo flow --stats`: gathered stay by stay.
    public internal(set) var stats: FlowStats?

    public init() {}

    /// `plo validate`: inputs with an error finding.
    public var invalid: Int { files - valid }

    /// 1 when any finding of `failOn` or worse exists (`--fail-on warning`: warnings too), else 0.
    public func exitCode(failOn: Severity = .error) -> Int32 {
        switch failOn {
        case .error: errors > 0 ? 1 : 0
        case .warning: errors + warnings > 0 ? 1 : 0
        case .info: errors + warnings + infos > 0 ? 1 : 0
        }
    }

    mutating func add(_ result: FileResult) {
        files += 1
        if count(result.findings) == 0 { valid += 1 }
    }

    mutating func add(_ stay: StayResult) {
        stays += 1
        stats?.add(stay)
        count(stay.findings)
    }

    mutating func add(_ entry: UnassignedMessage) {
        unassigned += 1
        count(entry.findings)
    }

    /// Counts `findings` by severity; returns the errors among them.
    @discardableResult
    private mutating func count(_ findings: [Finding]) -> Int {
        var found = 0
        for finding in findings {
            switch finding.severity {
            case .error: found += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
        errors += found
        return found
    }
}
