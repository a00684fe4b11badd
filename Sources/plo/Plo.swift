import ArgumentParser
import PloCommands

/// The `plo` command with every subcommand: validate, check, simulate and serve PLO e-messages.
/// (`plo-lean`, installed as `plo`, runs the Foundation-free ones itself and this for the rest.)
@main
struct Plo: ParsableCommand {
    static let configuration = PloRoot.configuration(subcommands: [
        ValidateCommand.self, FlowCommand.self, SimulateCommand.self, ServeCommand.self, RulesCommand.self, ExplainCommand.self,
        DriverCommand.self,
    ])

    static func main() { PloRoot.main(Plo.self) }
}
