import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "(not yet available)")
    func run() throws { throw ExitCode(2) }
}
