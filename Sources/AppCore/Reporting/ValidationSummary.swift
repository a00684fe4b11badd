import XMLCore

/// The counts of a `plo validate` run, gathered one result at a time.
public struct ValidationSummary: Sendable, Hashable {
    public private(set) var files = 0
    public private(set) var valid = 0
    public private(set) var errors = 0
    public private(set) var warnings = 0
    /// Info findings (counted, printed in text only with `--verbose`).
    public private(set) var infos = 0

    public init() {}

    /// The counts of `results`.
    public init(_ results: [FileResult]) {
        for result in results { add(result) }
    }

    public var invalid: Int { files - valid }

    /// The exit code of the contract: 1 when any error finding exists, else 0.
    public var exitCode: Int32 { exitCode(failOn: .error) }

    /// 1 when any finding of `failOn` or worse exists (`--fail-on warning`: warnings too), else 0.
    public func exitCode(failOn: Severity) -> Int32 {
        switch failOn {
        case .error: errors > 0 ? 1 : 0
        case .warning: errors + warnings > 0 ? 1 : 0
        case .info: errors + warnings + infos > 0 ? 1 : 0
        }
    }

    public mutating func add(_ result: FileResult) {
        files += 1
        var resultErrors = 0
        for finding in result.findings {
            switch finding.severity {
            case .error: resultErrors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
        errors += resultErrors
        if resultErrors == 0 { valid += 1 }
    }

    /// `N files: V valid, I invalid; E errors, W warnings`, the last line of the text report,
    /// then how many findings the style did not print.
    public func line(style: TextStyle) -> String {
        let text =
            "\(files) file\(files == 1 ? "" : "s"): \(valid) valid, \(invalid) invalid; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            + style.hiddenNote(warnings: warnings, infos: infos)
        return invalid == 0 ? style.green(text) : style.bold(text)
    }
}
