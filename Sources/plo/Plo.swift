import AppCore
import ArgumentParser
import Foundation
import XMLCore

/// The `plo` command: validate, check and simulate PLO e-messages.
@main
struct Plo: ParsableCommand {
    static let configuration = CommandConfiguration(
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
        subcommands: [
            ValidateCommand.self, FlowCommand.self, SimulateCommand.self, ServeCommand.self, RulesCommand.self, ExplainCommand.self,
            DriverCommand.self,
        ]
    )

    /// Runs the command and maps argument-parser's exit codes onto the contract: usage errors exit 2.
    static func main() {
        // A closed pipe (`plo validate … | head`) is a write error with a reason and exit 2,
        // never death by signal.
        signal(SIGPIPE, SIG_IGN)
        if let code = FastValidate.run(CommandLine.arguments.dropFirst()) { Foundation.exit(code) }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { writeToStandardError(message + "\n") }
            switch code.rawValue {
            case 0, 1: Foundation.exit(code.rawValue)
            default: Foundation.exit(2)
            }
        }
    }
}

func writeToStandardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
