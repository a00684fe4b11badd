import AppCore
import ArgumentParser
import XMLCore

/// What text output prints and what makes a run fail: the options a CI gate sets.
struct GateOptions: ParsableArguments {
    /// The severities `--fail-on` accepts.
    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error
        case warning

        var severity: Severity { self == .error ? .error : .warning }
    }

    @Flag(name: .shortAndLong, help: "Text: print info findings too (by default they are only counted in the summary).")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Text: print error findings only (warnings and info are counted in the summary).")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Which findings make the exit code 1: error, or warning (warnings and errors).", valueName: "severity"))
    var failOn: FailOn = .error

    @Flag(name: .long, help: "Exit 0 when no input message is found (an empty folder), instead of 2.")
    var allowEmpty = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("--verbose and --quiet cannot be used together") }
    }

    /// The least severe finding text output prints.
    var minimumSeverity: Severity { verbose ? .info : quiet ? .error : .warning }

    /// `style` printing only what these options show.
    func applied(to style: TextStyle) -> TextStyle {
        var style = style
        style.minimumSeverity = minimumSeverity
        return style
    }
}
