import AppCore
import ArgumentParser
import XMLCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What both executables share about the `plo` command itself: its help and how it exits.
public enum PloRoot {
    /// The commands `plo-lean` runs itself; it hands every other command line to the full `plo`.
    public static let leanCommands: [any ParsableCommand.Type] = [
        ValidateCommand.self, FlowCommand.self, RulesCommand.self, ExplainCommand.self, DriverCommand.self,
    ]

    /// The command names of ``leanCommands``.
    public static let leanCommandNames: Set<String> = Set(leanCommands.compactMap { $0.configuration.commandName })

    /// The root configuration with `subcommands`, in the order `plo --help` lists them.
    public static func configuration(subcommands: [any ParsableCommand.Type]) -> CommandConfiguration {
        CommandConfiguration(
            commandName: "plo",
            abstract: "Validate, check and simulate Norwegian PLO e-messages (MsgHead 1.2, PLO 1.6, AppRec 1.1).",
            discussion: """
                Exit codes: 0 no error finding, 1 at least one error finding, 2 usage error, \
                no input message or unusable input.

                Examples:
                  plo validate Fixtures/messages
                  plo validate --format junit --out report.xml incoming/
                  plo flow --format html --out stay.html Fixtures/flows/clean-discharge
                  plo simulate --stays 5 --seed 42 --out /tmp/sim
                  plo rules
                """,
            version: AppInfo.version,
            subcommands: subcommands
        )
    }

    /// Runs `Root` on the process's arguments and exits: the fast path of `plo validate PATH…`
    /// first, then the argument parser, whose usage errors exit 2 (the contract), never 64.
    public static func main<Root: ParsableCommand>(_ root: Root.Type) -> Never {
        // A closed pipe (`plo validate … | head`) is a write error with a reason and exit 2,
        // never death by signal.
        signal(SIGPIPE, SIG_IGN)
        if let code = FastValidate.run(CommandLine.arguments.dropFirst()) { exit(code) }
        do {
            var command = try Root.parseAsRoot()
            try command.run()
        } catch {
            let code = Root.exitCode(for: error)
            let message = Root.fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                exit(0)
            }
            if !message.isEmpty { writeToStandardError(message + "\n") }
            switch code.rawValue {
            case 0, 1: exit(code.rawValue)
            default: exit(2)
            }
        }
        exit(0)
    }
}

/// Writes `text` to standard error, unbuffered (a failed write is dropped: there is nowhere left
/// to report it).
public func writeToStandardError(_ text: String) {
    try? FilePaths.writeAll(Array(text.utf8), to: STDERR_FILENO)
}
